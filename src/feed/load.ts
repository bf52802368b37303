import {FeedError} from './errors.js';
import {prepareValidation, validateFeed, type ValidFeed} from './validate.js';

export interface LoadOptions {
  /** Abort when this caller no longer needs the feed; the request itself stops once no caller does. */
  readonly signal?: AbortSignal;
  /** Milliseconds before giving up. */
  readonly timeout?: number;
  /** Bytes; a larger feed is refused rather than parsed. */
  readonly maxBytes?: number;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

interface Request {
  readonly result: Promise<ValidFeed>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** One request per feed URL for the whole page, however many widgets ask for it. */
const requests = new Map<string, Request>();

/**
 * Fetches, parses and validates the feed at `url`. Every caller of one URL shares one request and one
 * validated result; a failed request is forgotten, so that trying again fetches anew.
 */
export function loadFeed(
  url: string | URL,
  {signal, timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES}: LoadOptions = {},
): Promise<ValidFeed> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const key = new URL(url, document.baseURI).href;
  let request = requests.get(key);
  if (!request) {
    const controller = new AbortController();
    const started: Request = {controller, waiting: 0, settled: false, result: fetchFeed(key, controller, timeout, maxBytes)};
    started.result.then(
      () => (started.settled = true),
      () => {
        started.settled = true;
        if (requests.get(key) === started) requests.delete(key);
      },
    );
    requests.set(key, (request = started));
  }
  return wait(key, request, signal);
}

function wait(key: string, request: Request, signal?: AbortSignal): Promise<ValidFeed> {
  request.waiting++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      request.waiting--;
      reject(signal!.reason);
      if (!request.waiting && !request.settled) {
        requests.delete(key);
        request.controller.abort();
      }
    };
    signal?.addEventListener('abort', leave, {once: true});
    request.result.then(resolve, reject).finally(() => signal?.removeEventListener('abort', leave));
  });
}

async function fetchFeed(url: string, controller: AbortController, timeout: number, maxBytes: number): Promise<ValidFeed> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const fetching = fetch(url, {signal: controller.signal, headers: {Accept: 'application/json'}});
    // After the caller's other requests (a widget's language and chunks) have started too.
    queueMicrotask(prepareValidation);
    const response = await fetching;
    if (!response.ok) throw new FeedError('http', `The server answered ${response.status} for ${url}`, {status: response.status});
    return validateFeed(parse(await readText(response, maxBytes)));
  } catch (error) {
    if (timedOut) throw new FeedError('timeout', `The feed did not arrive within ${timeout / 1000} s`, {limit: timeout / 1000});
    if (error instanceof FeedError || controller.signal.aborted) throw error;
    // fetch() says no more than "failed" for all of these, by design.
    throw new FeedError('network', `The feed could not be fetched from ${url} (offline, refused, or blocked by CORS)`);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as UTF-8 (dropping a byte-order mark), stopping as soon as it passes `maxBytes`. */
async function readText(response: Response, maxBytes: number) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw new FeedError('too-large', `The feed is larger than ${maxBytes} bytes`, {limit: maxBytes});
    }
    text += decoder.decode(chunk.value, {stream: true});
  }
  return text + decoder.decode();
}

/** The feed's JSON text parsed, or a `parse` error. */
export function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // The engine's message says where parsing stopped, in its own words (a position, a line and column).
    throw new FeedError('parse', `The feed is not valid JSON: ${(error as Error).message}`);
  }
}

