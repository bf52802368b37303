import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import type {Feed, Partner} from './feed/types.js';
import type {Locale} from './i18n/locale.js';
import {TwinCitiesElement, emit, type Loaded} from './element.js';
import {placeName, renderFlag, renderFormerName, renderName, renderRelation} from './partner.js';
import {renderCard} from './twin-city-card.js';
import {cardStyles} from './twin-city-card.styles.js';
import {listStyles} from './twin-cities-list.styles.js';

export type Layout = 'list' | 'grid' | 'compact' | 'timeline';
export type Sort = 'date' | '-date' | 'name' | 'country';

declare global {
  interface HTMLElementEventMap {
    'twin-city-select': CustomEvent<{id: string}>;
  }
}

/**
 * @tagname twin-cities-list
 * @summary The twin cities of a town, as a list, a grid of cards, one compact line, or a timeline.
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
 *
 * @fires twin-cities-load - The feed has loaded; `detail: {feed, skipped}`.
 * @fires twin-cities-error - The feed could not be loaded; `detail: {error}`.
 * @fires twin-city-select - A visitor activated an entry's link; `detail: {id}`. Cancel it to keep the link from navigating.
 */
export class TwinCitiesList extends TwinCitiesElement {
  static override styles = [TwinCitiesElement.styles, cardStyles, listStyles];
  static override properties: PropertyDeclarations = {
    layout: {reflect: true},
    sort: {reflect: true},
    country: {reflect: true},
    searchable: {type: Boolean, reflect: true},
    limit: {type: Number, reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
  };

  /** `list` (the default), `grid` (cards), `compact` (one line of links), or `timeline` (by year, oldest first). */
  declare layout?: Layout;

  /** `date` (newest first, the default), `-date` (oldest first), `name`, or `country`. */
  declare sort?: Sort;

  /** Comma-separated ISO 3166-1 codes: shows only the partners in these countries (`"TR,GR"`). */
  declare country?: string;

  /** Shows a search field that filters by name, in any language, ignoring case and accents. */
  declare searchable: boolean;

  /** Shows the first N entries and a button that shows the rest. */
  declare limit?: number;

  /** The level of the headings (years, cards' names), 1 to 6, to fit the page's outline. */
  declare headingLevel: number;

  constructor() {
    super();
    this.searchable = false;
    this.headingLevel = 3;
  }

  /** The search and the timeline: chunks of their own, which only the lists that use them load. */
  #search?: typeof import('./search.js');
  #timeline?: typeof import('./timeline.js');
  #preparing?: Promise<unknown>;
  #query = '';
  #expanded = false;
  #sorted?: {key: readonly unknown[]; partners: Partner[]};

  protected override prepare() {
    return Promise.all([
      this.searchable && import('./search.js').then((search) => (this.#search = search)),
      this.layout === 'timeline' && import('./timeline.js').then((timeline) => (this.#timeline = timeline)),
    ]);
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    // A list that becomes searchable, or a timeline, once it is shown.
    if (this.loaded && (changed.has('searchable') || changed.has('layout'))) {
      // Should the chunk not come (offline), the entries stay as they are, in the plain list.
      this.#preparing = this.prepare().then(() => this.requestUpdate(), () => {});
    }
  }

  /** `updateComplete` waits for the chunk such a change needs, and for the render that follows it. */
  protected override async getUpdateComplete() {
    const done = await super.getUpdateComplete();
    return this.#preparing ? this.#preparing.then(() => super.getUpdateComplete()) : done;
  }

  protected override renderFeed({feed, locale}: Loaded) {
    const layout = this.layout ?? 'list';
    const all = this.#partners(feed, locale, layout);
    const search = this.searchable ? this.#search : undefined;
    const timeline = layout === 'timeline' ? this.#timeline : undefined;
    const found = search ? search.filter(all, this.#query) : all;
    const shown = this.limit && !this.#expanded ? found.slice(0, this.limit) : found;
    const label = locale.t.listLabel(placeName(feed.home, locale));
    return html`
      ${search ? search.renderSearch(locale, this.#query, found.length, this.#input) : nothing}
      ${timeline ? timeline.renderTimeline(shown, locale, label, this.headingLevel, (partner) => this.#renderEntry(partner, locale),
        this.#select) : this.#renderList(shown, feed, locale, layout, label)}
      ${shown.length < found.length ? html`<button class="button show-all" part="show-all" @click=${this.#showAll}>
        ${locale.t.showAll(locale.number(found.length))}</button>` : nothing}
    `;
  }

  protected override renderSkeleton() {
    const rows = Array.from({length: Math.min(this.limit || 3, 12)});
    // The placeholder rows are real list rows, so that they take exactly the rows' space.
    return html`<ul class=${this.layout === 'grid' ? 'grid' : 'list'} aria-hidden="true">${
      rows.map(() => html`<li><span class="skeleton"></span></li>`)}</ul>`;
  }

  #renderList(partners: Partner[], feed: Feed, locale: Locale, layout: Layout, label: string) {
    return html`<ul class=${layout} part="list" role="list" aria-label=${label} @click=${this.#select}>
      ${partners.map((partner) => html`<li part="item" data-id=${partner.id}>${
        layout === 'grid' ? renderCard(partner, feed.home, locale, this.headingLevel) :
        layout === 'compact' ? html`${renderFlag(partner.country, locale)}${this.#renderLink(partner, locale)}` :
        this.#renderEntry(partner, locale)}</li>`)}
    </ul>`;
  }

  /** The timeline: one heading per year of the relations' start, oldest first; undated ones last. */
  #renderEntry(partner: Partner, locale: Locale): TemplateResult {
    return html`${renderFlag(partner.country, locale)}
      <span>
        <span class="name">${this.#renderLink(partner, locale)}</span>
        ${renderFormerName(partner, locale)}
        <span class="muted meta"><span part="country">${locale.country(partner.country)}</span> · ${renderRelation(partner, locale)}</span>
      </span>`;
  }

  /** The partner's name, as a link to its official site where the feed has one. */
  #renderLink(partner: Partner, locale: Locale) {
    const name = renderName(partner, locale);
    if (!partner.url) return html`<span part="name">${name}</span>`;
    return html`<a part="name link" class="website" href=${partner.url} rel="noopener noreferrer"
>${name}</a>`;
  }

  /** The feed's partners in this layout's order and the `country` filter; cached, as feeds can be large. */
  #partners(feed: Feed, locale: Locale, layout: Layout): Partner[] {
    const sort = layout === 'timeline' ? '-date' : (this.sort ?? 'date');
    const key = [feed, locale, sort, this.country] as const;
    if (this.#sorted?.key.every((value, index) => value === key[index])) return this.#sorted.partners;

    const countries = this.country?.toUpperCase().split(',').map((code) => code.trim()).filter(Boolean);
    const partners = countries?.length ? feed.partners.filter((p) => countries.includes(p.country)) : [...feed.partners];
    const byName = (a: Partner, b: Partner) => locale.collator.compare(placeName(a, locale), placeName(b, locale));
    // Undated partners go last in either direction; partial dates compare correctly as strings.
    const byDate = (a: Partner, b: Partner) => (!a.since || !b.since ? Number(!a.since) - Number(!b.since) :
      a.since < b.since ? -1 : a.since > b.since ? 1 : 0);
    const compare = {
      date: (a: Partner, b: Partner) => (!a.since || !b.since ? byDate(a, b) : -byDate(a, b)),
      '-date': byDate,
      name: byName,
      country: (a: Partner, b: Partner) =>
        locale.collator.compare(locale.country(a.country), locale.country(b.country)) || byName(a, b),
    }[sort] ?? byDate;
    partners.sort(compare);
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

  /** One listener for every entry's links, whichever the layout: tells the page which entry was activated. */
  #select(event: Event) {
    const id = (event.target as Element).closest('a[href]')?.closest('[data-id]')?.getAttribute('data-id');
    if (id && !emit(this, 'twin-city-select', {id})) event.preventDefault();
  }
}

TwinCitiesList.define('twin-cities-list');

declare global {
  interface HTMLElementTagNameMap {
    'twin-cities-list': TwinCitiesList;
  }
}
