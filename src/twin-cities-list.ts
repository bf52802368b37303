import {html, nothing, type PropertyDeclarations} from 'lit';
import {TwinCitiesElement} from './element.js';
import {emit} from './events.js';
import type {FeedComplete} from './feed/controller.js';
import type {Feed, Partner} from './feed/types.js';
import type {Locale} from './i18n/locale.js';
import {layoutNamed, type LayoutName} from './layouts/index.js';
import {renderLayout, type Layout, type Sort} from './layouts/layout.js';
import list from './layouts/list.js';
import {load, ready} from './on-demand.js';
import {orderPartners} from './order.js';
import {placeName} from './partner.js';
import {adopt} from './styles.js';
import {listStyles} from './twin-cities-list.styles.js';

export type {LayoutName as Layout, Sort};

/**
 * The search: a chunk of its own, which only the lists that are `searchable` load; the plural forms it imports
 * are asked for with it, not once it has arrived.
 */
const search = () => (import('./i18n/plural.js'), import('./search.js'));

/**
 * The entries of longer feeds are sorted, and rendered only near the viewport, by a chunk that only they load;
 * shorter ones are a plain list. Should the chunk not come (offline), every list is plain.
 */
let LONG = 100;
const longList = () => import('./long-list.js');
type LongList = (typeof import('./long-list.js'))['default'];

/**
 * @tagname twin-cities-list
 * @summary The twin cities of a town, as a list, a grid of cards, one compact line, or a timeline.
 *
 * @attr layout - `list` (the default), `grid`, `compact`, or `timeline`.
 * @attr sort - `date` (the default), `-date`, `name`, or `country`.
 * @attr country - Comma-separated ISO 3166-1 codes: shows only the partners in these countries.
 * @attr searchable - Shows a search field.
 * @attr limit - Shows the first N entries and a button that shows the rest.
 * @attr heading-level - The level of the headings, 1 to 6.
 *
 * @slot - Shown before the element is defined and when the feed fails to load (e.g. a plain link to the town's twin-cities page).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart search - The search field.
 * @csspart search-label - The search field's label.
 * @csspart count - How many entries are shown, when searchable.
 * @csspart list - The list of entries.
 * @csspart item - One entry; carries `data-id` with the partner's id.
 * @csspart flag - An entry's flag.
 * @csspart name - An entry's name (a link to the partner's site where the feed has one).
 * @csspart native-name - The name in the partner's own language, where it differs.
 * @csspart former-name - The name the partner was known by before.
 * @csspart country - An entry's country.
 * @csspart relation - The kind of relation.
 * @csspart date - When the relation began.
 * @csspart status - Shown when a relation is no longer active.
 * @csspart link - The link to a partner's official site.
 * @csspart card - A card, in the grid layout.
 * @csspart year - A year's heading, in the timeline layout.
 * @csspart no-match - Added to `count` when a search finds nothing: it then says so.
 * @csspart show-all - The button that shows the entries past `limit`.
 * @csspart note - Above a saved copy shown because the feed could not be loaded (`persist`), with its date.
 * @csspart error - The message shown when the feed cannot be loaded.
 * @csspart retry - The "try again" button of the error.
 *
 * @cssprop --twin-cities-font - Font family (default: the page's).
 * @cssprop --twin-cities-text - Text colour.
 * @cssprop --twin-cities-muted - Colour of secondary text.
 * @cssprop --twin-cities-background - Background colour.
 * @cssprop --twin-cities-surface - Background of the loading placeholder.
 * @cssprop --twin-cities-border - Colour of borders and separators.
 * @cssprop --twin-cities-accent - Colour of links, buttons and the timeline.
 * @cssprop --twin-cities-on-accent - Text colour on the accent colour.
 * @cssprop --twin-cities-focus - Colour of the focus ring.
 * @cssprop --twin-cities-error - Colour of the error's border.
 * @cssprop --twin-cities-radius - Corner radius.
 * @cssprop --twin-cities-gap - Space between the cards of the grid.
 * @cssprop --twin-cities-height - The height the page reserves for the list while it loads (its height once loaded, at the page's width), so that its arrival shifts nothing.
 *
 * @fires twin-cities-load - The feed has loaded; `detail: {feed, skipped}`.
 * @fires twin-cities-error - The feed could not be loaded; `detail: {error}`.
 * @fires twin-city-select - A visitor activated an entry's link; `detail: {id}`. Cancel it to keep the link from navigating.
 */
