import type {PropertyDeclarations, PropertyValues} from 'lit';
import type {BadgeVariant} from './badge.js';
import {TwinCitiesElement} from './element.js';
import type {FeedComplete} from './feed/controller.js';
import type {Relation} from './feed/types.js';
import {load, ready} from './on-demand.js';
import {adopt} from './styles.js';
import {badgeStyles} from './twin-city-badge.styles.js';

export type {BadgeVariant};

/** The badge's template and CSS: a chunk of its own, as only partner towns' pages show badges. */
const badge = () => import('./badge.js');

/**
 * @tagname twin-city-badge
 * @summary A small badge for a partner town's own site: "twinned with …", linking back to the home town.
 *
 * @attr city - The partner's `id` in the feed: the town whose site shows the badge.
 * @attr variant - `full` (the default), `compact`, or `icon`.
 * @attr href - Where the badge links to, instead of the home town's site from the feed; http(s) only.
 * @attr home-name - The home town's name; with it the badge needs no feed.
 * @attr home-country - With `home-name`: the home town's country, an ISO 3166-1 alpha-2 code.
 * @attr country - With `home-name`: this town's country, an ISO 3166-1 alpha-2 code.
 * @attr since - With `home-name`: since when, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @attr relation - With `home-name`: `twin` (the default), `partner` or `cooperation`.
 *
 * @slot - Shown before the element is defined and when the feed fails to load (e.g. a plain link to the home town).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart badge - The badge.
 * @csspart flag - The flags: the partner's and the home town's.
 * @csspart relation - The kind of relation.
 * @csspart name - The home town's name (a link to its site, where there is one).
 * @csspart country - The home town's country.
 * @csspart date - Since when.
 * @csspart link - The link to the home town's site.
 * @csspart note - Above a saved copy shown because the feed could not be loaded (`persist`), with its date.
 * @csspart error - The message shown when the feed cannot be loaded, or the city is not in it.
 * @csspart retry - The "try again" button of the error.
 *
 * @cssprop --twin-cities-font - Font family (default: the page's).
 * @cssprop --twin-cities-text - Text colour.
 * @cssprop --twin-cities-muted - Colour of secondary text.
 * @cssprop --twin-cities-background - Background colour.
 * @cssprop --twin-cities-border - Colour of the badge's border.
 * @cssprop --twin-cities-accent - Colour of the link.
 * @cssprop --twin-cities-focus - Colour of the focus ring.
 * @cssprop --twin-cities-radius - Corner radius.
 *
 * @fires twin-cities-load - The feed has loaded; `detail: {feed, skipped}`.
 * @fires twin-cities-error - The feed could not be loaded; `detail: {error}`.
 */
export class TwinCityBadge extends TwinCitiesElement {
  static override styles = [TwinCitiesElement.styles, badgeStyles];
  static override properties: PropertyDeclarations = {
    city: {reflect: true},
    variant: {reflect: true},
    href: {reflect: true},
    homeName: {attribute: 'home-name'},
    homeCountry: {attribute: 'home-country'},
    country: {},
    since: {},
    relation: {},
  };

  /** The partner's `id` in the feed: the town whose site shows the badge. */
  declare city?: string;

  /** `full` (the default), `compact` (one line), or `icon` (the two flags; the words are its tooltip and its name for screen readers). */
  declare variant?: BadgeVariant;

  /** Where the badge links to, instead of the home town's site from the feed; http(s) only. */
  declare href?: string;

  /**
   * The home town's name. With it the badge needs no feed: `home-name`, `home-country`, `country`,
   * `since` and `relation` say all it shows, for a partner whose site cannot fetch the home town's feed.
   */
  declare homeName?: string;

  /** With `home-name`: the home town's country, an ISO 3166-1 alpha-2 code (`BG`). */
  declare homeCountry?: string;

  /** With `home-name`: this town's country, an ISO 3166-1 alpha-2 code (`TR`). */
  declare country?: string;

  /** With `home-name`: since when, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  declare since?: string;

  /** With `home-name`: `twin` (the default), `partner` or `cooperation`. */
  declare relation?: Relation;

  protected override willUpdate(changed: PropertyValues) {
    // The attributes make a feed of the home town and this one partner, checked like any other feed.
    if (this.homeName && ['homeName', 'homeCountry', 'country', 'since', 'relation'].some((key) => changed.has(key))) {
      this.feed = {
        version: 1,
        home: {id: 'home', name: this.homeName, country: this.homeCountry},
        partners: [{id: 'partner', name: 'partner', country: this.country, relation: this.relation ?? 'twin', since: this.since}],
      };
    }
    super.willUpdate(changed);
  }

  protected override prepare() {
    return load(badge);
  }

  protected override renderFeed(loaded: FeedComplete) {
    const view = ready(badge)!;
    adopt(this.renderRoot, view.styles);
    return view.render(this, loaded);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-city-badge': TwinCityBadge;
  }
}
