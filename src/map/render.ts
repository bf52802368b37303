// The map's template: a frame that keeps the map's aspect, the SVG of the land, arcs, markers and labels
// drawn to the frame's size, the tooltip of the marker in focus or under the pointer, the same content as
// a list for screen readers, and the partners the map cannot place, listed under it.
import {html, nothing, svg} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {ref} from 'lit/directives/ref.js';
import type {Feed, Partner} from '../feed/types.js';
import type {Locale} from '../i18n/locale.js';
import {plural} from '../i18n/plural.js';
import {placeName, renderFlag, renderFormerName, renderName, renderRelation} from '../partner.js';
import type {MapLayout, MapMarker} from './layout.js';

export interface MapView {
  readonly feed: Feed;
  /** The partners shown (after the `country` filter), in the feed's order. */
  readonly partners: readonly Partner[];
  readonly locale: Locale;
  /** What to draw, once the frame's size is known. */
  readonly layout: MapLayout | undefined;
  /** The level of the heading above the partners that are not on the map. */
  readonly level: number;
  /** Whether the map is zoomed into a cluster: it then has a button that zooms out. */
  readonly zoomed: boolean;
}

export interface MapState {
  /** The key of the marker whose tooltip shows: the one in focus, or under the pointer. */
  readonly active?: string | undefined;
  /** The key of the marker that takes the focus when the map is tabbed into (the others are reached with the arrow keys). */
  readonly focus?: string | undefined;
  /** The ids of the partners to highlight (`city`, and the entry of a linked list in focus or under the pointer). */
  readonly highlight?: readonly string[];
}

/**
 * The accessible name of a partner's marker, from the messages every element has:
 * "Kocaeli, Türkiye, Twin city since 23 May 2023".
 */
export function partnerName(partner: Partner, locale: Locale): string {
  const {t} = locale;
  const relation = partner.since ? `${t.relation[partner.relation]} ${t.since(locale.date(partner.since))}` : t.relation[partner.relation];
  return [placeName(partner, locale), locale.country(partner.country), relation].join(', ');
}

/** The accessible name of a marker: its partner's, or for a cluster, how many, which, and that it zooms in. */
export function markerName(marker: MapMarker, locale: Locale): string {
  if (marker.partners.length === 1) return partnerName(marker.partners[0]!, locale);
  const names = marker.partners.map((partner) => placeName(partner, locale)).join(', ');
  return locale.t.map.cluster(plural(locale, marker.partners.length, locale.t.count), names);
}

/**
 * The map of `view.partners` around the feed's home town. Its markers carry `data-key` (the marker's key)
 * and, for one partner, `data-id`; `MapController` gives them their keyboard, pointer and selection behaviour.
 */
export function renderMap({feed, partners, locale, layout, level, zoomed}: MapView, {active, focus, highlight = []}: MapState = {}) {
  const {t} = locale;
  const located = partners.filter((partner) => partner.location);
  const unlocated = partners.filter((partner) => !partner.location);
  const shown = layout?.markers.find((marker) => marker.key === active);
  const lit = (ids: readonly string[]) => ids.some((id) => highlight.includes(id));

  return html`<div class="map" part="map">
    <div class="frame">${layout
      ? renderCanvas(feed, layout, locale, layout.markers.some((marker) => marker.key === focus) ? focus : layout.markers[0]?.key, lit)
      // Until the frame is measured: the drawing's place, and the font its labels are measured in.
      : html`<svg class="canvas" aria-hidden="true"></svg>`}
      ${shown && layout ? renderTooltip(shown, layout, locale) : nothing}
      ${zoomed ? html`<button class="button zoom-out" part="zoom-out" data-zoom-out>${t.map.zoomOut}</button>` : nothing}
    </div>
    <ul class="visually-hidden" role="list">${located.map((partner) =>
      html`<li>${renderName(partner, locale)}, ${locale.country(partner.country)}, ${renderRelation(partner, locale)}</li>`)}</ul>
    ${unlocated.length ? html`<div class="unlocated-heading" part="unlocated-heading" role="heading" aria-level=${level}>${t.map.notOnMap}</div>
      <ul class="unlocated" part="unlocated" role="list">${unlocated.map((partner) =>
        html`<li data-id=${partner.id}>${partner.url
          ? html`<a class="name" href=${partner.url} rel="noopener noreferrer">${renderName(partner, locale)}</a>`
          : html`<span class="name">${renderName(partner, locale)}</span>`}
          <span class="muted">${locale.country(partner.country)}</span></li>`)}</ul>` : nothing}
  </div>`;
}

