import {LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {DEFAULT_FEED} from './assets.js';
import {FeedError, type FeedIssue} from './feed/errors.js';
import {DEFAULT_MAX_BYTES, loadFeed} from './feed/load.js';
import type {Feed} from './feed/types.js';
import {validateFeed, type ValidFeed} from './feed/validate.js';
import {onLanguageChange, pageLanguage} from './i18n/lang.js';
import {loadLocale, type Locale} from './i18n/locale.js';
import {baseStyles} from './styles.js';

export interface Loaded {
  readonly feed: Feed;
  readonly skipped: readonly FeedIssue[];
  readonly locale: Locale;
  /** The day of the saved copy shown, when the feed could not be loaded (`persist`). */
  readonly saved?: string;
}

export interface TwinCitiesLoadDetail {
  readonly feed: Feed;
  /** Entries and fields left out because they were invalid. */
  readonly skipped: readonly FeedIssue[];
}

declare global {
  interface HTMLElementEventMap {
    'twin-cities-load': CustomEvent<TwinCitiesLoadDetail>;
    'twin-cities-error': CustomEvent<{error: Error}>;
  }
}

/**
 * What every twin-cities element shares: where its feed comes from, its language and theme, the
 * loading, error and fallback states, and registration. Subclasses render a loaded feed.
 */
export abstract class TwinCitiesElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;
  static override properties: PropertyDeclarations = {
    src: {reflect: true},
    feed: {attribute: false},
    lang: {reflect: true},
    theme: {reflect: true},
    persist: {type: Boolean, reflect: true},
  };

  /** The largest feed, in bytes, that widgets read (10 MB); a page may set another for all its widgets. */
  static maxBytes = DEFAULT_MAX_BYTES;

  /**
   * Registers the element under `tag` in `registry`, once: a second call, or another copy of the
   * library that got there first, is not an error.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this as unknown as CustomElementConstructor);
  }

  /** The feed's URL; the package's own feed (Asenovgrad's) when absent. */
  declare src?: string;

  /** A feed object to show instead of fetching one; it is validated like a fetched feed. */
  declare feed?: unknown;

  /**
   * The language to show, as a BCP 47 tag. Without it: the nearest ancestor's `lang`, the document's,
   * then the feed's home language.
   */
  declare lang: string;

  /** `light`, `dark`, or `auto` (the default: the visitor's system setting). */
  declare theme?: 'light' | 'dark' | 'auto';

  /**
   * Keeps the last good copy of the feed on the visitor's device (localStorage), and shows it, with its
   * date, when a later load fails. Off by default: without it a widget stores nothing.
   */
  declare persist?: boolean;

  /** What is shown: the loaded feed, or why it failed; the last one stays while the next loads. */
  protected loaded?: Loaded;
  #failure?: Failure;
  /** The load under way or done, for the arguments it was started with; a newer one supersedes it. */
  #request?: {src?: string; feed?: unknown; lang: string; abort: AbortController};
  #stopWatchingLanguage?: () => void;

  override connectedCallback() {
    super.connectedCallback();
    this.#stopWatchingLanguage = onLanguageChange(this, () => this.requestUpdate());
    // Reconnected after a load was cancelled: start again.
    if (!this.#request) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stopWatchingLanguage?.();
    // A removed widget renders nothing: its request is cancelled (and so is the fetch, if it was the last
    // waiting). A widget that is only moved is back before the microtask runs, and keeps its request.
    queueMicrotask(() => {
      if (!this.isConnected && this.hasAttribute('aria-busy')) {
        this.#request?.abort.abort();
        this.#request = undefined;
      }
    });
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const lang = pageLanguage(this);
    const request = this.#request;
    if (!request || request.src !== this.src || request.feed !== this.feed || request.lang !== lang) this.#load(lang);
  }

  protected override render() {
    // While another language or feed loads, the old content stays rather than flashing the skeleton.
    // The content says which language it is in: a fallback (English for lang="de-AT") is not the host's.
    const lang = (this.#failure ?? this.loaded)?.locale?.lang;
    const loaded = this.loaded;
    return html`<div class="root" part="base" lang=${lang ?? nothing}>${this.#failure ? this.#renderError(this.#failure) :
        loaded ? [loaded.saved ? html`<p class="muted" part="note" role="status">${
          loaded.locale.t.savedCopy(loaded.locale.date(loaded.saved))}</p>` : nothing, this.renderFeed(loaded)] :
        this.renderSkeleton()}</div>
      <div class="fallback" ?hidden=${!this.#failure}><slot></slot></div>`;
  }

  /** The content, once the feed and the language have loaded. */
  protected abstract renderFeed(loaded: Loaded): TemplateResult;

  /** Loads what the element needs besides the feed and the language (a layout, a feature); awaited with them. */
  protected prepare(): Promise<unknown> | void {}

  /** A placeholder of the content's size (each element's styles size it), shown while loading. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true"></div>`;
  }

  #renderError({error, locale}: Failure) {
    // Without a locale (offline before any language could load) English is all there is.
    return html`<div role="alert" part="error" class="error">
      <p>${locale ? describe(error, locale) : `${error}`}</p>
      <button part="retry" class="button" @click=${() => this.#load(pageLanguage(this))}>${locale?.t.retry ?? 'Try again'}</button>
    </div>`;
  }

  /** Loads the feed and the language, then shows them, unless a newer load has started meanwhile. */
  async #load(lang: string) {
    this.#request?.abort.abort();
    const request = (this.#request = {src: this.src, feed: this.feed, lang, abort: new AbortController()});
    const {signal} = request.abort;
    // The copy is kept under the absolute URL: two pages' relative `src="feed.json"` are two feeds.
    const url = new URL(request.src || DEFAULT_FEED, document.baseURI).href;
    // Not there (offline before it ever loaded) is the same as no saved copy.
    const store = this.persist && request.feed === undefined ? import('./feed/persist.js').catch(() => undefined) : undefined;
    this.setAttribute('aria-busy', 'true');
    try {
      const [valid] = await Promise.all([
        request.feed !== undefined ? validateInline(request.feed) : loadFeed(url, {signal, maxBytes: TwinCitiesElement.maxBytes}),
        this.prepare(),
      ]);
      const locale = await loadLocale(lang || valid.feed.home.languages?.[0] || 'en');
      if (signal.aborted) return;
      if (valid.feed !== this.loaded?.feed) emit(this, 'twin-cities-load', {feed: valid.feed, skipped: valid.skipped});
      this.loaded = {...valid, locale};
      this.#failure = undefined;
      store?.then((persist) => persist?.save(url, valid.feed));
    } catch (error) {
      if (signal.aborted) return;
      emit(this, 'twin-cities-error', {error});
      const copy = await store?.then((persist) => persist?.restore(url));
      // Without a feed there is no home language: the error speaks the page's, or English.
      const locale = await loadLocale(lang || copy?.feed.home.languages?.[0] || 'en').catch(() => loadLocale('en')).catch(() => undefined);
      if (request === this.#request) {
        if (copy && locale) [this.loaded, this.#failure] = [{...copy, locale}, undefined];
        else this.#failure = {error, locale};
      }
    }
    if (request === this.#request) {
      this.removeAttribute('aria-busy');
      this.requestUpdate();
    }
  }
}

/**
 * Dispatches one of the library's events: bubbling and composed, so the page hears it from any depth,
 * and cancelable; returns false when a listener cancelled it.
 */
export function emit<T>(target: EventTarget, type: string, detail: T) {
  return target.dispatchEvent(new CustomEvent(type, {bubbles: true, composed: true, cancelable: true, detail}));
}

/**
 * Inline feeds, validated once per object, as fetched ones are once per URL: shown again in another
 * language, a feed is not loaded anew (no second load event, no second round of warnings). A changed
 * feed is a new object, as it must be for Lit to see the change at all.
 */
const validated = new WeakMap<object, ValidFeed>();
function validateInline(feed: unknown): ValidFeed {
  if (typeof feed !== 'object' || feed === null) return validateFeed(feed);
  let valid = validated.get(feed);
  if (!valid) validated.set(feed, (valid = validateFeed(feed)));
  return valid;
}

/** A feed that failed to load, with the locale to say so in. */
interface Failure {
  readonly error: unknown;
  readonly locale?: Locale | undefined;
}

/** An error as a sentence in the widget's language. */
function describe(error: unknown, locale: Locale): string {
  const {errors, failed} = locale.t;
  if (!(error instanceof FeedError)) return failed(errors.network);
  const {code, detail: {status, limit = 0, path}} = error;
  return failed(
    code === 'http' ? errors.http(String(status)) :
    code === 'timeout' ? errors.timeout(locale.number(limit)) :
    code === 'too-large' ? errors['too-large'](locale.number(limit / 1048576)) :
    code === 'invalid' ? errors.invalid(path || '/') : errors[code],
  );
}
