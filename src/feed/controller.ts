import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {DEFAULT_FEED} from '../assets.js';
import {emit} from '../events.js';
import {onLanguageChange, pageLanguage} from '../i18n/lang.js';
import {loadLocale, type Locale} from '../i18n/locale.js';
import type {FeedIssue} from './errors.js';
import {DEFAULT_MAX_BYTES, loadFeed, parse} from './load.js';
import type {Feed} from './types.js';
import {validateFeed, type ValidFeed} from './validate.js';

/** Where a feed comes from: a URL, or an object; neither is the package's own feed (Asenovgrad's). */
export interface FeedSource {
  readonly src?: string | undefined;
  /** A feed object, or its JSON text, validated like a fetched one; it wins over `src`. */
  readonly feed?: unknown;
  /** Keeps the last good copy on the visitor's device, and shows it when a later load fails. */
  readonly persist?: boolean | undefined;
}

/** Nothing to show yet: the first load is under way. */
export interface FeedPending {
  readonly status: 'pending';
}

/** The feed, validated, and the locale to show it in. */
export interface FeedComplete {
  readonly status: 'complete';
  readonly feed: Feed;
  /** Entries and fields left out because they were invalid. */
  readonly skipped: readonly FeedIssue[];
  readonly locale: Locale;
  /** The day of the saved copy shown, when the feed could not be loaded (`persist`). */
  readonly saved?: string;
}

/** Why the feed could not be shown, and the locale to say so in (none when not even English could load). */
export interface FeedFailed {
  readonly status: 'error';
  readonly error: Error;
  readonly locale?: Locale;
}

export type FeedState = FeedPending | FeedComplete | FeedFailed;

export interface FeedControllerOptions {
  /** Read at every update of the host; by default the host's own `src`, `feed` and `persist` properties. */
  source?(): FeedSource;
  /** What the host needs besides the feed and its language (a layout's chunk): loaded at the same time. */
  prepare?(): unknown;
}

/**
 * Loads a feed and the language to show it in, for a Lit element: the feed from its source (one request per
 * URL for the whole page, aborted when the host no longer needs it), the language from the host's `lang`, an
 * ancestor's or the document's, watched for changes. The language loads beside the feed; only where no `lang`
 * is set anywhere does it wait for the feed, to take the feed's home language. Fires `twin-cities-load` and
 * `twin-cities-error` on the host and keeps `aria-busy` on it while loading.
 */
export class FeedController implements ReactiveController {
  /** The largest feed, in bytes, read for any host (10 MB); a page may set another for all of them. */
  static maxBytes = DEFAULT_MAX_BYTES;