function renderCanvas(feed: Feed, layout: MapLayout, locale: Locale, focus: string | undefined, lit: (ids: readonly string[]) => boolean) {
  const home = placeName(feed.home, locale);
  const {width, height} = layout;
  return html`<svg class="canvas" viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="map-title" aria-describedby="map-description">
    <title id="map-title">${locale.t.listLabel(home)}</title>
    <desc id="map-description">${feed.home.location ? locale.t.map.description(home) : locale.t.map.descriptionNoHome(home)}</desc>
    <path part="land" class="land" d=${layout.land}></path>
    <g aria-hidden="true">${layout.arcs.map(({id, d}) =>
      svg`<path part=${lit([id]) ? 'arc highlight' : 'arc'} class="arc" d=${d} pathLength="1" data-id=${id}></path>`)}</g>
    <g aria-hidden="true">${layout.home
      ? svg`<rect part="home" class="home" x=${layout.home.x - 5} y=${layout.home.y - 5} width="10" height="10"></rect>`
      : nothing}${[...layout.labels.values()].map((label) => svg`${label.leader
        ? svg`<line class="leader" x1=${label.leader.x1} y1=${label.leader.y1} x2=${label.leader.x2} y2=${label.leader.y2}></line>`
        : nothing}<text part="label" class="label" x=${label.x + 1} y=${label.baseline} data-key=${label.key}
        lang=${label.lang ?? nothing}>${label.text}</text>`)}</g>
    ${repeat(layout.markers, (marker) => marker.key, (marker) =>
      renderMarker(marker, locale, marker.key === focus, lit(marker.partners.map(({id}) => id))))}
  </svg>`;
}

/**
 * A marker. One partner with a site is a link to it; one without, a named image; several, a button that
 * zooms into them. Only the marker in `focus` is in the tab order.
 */
function renderMarker(marker: MapMarker, locale: Locale, focus: boolean, highlight: boolean) {
  const [first] = marker.partners;
  const single = marker.partners.length === 1;
  const part = `marker${single ? '' : ' cluster'}${highlight ? ' highlight' : ''}`;
  const shape = svg`<circle class="hit" r=${marker.r}></circle>${single
    ? svg`<circle class="dot" r="5"></circle>`
    : svg`<circle class="dot" r=${marker.r - 1}></circle><text class="count">${locale.number(marker.partners.length)}</text>`}
    <circle class="ring" r=${marker.r + 3}></circle>`;
  const name = markerName(marker, locale);
  const transform = `translate(${marker.x.toFixed(1)} ${marker.y.toFixed(1)})`;
  return single && first!.url
    ? svg`<a part=${part} class="marker" href=${first!.url} rel="noopener noreferrer" data-key=${marker.key} data-id=${first!.id}
        aria-label=${name} tabindex=${focus ? 0 : -1} transform=${transform}>${shape}</a>`
    : svg`<g part=${part} class="marker" role=${single ? 'img' : 'button'} data-key=${marker.key} data-id=${single ? first!.id : nothing}
        data-members=${single ? nothing : marker.partners.map(({id}) => id).join(' ')}
        aria-label=${name} tabindex=${focus ? 0 : -1} transform=${transform}>${shape}</g>`;
}

/**
 * The essentials of the card, beside the marker: on the side of the frame with more room, its width bound
 * by that room, so that it stays inside the map. Placed through the CSSOM, not a `style` attribute, which a
 * page's Content-Security-Policy may forbid.
 */
function renderTooltip(marker: MapMarker, layout: MapLayout, locale: Locale) {
  const right = marker.x > layout.width / 2;
  const below = marker.y < layout.height / 2;
  const offset = marker.r + 6;
  const position: Record<string, string | undefined> = {
    left: right ? undefined : `${marker.x - offset / 2}px`,
    right: right ? `${layout.width - marker.x - offset / 2}px` : undefined,
    top: below ? `${marker.y + offset}px` : undefined,
    bottom: below ? undefined : `${layout.height - marker.y + offset}px`,
    'max-width': `${(right ? marker.x : layout.width - marker.x) - 4}px`,
  };
  const place = (element?: Element) => {
    for (const [property, value] of Object.entries(position)) (element as HTMLElement | undefined)?.style.setProperty(property, value ?? null);
  };
  return html`<div class="tooltip" part="tooltip" role="tooltip" ${ref(place)}>${marker.partners.length === 1
    ? renderCardEssentials(marker.partners[0]!, locale)
    : html`<ul role="list">${marker.partners.map((partner) => html`<li>${renderName(partner, locale)}</li>`)}</ul>`}</div>`;
}

function renderCardEssentials(partner: Partner, locale: Locale) {
  return html`<p class="name">${renderName(partner, locale)}</p>${renderFormerName(partner, locale)}
    <p>${renderFlag(partner.country, locale, '')} <span class="muted">${locale.country(partner.country)}</span></p>
    <p>${renderRelation(partner, locale)}</p>`;
}
