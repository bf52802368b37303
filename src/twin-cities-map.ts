import type {PropertyDeclarations} from 'lit';
import {TwinCitiesElement} from './element.js';
import type {FeedComplete} from './feed/controller.js';
import {load, ready} from './on-demand.js';
import {mapStyles} from './twin-cities-map.styles.js';

/** The map's code, template, CSS and land outlines: a chunk of its own, loaded only by pages that show a map. */
const map = () => import('./map/index.js');

/**
 * @tagname twin-cities-map
 * @summary The twin cities on a map drawn in the page, from land outlines that ship with the package: no tile server, nothing leaves the page's origin.
 *
 * @attr country - Comma-separated ISO 3166-1 codes: shows only the partners in these countries.
 * @attr city - A partner's `id` in the feed: highlights its marker and its line.
 * @attr heading-level - The level of the heading above the partners the feed gives no location, 1 to 6.
 * @attr for - The `id` of a `<twin-cities-list>` in the same document (or shadow root): an entry of the list and its partner's marker highlight each other under the pointer or in focus. The map relies on what the list documents: its entries are `part="item"` elements with `data-id`, in an open shadow root.
 *
 * @slot - Shown before the element is defined and when the feed fails to load (e.g. a plain link to the town's twin-cities page).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart map - The map, the list for screen readers and the partners not on the map.
 * @csspart land - The land: coastlines only, no country borders.
 * @csspart arc - A line from the home town to a partner, along the great circle; also `highlight` for the partner highlighted.
 * @csspart marker - A partner's marker (a link to its site, where the feed has one); also `cluster` for several partners close together, `highlight` for the partner highlighted.
 * @csspart home - The home town's marker.
 * @csspart label - A name on the map.
 * @csspart tooltip - The essentials of the partner in focus or under the pointer.
 * @csspart zoom-out - The button that shows all partners again after a cluster was zoomed into.
 * @csspart unlocated-heading - The heading above the partners the feed gives no location.
 * @csspart unlocated - The list of those partners.
 * @csspart note - Above a saved copy shown because the feed could not be loaded (`persist`), with its date.
 * @csspart error - The message shown when the feed cannot be loaded.
 * @csspart retry - The "try again" button of the error.
 *
 * @cssprop --twin-cities-font - Font family (default: the page's).
 * @cssprop --twin-cities-text - Text colour, and the home town's marker.
 * @cssprop --twin-cities-muted - Colour of secondary text.
 * @cssprop --twin-cities-background - Background colour: the sea.
 * @cssprop --twin-cities-surface - The land (mixed with the border colour), and the loading placeholder.
 * @cssprop --twin-cities-border - Colour of the coastlines and the map's frame.
 * @cssprop --twin-cities-accent - Colour of the markers and lines.
 * @cssprop --twin-cities-on-accent - Colour of the numbers on clusters.
 * @cssprop --twin-cities-focus - Colour of the focus ring.
 * @cssprop --twin-cities-error - Colour of the error's border.
 * @cssprop --twin-cities-radius - Corner radius.
 * @cssprop --twin-cities-map-aspect - The map's width to its height, as CSS `aspect-ratio` takes it (default `3 / 2`).
 *
 * @fires twin-cities-load - The feed has loaded; `detail: {feed, skipped}`.
 * @fires twin-cities-error - The feed could not be loaded; `detail: {error}`.
 * @fires twin-city-select - A visitor activated a partner's marker; `detail: {id}`. Cancel it to keep the link from navigating.
 */
export class TwinCitiesMap extends TwinCitiesElement {
  static override styles = [TwinCitiesElement.styles, mapStyles];
  static override properties: PropertyDeclarations = {
    country: {reflect: true},
    city: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
    htmlFor: {attribute: 'for'},
  };

  /** Comma-separated ISO 3166-1 codes: shows only the partners in these countries (`"TR,GR"`). */
  declare country?: string;

  /** A partner's `id` in the feed: highlights its marker and its line, and gives its label a place first. */
  declare city?: string;

  /** The level of the heading above the partners the feed gives no location, 1 to 6, to fit the page's outline. */
  headingLevel = 3;

  /**
   * The `id` of a `<twin-cities-list>` in the map's document or shadow root (the `for` attribute): an entry
   * of the list and its partner's marker highlight each other under the pointer or in focus.
   */
  declare htmlFor?: string;

  protected override prepare() {
    return load(map);
  }

  protected override renderFeed(loaded: FeedComplete) {
    return ready(map)!.render(this, loaded);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-cities-map': TwinCitiesMap;
  }
}
