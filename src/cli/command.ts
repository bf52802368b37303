import type {ParseArgsConfig} from 'node:util';

/** One command of the tool: its help, its options, and what it does. `main.ts` lists them all. */
export interface Command {
  /** `validate FEED…`: the arguments, as the help shows them. */
  readonly usage: string;
  /** One line, for the tool's list of commands. */
  readonly summary: string;
  /** The rest of its help: what it reads and writes, its options, its exit status. */
  readonly help: string;
  readonly options?: NonNullable<ParseArgsConfig['options']>;
  /** How many arguments besides options it takes. */
  readonly positionals: {readonly min: number; readonly max?: number};
  /** Does the work; returns the exit status (0 all well, 1 problems found). Throws a CliError for bad input. */
  run(positionals: string[], options: Record<string, string | boolean | undefined>): Promise<number>;
}

/** `-o FILE`, which every command that writes a file takes. */
export const output = {output: {type: 'string', short: 'o'}} as const;

/** Prints one line per problem on standard error, each after the file it is about. */
export const report = (source: string, lines: readonly string[]) => {
  for (const line of lines) process.stderr.write(`${source}: ${line}\n`);
};

/** A problem's place and sentence: `partners[3].url: "javascript:…" is not an http(s) address; …`. */
export const line = ({path, message}: {path?: string; message: string}) => (path ? `${path}: ${message}` : message);

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
