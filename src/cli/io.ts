// What the commands read and write: files, URLs, standard output. Every failure is a CliError, whose
// message is the one line the user sees.
import {readFile, writeFile} from 'node:fs/promises';

/** A failure the user can act on: its message is printed as it is, and the tool exits with `status`. */
export class CliError extends Error {
  constructor(message: string, readonly status = 1) {
    super(message);
  }
}

const TIMEOUT = 10_000;

/** A file's or an http(s) URL's text, as UTF-8 (a byte-order mark dropped). */
export async function readText(source: string): Promise<string> {
  const bytes = /^https?:\/\//i.test(source) ? await download(source) : await readLocal(source);
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    throw new CliError(`${source} is not UTF-8 text: save it as UTF-8 (in Excel: "CSV UTF-8")`);
  }
}

/** Parsed JSON, or a CliError saying why not. */
export async function readJson(source: string): Promise<unknown> {
  const text = await readText(source);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
}

async function readLocal(path: string) {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${reason(error as NodeJS.ErrnoException)}`);
  }
}

async function download(url: string) {
  let response: Response;
  try {
    response = await fetch(url, {signal: AbortSignal.timeout(TIMEOUT), headers: {Accept: 'application/json, text/csv'}});
  } catch (error) {
    const cause = (error as {cause?: NodeJS.ErrnoException}).cause;
    const why = (error as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT / 1000} s` : cause?.code ?? (error as Error).message;
    throw new CliError(`cannot fetch ${url}: ${why}`);
  }
  if (!response.ok) throw new CliError(`cannot fetch ${url}: the server answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Writes to `file`, or to standard output without one. */
export async function writeOutput(file: string | undefined, text: string) {
  if (file === undefined) return void process.stdout.write(text);
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${reason(error as NodeJS.ErrnoException)}`);
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
};
const reason = (error: NodeJS.ErrnoException) => REASONS[error.code ?? ''] ?? error.code ?? error.message;

/** The feed format's JSON Schema, from the package (two folders up from the compiled code, as from the source). */
export const readSchema = async () =>
  JSON.parse(await readFile(new URL('../../data/twin-cities.schema.json', import.meta.url), 'utf8')) as object;