  /** What to show. A later load (another source or language) keeps the last state until it settles, so nothing flashes. */
  state: FeedState = {status: 'pending'};

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #source: () => FeedSource;
  readonly #prepare?: () => unknown;
  /** The load under way or done, for the arguments it was started with; a newer one supersedes it. */
  #request?: FeedSource & {lang: string; abort: AbortController};
  #stopWatching?: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, {source, prepare}: FeedControllerOptions = {}) {
    this.#host = host;
    this.#source = source ?? (() => host as FeedSource);
    this.#prepare = prepare;
    host.addController(this);
  }

  /** `pending`, `complete` or `error` rendered by the function given for it, as `@lit/task` does. */
  render<T>(renderers: {pending?(): T; complete?(state: FeedComplete): T; error?(state: FeedFailed): T}): T | undefined {
    const {state} = this;
    return state.status === 'complete' ? renderers.complete?.(state) : state.status === 'error' ? renderers.error?.(state) : renderers.pending?.();
  }

  /** Loads the same source again (the error's "try again"). */
  retry() {
    this.#load(this.#source(), pageLanguage(this.#host));
  }

  hostConnected() {
    this.#stopWatching = onLanguageChange(this.#host, () => this.#host.requestUpdate());
    // Reconnected after a load was cancelled: start again.
    if (!this.#request) this.#host.requestUpdate();
  }

  hostDisconnected() {
    this.#stopWatching?.();
    // A removed host renders nothing: its request is cancelled (and so is the fetch, if it was the last waiting).
    // A host that is only moved is back before the microtask runs, and keeps its request.
    queueMicrotask(() => {
      if (!this.#host.isConnected && this.#host.hasAttribute('aria-busy')) {
        this.#request?.abort.abort();
        this.#request = undefined;
      }
    });
  }

  hostUpdate() {
    const source = this.#source();
    const lang = pageLanguage(this.#host);
    const request = this.#request;
    if (!request || request.src !== source.src || request.feed !== source.feed || request.lang !== lang) this.#load(source, lang);
  }

  /** Loads the feed and the language, then shows them, unless a newer load has started meanwhile. */
  async #load({src, feed, persist}: FeedSource, lang: string) {
    this.#request?.abort.abort();
    const request = (this.#request = {src, feed, lang, abort: new AbortController()});
    const {signal} = request.abort;
    const host = this.#host;
    // The copy is kept under the absolute URL: two pages' relative `src="feed.json"` are two feeds.
    const url = new URL(src || DEFAULT_FEED, document.baseURI).href;
    // Not there (offline before it ever loaded) is the same as no saved copy.
    const store = persist && feed === undefined ? import('./persist.js').catch(() => undefined) : undefined;
    // The requests first (the feed's, the chunks', the language's), validation after them: the first use of Intl
    // takes the main thread a while (the browser's data for it), which their round trips then cover.
    const loading = feed !== undefined
      ? Promise.resolve().then(() => validateInline(feed))
      : loadFeed(url, {signal, maxBytes: FeedController.maxBytes});
    const prepared = Promise.resolve(this.#prepare?.());
    const early = lang ? loadLocale(lang) : undefined;
    host.setAttribute('aria-busy', 'true');
    let state: FeedState;
    try {
      const [valid] = await Promise.all([loading, early, prepared]);
      const locale = await (early ?? loadLocale(valid.feed.home.languages?.[0] || 'en'));
      if (signal.aborted) return;
      if (this.state.status !== 'complete' || valid.feed !== this.state.feed) {
        emit(host, 'twin-cities-load', {feed: valid.feed, skipped: valid.skipped});
      }
      state = {status: 'complete', ...valid, locale};
      store?.then((persist) => persist?.save(url, valid.feed));
    } catch (caught) {
      if (signal.aborted) return;
      const error = caught as Error;
      emit(host, 'twin-cities-error', {error});
      const copy = await store?.then((persist) => persist?.restore(url));
      // Without a feed there is no home language: the error speaks the page's, or English.
      const locale = await (early ?? loadLocale(copy?.feed.home.languages?.[0] || 'en')).catch(() => loadLocale('en')).catch(() => undefined);
      // A saved copy shows only where what the host needs to show it has come too.
      state = copy && locale && (await prepared.then(() => true, () => false)) ? {status: 'complete', ...copy, locale} : {status: 'error', error, locale};
    }
    if (request === this.#request) {
      this.state = state;
      host.removeAttribute('aria-busy');
      host.requestUpdate();
    }
  }
}

/**
 * Inline feeds, validated once per object, as fetched ones are once per URL: shown again in another
 * language, a feed is not loaded anew (no second load event, no second round of warnings). A changed
 * feed is a new object, as it must be for Lit to see the change at all. Text is the feed's JSON (the
 * `feed` attribute); text that is not JSON is most often a framework's `[object Object]`, set as an
 * attribute before the element was defined.
 */
const validated = new WeakMap<object, ValidFeed>();
let lastText: [string, ValidFeed] | undefined;
function validateInline(feed: unknown): ValidFeed {
  if (typeof feed === 'string') {
    try {
      if (lastText?.[0] !== feed) lastText = [feed, validateFeed(parse(feed))];
      return lastText[1];
    } catch (error) {
      console.warn('twin-cities: the feed is text, not JSON: a framework should set the feed property to the object (README: React 19 and Vue 3)');
      throw error;
    }
  }
  if (typeof feed !== 'object' || feed === null) return validateFeed(feed);
  let valid = validated.get(feed);
  if (!valid) validated.set(feed, (valid = validateFeed(feed)));
  return valid;
}