export class TwinCitiesList extends TwinCitiesElement {
  static override styles = [TwinCitiesElement.styles, listStyles];
  static override properties: PropertyDeclarations = {
    layout: {reflect: true},
    sort: {reflect: true},
    country: {reflect: true},
    searchable: {type: Boolean, reflect: true},
    limit: {type: Number, reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
  };

  /** `list` (the default), `grid` (cards), `compact` (one line of links), or `timeline` (by year, oldest first). */
  declare layout?: LayoutName;

  /** `date` (newest first, the default), `-date` (oldest first), `name`, or `country`. */
  declare sort?: Sort;

  /** Comma-separated ISO 3166-1 codes: shows only the partners in these countries (`"TR,GR"`). */
  declare country?: string;

  /** Shows a search field that filters by name, in any language, ignoring case and accents. */
  searchable = false;

  /** Shows the first N entries and a button that shows the rest. */
  declare limit?: number;

  /** The level of the headings (years, cards' names), 1 to 6, to fit the page's outline. */
  headingLevel = 3;

  #preparing?: Promise<unknown>;
  #query = '';
  #expanded = false;
  #sorted?: {key: readonly unknown[]; partners: Partner[]};

  constructor() {
    super();
    // One listener for every entry's links, whichever the layout.
    this.addEventListener('click', this.#select);
  }

  /** The layout's chunk and the search's, awaited with the feed; or, when either is asked for later, before the next render. */
  protected override prepare() {
    return Promise.all([load(layoutNamed(this.layout)), this.searchable && load(search)]);
  }

  protected override willUpdate() {
    // While the feed loads, the controller loads the chunks with it; a change once it is shown loads them here.
    if (this.feedController.state.status !== 'pending' && (!ready(layoutNamed(this.layout)) || (this.searchable && !ready(search)))) {
      this.#arriving(this.prepare());
    }
  }

  /** Renders again once the chunks have come; should they not come (offline), the entries stay as they are, in the plain list. */
  #arriving(chunks: Promise<unknown>) {
    this.#preparing = chunks.then(() => this.requestUpdate(), () => {});
  }

  /** `updateComplete` waits for the chunk such a change needs, and for the render that follows it. */
  protected override async getUpdateComplete() {
    const done = await super.getUpdateComplete();
    return this.#preparing ? this.#preparing.then(() => super.getUpdateComplete()) : done;
  }

  protected override renderFeed({feed, locale}: FeedComplete) {
    const long = feed.partners.length > LONG && (ready(longList) ?? this.#arriving(load(longList).catch(() => (LONG = Infinity))));
    if (long === undefined) return this.renderSkeleton();
    const layout = this.#layout();
    const searching = this.searchable ? ready(search) : undefined;
    adopt(this.renderRoot, searching?.styles);
    const all = this.#partners(feed, locale, layout.sort ?? this.sort ?? 'date', long);
    const found = searching ? searching.filter(all, this.#query) : all;
    const shown = this.limit && !this.#expanded ? found.slice(0, this.limit) : found;
    const entries = {partners: shown, home: feed.home, locale, label: locale.t.listLabel(placeName(feed.home, locale)), level: this.headingLevel};
    return html`
      ${searching ? searching.render(locale, this.#query, found.length, this.#input) : nothing}
      ${long && shown.length > LONG ? long.render(layout, entries, this) : renderLayout(layout, entries)}
      ${shown.length < found.length ? html`<button class="button show-all" part="show-all" @click=${this.#showAll}>
        ${locale.t.showAll(locale.number(found.length))}</button>` : nothing}
    `;
  }

  /**
   * The space the page reserves for the list (`--twin-cities-height`, README), so that the entries' arrival
   * shifts the page once at most. In it, with a `limit`, as many placeholder rows and the "show all" button's;
   * without, the number of rows is unknown (a placeholder that then grew would shift the page twice), and the
   * page's own content stays.
   */
  protected override renderSkeleton() {
    const layout = this.#layout();
    return html`<div class="pending">${this.limit
      ? [(layout.skeleton ?? list.skeleton)(Math.min(this.limit, 12)), html`<div class="button show-all skeleton"></div>`]
      : html`<slot></slot>`}</div>`;
  }

  /** The layout to show, its CSS adopted; the list until an on-demand one has arrived. */
  #layout(): Layout {
    const layout = ready(layoutNamed(this.layout)) ?? list;
    adopt(this.renderRoot, layout.styles);
    return layout;
  }

  /** The feed's partners in this order and the `country` filter; cached, as feeds can be large. */
  #partners(feed: Feed, locale: Locale, sort: Sort, long: LongList | false): Partner[] {
    const key = [feed, locale, sort, this.country] as const;
    if (this.#sorted?.key.every((value, index) => value === key[index])) return this.#sorted.partners;

    const partners = orderPartners(feed, locale, sort, this.country, long ? long.sort : undefined);
    this.#sorted = {key, partners};
    return partners;
  }

  #input(event: Event) {
    this.#query = (event.target as HTMLInputElement).value;
    this.requestUpdate();
  }

  /** Shows every entry, and takes the keyboard to the first that was hidden, where its button was. */
  async #showAll() {
    this.#expanded = true;
    this.requestUpdate();
    await this.updateComplete;
    const item = this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[this.limit!];
    const link = item?.querySelector('a');
    if (item && !link) item.tabIndex = -1;
    (link ?? item)?.focus();
  }

  /** Tells the page which entry's link was activated; a listener may cancel the navigation. */
  #select(event: Event) {
    const target = event.composedPath()[0] as Element;
    // The page's own links in the fallback slot are not entries.
    const id = this.renderRoot.contains(target) && target.closest('a[href]')?.closest('[data-id]')?.getAttribute('data-id');
    if (id && !emit(this, 'twin-city-select', {id})) event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-cities-list': TwinCitiesList;
  }
}
