import {html, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import type {Partner, Place} from './feed/types.js';
import type {Locale} from './i18n/locale.js';
import {TwinCitiesElement, type Loaded} from './element.js';
import {distanceKm, placeName, renderFlag, renderFormerName, renderName, renderRelation, renderText} from './partner.js';
import {cardStyles} from './twin-city-card.styles.js';

/**
 * @tagname twin-city-card
 * @summary One twin city in full: its names, country, relation, history, distance and official site.
 *
 * @slot - Shown before the element is defined and when the feed fails to load (e.g. a plain link to the town's twin-cities page).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart card - The card.
 * @csspart flag - The country's flag.
 * @csspart name - The partner's name, a heading.
 * @csspart native-name - The name in the partner's own language, where it differs.
 * @csspart former-name - The name the partner was known by before.
 * @csspart country - The country and region.
 * @csspart relation - The kind of relation.
 * @csspart date - When the relation began.
 * @csspart status - Shown when the relation is no longer active.
 * @csspart summary - The feed's summary of the relation.
 * @csspart distance - The distance from the home town.
 * @csspart history - The list of events, oldest first.
 * @csspart event - One event of the history.
 * @csspart link - The link to the partner's official site.
 * @csspart note - Above a saved copy shown because the feed could not be loaded (`persist`), with its date.
 * @csspart error - The message shown when the feed cannot be loaded, or the city is not in it.
 * @csspart retry - The "try again" button of the error.
 *
 * @cssprop --twin-cities-font - Font family (default: the page's).
 * @cssprop --twin-cities-text - Text colour.
 * @cssprop --twin-cities-muted - Colour of secondary text.
 * @cssprop --twin-cities-background - Background colour.
 * @cssprop --twin-cities-surface - Background of the loading placeholder.
 * @cssprop --twin-cities-border - Colour of borders.
 * @cssprop --twin-cities-accent - Colour of links, buttons and the history's dots.
 * @cssprop --twin-cities-on-accent - Text colour on the accent colour.
 * @cssprop --twin-cities-focus - Colour of the focus ring.
 * @cssprop --twin-cities-error - Colour of the error's border.
 * @cssprop --twin-cities-radius - Corner radius.
 * @cssprop --twin-cities-gap - Space between entries.
 *
 * @fires twin-cities-load - The feed has loaded; `detail: {feed, skipped}`.
 * @fires twin-cities-error - The feed could not be loaded; `detail: {error}`.
 */
export class TwinCityCard extends TwinCitiesElement {
  static override styles = [TwinCitiesElement.styles, cardStyles];
  static override properties: PropertyDeclarations = {
    city: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
  };

  constructor() {
    super();
    this.headingLevel = 3;
  }

  /** The partner's `id` in the feed. */
  declare city?: string;

  /** The level of the card's heading, 1 to 6, to fit the page's outline. */
  declare headingLevel: number;

  protected override renderFeed({feed, locale}: Loaded) {
    const partner = feed.partners.find((p) => p.id === this.city);
    if (!partner) {
      return html`<p role="alert" part="error" class="error">${locale.t.unknownCity(this.city ?? '')}</p>`;
    }
    return renderCard(partner, feed.home, locale, this.headingLevel);
  }
}

/** A partner as a card: the element's whole content, and one entry of the list's grid. */
export function renderCard(partner: Partner, home: Place, locale: Locale, level: number): TemplateResult {
  const {t} = locale;
  const km = distanceKm(home, partner);
  return html`<article class="card" part="card">
    <div class="card-title">
      ${renderFlag(partner.country, locale)}
      <div class="name" part="name" role="heading" aria-level=${level}>${renderName(partner, locale)}</div>
    </div>
    ${partner.formerName ? html`<p>${renderFormerName(partner, locale)}</p>` : nothing}
    <p class="muted" part="country">${locale.country(partner.country)}${partner.region ? html`, ${renderText(partner.region, locale)}` : nothing}</p>
    <p>${renderRelation(partner, locale)}</p>
    ${partner.summary ? html`<p>${renderText(partner.summary, locale, 'summary')}</p>` : nothing}
    ${km === undefined ? nothing : html`<p class="muted" part="distance">${t.distance(
      locale.number(km, {style: 'unit', unit: 'kilometer', maximumFractionDigits: 0}), placeName(home, locale))}</p>`}
    ${partner.history?.length ? html`
      <div class="history-title" role="heading" aria-level=${Math.min(level + 1, 6)}>${t.history}</div>
      <ol class="history" part="history" role="list">
        ${partner.history.map((event) => html`<li part="event">
          <time datetime=${event.date}>${locale.date(event.date)}</time>: ${t.event[event.type]}${event.actor
            ? `, ${t.proposedBy(locale.text(event.actor))}` : ''}${event.text ? html`<br />${renderText(event.text, locale)}` : nothing}
        </li>`)}
      </ol>` : nothing}
    ${partner.url ? html`<a class="website" part="link" href=${partner.url} rel="noopener noreferrer">${t.website}<span
        class="visually-hidden">: ${placeName(partner, locale)}</span></a>` : nothing}
  </article>`;
}

TwinCityCard.define('twin-city-card');

declare global {
  interface HTMLElementTagNameMap {
    'twin-city-card': TwinCityCard;
  }
}
