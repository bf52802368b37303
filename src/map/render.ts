// The map's template: an SVG of the land, arcs, markers and labels, the tooltip of the marker in focus
// or under the pointer, the same content as a list for screen readers, and the partners the map cannot
// place, listed under it.
import {html, nothing, svg} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import type {Partner} from '../feed/types.js';
import type {Locale} from '../i18n/locale.js';
import {plural} from '../i18n/plural.js';
import {placeName, renderFlag, renderFormerName, renderName, renderRelation} from '../partner.js';
import {layoutMap, type MapInput, type MapLayout, type MapMarker} from './layout.js';
import {mapMessages} from './messages.js';

export interface MapState {
  /** The key of the marker whose tooltip shows: the one in focus, or under the pointer. */
  readonly active?: string | undefined;
  /** The key of the marker that takes the focus when the map is tabbed into (the others are reached with the arrow keys). */
  readonly focus?: string | undefined;
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

/** The accessible name of a marker: its partner's, or for a cluster, how many and which. */
export function markerName(marker: MapMarker, locale: Locale): string {
  if (marker.partners.length === 1) return partnerName(marker.partners[0]!, locale);
  const names = new Intl.ListFormat(locale.lang, {type: 'unit'}).format(marker.partners.map((partner) => placeName(partner, locale)));
  return mapMessages(locale).cluster(plural(locale, marker.partners.length, locale.t.count), names);
}

let last: {input: MapInput; layout: MapLayout} | undefined;

/** The layout of the last input again when nothing it depends on has changed (a hover, a focus). */
function cachedLayout(input: MapInput): MapLayout {
  const same = last && (Object.keys(input) as (keyof MapInput)[]).every((key) => key === 'partners'
    ? input.partners.length === last!.input.partners.length && input.partners.every((partner, i) => partner === last!.input.partners[i])
    : key === 'zoom' ? String(input.zoom) === String(last!.input.zoom) : input[key] === last!.input[key]);
  if (!same || !last) last = {input, layout: layoutMap(input)};
  return last.layout;
}

/**
 * The map of `input.partners` around the feed's home town, drawn at `input.width` × `input.height` pixels.
 * Its markers carry `data-key` (the marker's key) and, for one partner, `data-id`; `MapController` gives
 * them their keyboard, pointer and selection behaviour.
 */
export function renderMap(input: MapInput, state: MapState = {}) {
  const layout = cachedLayout(input);
  const {feed, partners, locale, city} = input;
  const messages = mapMessages(locale);
  const home = placeName(feed.home, locale);
  const count = plural(locale, partners.length, locale.t.count);
  const located = partners.filter((partner) => partner.location);
  const focus = layout.markers.some((marker) => marker.key === state.focus) ? state.focus : layout.markers[0]?.key;
  const active = layout.markers.find((marker) => marker.key === state.active);
  const lit = (ids: readonly string[]) => ids.includes(city!) || !!active?.partners.some((partner) => ids.includes(partner.id));
  const {width, height} = layout;

  return html`<div class="map" part="map">
    <svg class="canvas" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group"
      aria-labelledby="map-title" aria-describedby="map-description">
      <title id="map-title">${locale.t.listLabel(home)}</title>
      <desc id="map-description">${layout.home ? messages.description(home, count) : messages.descriptionNoHome(count)}</desc>
      <path part="land" class="land" d=${layout.land}></path>
      <g aria-hidden="true">${layout.arcs.map(({id, d}) =>
        svg`<path part=${lit([id]) ? 'arc highlight' : 'arc'} class="arc" d=${d} pathLength="1" data-id=${id}></path>`)}</g>
      <g aria-hidden="true">${layout.home
        ? svg`<rect part="home" class="home" x=${layout.home.x - 5} y=${layout.home.y - 5} width="10" height="10"></rect>`
        : nothing}${[...layout.labels.values()].map((label) =>
        svg`<text part="label" class="label" x=${label.x + 1} y=${label.baseline} data-key=${label.key}
          lang=${label.lang ?? nothing}>${label.text}</text>`)}</g>
      ${layout.markers.map((marker) => renderMarker(marker, locale, marker.key === focus, lit(marker.partners.map(({id}) => id))))}
    </svg>
    ${active ? renderTooltip(active, layout, locale) : nothing}
    ${input.zoom ? html`<button class="button zoom-out" part="zoom-out" data-zoom-out>${messages.zoomOut}</button>` : nothing}
    <ul class="visually-hidden" role="list">${located.map((partner) =>
      html`<li>${renderName(partner, locale)}, ${locale.country(partner.country)}, ${renderRelation(partner, locale)}</li>`)}</ul>
    ${layout.unlocated.length ? html`<p class="unlocated-heading" part="unlocated-heading">${messages.notOnMap}</p>
      <ul class="unlocated" part="unlocated" role="list">${layout.unlocated.map((partner) =>
        html`<li data-id=${partner.id}>${partner.url
          ? html`<a class="name" href=${partner.url} rel="noopener noreferrer">${renderName(partner, locale)}</a>`
          : html`<span class="name">${renderName(partner, locale)}</span>`}
          <span class="muted">${locale.country(partner.country)}</span></li>`)}</ul>` : nothing}
  </div>`;
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
  const common = {
    key: marker.key,
    id: single ? first!.id : undefined,
    name: markerName(marker, locale),
    tabindex: focus ? 0 : -1,
    transform: `translate(${marker.x.toFixed(1)} ${marker.y.toFixed(1)})`,
  };
  return single && first!.url
    ? svg`<a part=${part} class="marker" href=${first!.url} rel="noopener noreferrer" data-key=${common.key} data-id=${common.id!}
        aria-label=${common.name} tabindex=${common.tabindex} transform=${common.transform}>${shape}</a>`
    : svg`<g part=${part} class="marker" role=${single ? 'img' : 'button'} data-key=${common.key} data-id=${common.id ?? nothing}
        data-members=${single ? nothing : marker.partners.map(({id}) => id).join(' ')}
        aria-label=${common.name} tabindex=${common.tabindex} transform=${common.transform}>${shape}</g>`;
}

/**
 * The essentials of the card, beside the marker: on the side of the box with more room, its width bound
 * by that room, so that it stays inside the map.
 */
function renderTooltip(marker: MapMarker, layout: MapLayout, locale: Locale) {
  const right = marker.x > layout.width / 2;
  const below = marker.y < layout.height / 2;
  const offset = marker.r + 6;
  const position = {
    [right ? 'right' : 'left']: `${(right ? layout.width - marker.x : marker.x) - offset / 2}px`,
    [below ? 'top' : 'bottom']: `${(below ? marker.y : layout.height - marker.y) + offset}px`,
    'max-width': `${(right ? marker.x : layout.width - marker.x) - 4}px`,
  };
  return html`<div class="tooltip" part="tooltip" role="tooltip" style=${styleMap(position)}>${marker.partners.length === 1
    ? renderCardEssentials(marker.partners[0]!, locale)
    : html`<ul role="list">${marker.partners.map((partner) => html`<li>${renderName(partner, locale)}</li>`)}</ul>`}</div>`;
}

function renderCardEssentials(partner: Partner, locale: Locale) {
  return html`<p class="name">${renderName(partner, locale)}</p>${renderFormerName(partner, locale)}
    <p>${renderFlag(partner.country, locale, '')} <span class="muted">${locale.country(partner.country)}</span></p>
    <p>${renderRelation(partner, locale)}</p>`;
}
