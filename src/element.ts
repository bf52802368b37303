import {LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type TemplateResult} from 'lit';
import {FeedController, type FeedComplete, type FeedFailed} from './feed/controller.js';
import {FeedError} from './feed/errors.js';
import type {Locale} from './i18n/locale.js';
import {baseStyles} from './styles.js';

/**
 * What every twin-cities element shows: a placeholder while its feed loads, the error with "try again",
 * the note above a saved copy, or its content, and the page's fallback content in its slot. The feed and
 * its language come from a `FeedController`; subclasses render the loaded feed.
 *
 * @attr src - The feed's URL; the package's own feed (Asenovgrad's) when absent.
 * @attr feed - The feed as JSON text, instead of a URL (from script, set the `feed` property to the object).
 * @attr lang - The language to show, as a BCP 47 tag.
 * @attr theme - `light`, `dark`, or `auto` (the visitor's system setting): colours and a background of the widget's own; without it, the page's colours.
 * @attr persist - Keeps the last good copy of the feed on the visitor's device, and shows it when a later load fails.
 */
export abstract class TwinCitiesElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;
  static override properties: PropertyDeclarations = {
    src: {reflect: true},
    feed: {},
    lang: {reflect: true},
    theme: {reflect: true},
    persist: {type: Boolean, reflect: true},
  };

  /**
   * Registers the element under `tag` in `registry`, once: a second call, or another copy of the
   * library that got there first, is not an error.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this as unknown as CustomElementConstructor);
  }

  /** The largest feed, in bytes, that widgets read (10 MB); a page may set another for all its widgets. */
  static get maxBytes() {
    return FeedController.maxBytes;
  }
  static set maxBytes(bytes: number) {
    FeedController.maxBytes = bytes;
  }

  /** The feed's URL; the package's own feed (Asenovgrad's) when absent. */
  declare src?: string;

  /**
   * A feed object to show instead of fetching one, or its JSON text (as an attribute); it is validated like
   * a fetched feed.
   */
  declare feed?: unknown;

  /**
   * The language to show, as a BCP 47 tag. Without it: the nearest ancestor's `lang`, the document's,
   * then the feed's home language.
   */
  declare lang: string;

  /**
   * `light`, `dark`, or `auto` (the visitor's system setting): colours and a background of the widget's own.
   * Without it, the widget takes the page's text colour and shows the page's background.
   */
  declare theme?: 'light' | 'dark' | 'auto';

  /**
   * Keeps the last good copy of the feed on the visitor's device (localStorage), and shows it, with its
   * date, when a later load fails. Off by default: without it a widget stores nothing.
   */
  declare persist?: boolean;

  /** The feed and its language. */
  protected readonly feedController = new FeedController(this, {prepare: () => this.prepare()});

  protected override render() {
    const {state} = this.feedController;
    const pending = state.status == 'pending';
    // Pre-rendered content (`renderSnippet`) is the widget already: it stays in view, not the skeleton, until the feed has loaded.
    const prerendered = pending && this.querySelector('[data-twin-cities-prerendered]');
    // The content says which language it is in: a fallback (English for lang="de-AT") is not the host's.
    return html`<div class="root" part="base" lang=${(!pending && state.locale?.lang) || nothing}>${this.feedController.render<unknown>({
        pending: () => (prerendered ? nothing : this.renderSkeleton()),
        complete: (loaded) => [loaded.saved ? html`<p class="muted" part="note" role="status">${
          loaded.locale.t.savedCopy(loaded.locale.date(loaded.saved))}</p>` : nothing, this.renderFeed(loaded)],
        error: (failed) => this.#renderError(failed),
      })}</div>
      <div class="fallback" ?hidden=${state.status != 'error' && !prerendered}><slot></slot></div>`;
  }

  /** The content, once the feed and the language have loaded. */
  protected abstract renderFeed(loaded: FeedComplete): unknown;

  /** Loads what the element needs besides the feed and the language (a layout, a feature); awaited with them. */
  protected prepare(): unknown {
    return undefined;
  }

  /** A placeholder of the content's size (each element's styles size it), shown while loading. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true"></div>`;
  }

  #renderError({error, locale}: FeedFailed) {
    // Without a locale (offline before any language could load) English is all there is.
    return html`<div role="alert" part="error" class="error">
      <p>${locale ? describe(error, locale) : `${error}`}</p>
      <button part="retry" class="button" @click=${() => this.feedController.retry()}>${locale?.t.retry ?? 'Try again'}</button>
    </div>`;
  }
}

/** An error as a sentence in the widget's language. */
function describe(error: Error, locale: Locale): string {
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
