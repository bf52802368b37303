import type {PropertyDeclarations} from 'lit';
import {TwinCitiesElement} from './element.js';
import type {FeedComplete} from './feed/controller.js';
import {load, ready} from './on-demand.js';
import {adopt} from './styles.js';
import {cardStyles} from './twin-city-card.styles.js';

/** The card's template and CSS: a chunk of its own, which the list's grid shares. */
const card = () => import('./card.js');

/**
 * @tagname twin-city-card
 * @summary One twin city in full: its names, country, relation, history, distance and official site.
 *
 * @attr city - The partner's `id` in the feed.
 * @attr heading-level - The level of the card's heading, 1 to 6.
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

  /** The partner's `id` in the feed. */
  declare city?: string;

  /** The level of the card's heading, 1 to 6, to fit the page's outline. */
  headingLevel = 3;

  protected override prepare() {
    return load(card);
  }

  protected override renderFeed(loaded: FeedComplete) {
    const view = ready(card)!;
    adopt(this.renderRoot, view.styles);
    return view.renderCity(this.city, loaded, this.headingLevel);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-city-card': TwinCityCard;
  }
}
