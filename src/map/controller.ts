// How a visitor works the map: the arrow keys go from marker to marker, west to east; focus or the pointer
// shows a marker's tooltip; a partner's marker fires `twin-city-select` (cancelable) and then follows its
// link; a cluster zooms into its partners, and Escape or the zoom-out button brings all of them back. And
// what the map needs between renders: its frame's size (a ResizeObserver), its layout for that size, and
// the list it is linked to (`for`).
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {emit} from '../events.js';
import type {FeedComplete} from '../feed/controller.js';
import type {Feed, Partner} from '../feed/types.js';
import type {Locale} from '../i18n/locale.js';
import {inCountries} from '../order.js';
import {layoutMap, type MapLayout} from './layout.js';
import {ListLink} from './link.js';
import {labelMeasure} from './measure.js';
import {renderMap} from './render.js';

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** What the map's controller needs of its element (<twin-cities-map>). */
export type MapHost = HTMLElement & ReactiveControllerHost & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly country?: string | undefined;
  readonly city?: string | undefined;
  readonly headingLevel: number;
  readonly htmlFor?: string | undefined;
};

/**
 * The map's state between renders (which marker shows its tooltip, which is in the tab order, which
 * partners it is zoomed into, how large its frame is) and the listeners that change it, on the host's
 * render root. Each map has its own, and so its own layout: two maps on a page do not redo each other's.
 */
export class MapController implements ReactiveController {
  /** The key of the marker whose tooltip shows. */
  #active: string | undefined;
  /** The key of the marker in the tab order. */
  #focus: string | undefined;
  /** The ids of the partners the map is zoomed into; undefined for all of them. */
  #zoom: readonly string[] | undefined;
  #focused: string | undefined;
  #hovered: string | undefined;
  /** The cluster zoomed into, which takes the focus back when the map zooms out. */
  #cluster: string | undefined;
  /** The frame's size in CSS pixels, once measured; the map is drawn at that size. */
  #size: {width: number; height: number} | undefined;
  #frame: Element | undefined;
  readonly #resize = new ResizeObserver(() => this.#frame && this.#measure(this.#frame) && this.host.requestUpdate());
  #partners?: {feed: Feed; country: string | undefined; partners: readonly Partner[]};
  #last?: {key: readonly unknown[]; layout: MapLayout | undefined};
  readonly #link: ListLink;
  /** Between the start of an update and its end, when the render may remove the marker in focus (a zoom). */
  #updating = false;
  /** Whether the tooltip to show changed during an update. */
  #changed = false;

  constructor(private readonly host: MapHost) {
    this.#link = new ListLink(host);
    host.addController(this);
  }

  hostConnected() {
    const root = this.host.renderRoot;
    for (const [type, listener] of this.#listeners) root.addEventListener(type, listener as EventListener);
    if (this.#frame) this.#resize.observe(this.#frame);
    this.#link.connect();
  }

  hostDisconnected() {
    const root = this.host.renderRoot;
    for (const [type, listener] of this.#listeners) root.removeEventListener(type, listener as EventListener);
    this.#resize.disconnect();
    this.#link.disconnect();
  }

  hostUpdate() {
    this.#updating = true;
    this.#link.update();
  }

  hostUpdated() {
    this.#updating = false;
    if (this.#changed) {
      this.#changed = false;
      queueMicrotask(() => this.host.requestUpdate());
    }
    // The frame is drawn by the first render; the map inside it by the render after it is measured.
    const frame = this.host.renderRoot.querySelector('.frame') ?? undefined;
    if (frame !== this.#frame) {
      this.#resize.disconnect();
      if (frame) this.#resize.observe(frame);
      this.#frame = frame;
      // A new frame (the first, or one after an error) is measured at once, not at the next frame as the
      // observer would (a page in the background has none); the render that draws the map in it follows.
      if (frame) {
        this.#measure(frame);
        queueMicrotask(() => this.host.requestUpdate());
      }
    }
    this.#link.show(this.#activeIds());
  }

  /** The map of the loaded feed, for the host's `country`, `city` and `heading-level`. */
  render({feed, locale}: FeedComplete) {
    const {host} = this;
    const {partners, layout} = this.#layout(feed, locale);
    return renderMap(
      {feed, partners, locale, layout, level: host.headingLevel, zoomed: !!this.#zoom},
      {active: this.#active, focus: this.#focus, highlight: [host.city ?? '', this.#link.id ?? ''].filter(Boolean)},
    );
  }

  /**
   * The partners of the `country` filter and their layout, kept while nothing they depend on changes (a
   * hover, a focus and a linked list's highlight only re-render); no layout until the frame has a size.
   */
  #layout(feed: Feed, locale: Locale) {
    const {host} = this;
    if (this.#partners?.feed !== feed || this.#partners.country !== host.country) {
      this.#partners = {feed, country: host.country, partners: inCountries(feed.partners, host.country)};
    }
    const {partners} = this.#partners;
    const canvas = this.#frame?.querySelector('.canvas');
    const labelSize = canvas ? labelMeasure(canvas) : undefined;
    const key = [partners, locale, labelSize, host.city, String(this.#zoom), this.#size?.width, this.#size?.height];
    if (!this.#last?.key.every((value, index) => value === key[index])) {
      this.#last = {key, layout: this.#size && labelSize && layoutMap({feed, partners, locale, ...this.#size, labelSize, city: host.city, zoom: this.#zoom})};
    }
    return {partners, layout: this.#last.layout};
  }

  /** Takes the frame's size; whether it is a new one. */
  #measure(frame: Element) {
    // Whole pixels: a fraction of one would redraw a map that looks the same. A hidden map (an accordion
    // closed) has no size, and keeps the one it had.
    const {clientWidth: width, clientHeight: height} = frame;
    if (!width || !height || (width === this.#size?.width && height === this.#size.height)) return false;
    this.#size = {width, height};
    return true;
  }

  /** The ids of the partners of the marker in focus or under the pointer, for the linked list. */
  #activeIds() {
    const marker = this.#last?.layout?.markers.find((candidate) => candidate.key === this.#active);
    return marker?.partners.map(({id}) => id) ?? [];
  }

  readonly #listeners: [string, (event: never) => void][] = [
    ['keydown', (event: KeyboardEvent) => this.#keydown(event)],
    ['click', (event: MouseEvent) => this.#click(event)],
    // The focus shows a tooltip where it shows a ring: a click that moves it (a zoom) leaves the map in view.
    ['focusin', (event: FocusEvent) => this.#show('focus', marker(event.target)?.dataset.key, marker(event.target)?.matches(':focus-visible'))],
    ['focusout', (event: FocusEvent) => this.#show('focus', marker(event.relatedTarget)?.dataset.key)],
    ['pointerover', (event: PointerEvent) => this.#show('hover', marker(event.target)?.dataset.key)],
    ['pointerout', (event: PointerEvent) => this.#show('hover', marker(event.relatedTarget)?.dataset.key)],
  ];

  /** Focus shows its marker's tooltip before the pointer's; leaving a marker shows the other's again. */
  #show(by: 'focus' | 'hover', key: string | undefined, visible = true) {
    if (by === 'focus') {
      this.#focused = visible ? key : undefined;
      if (key) this.#focus = key;
    } else {
      this.#hovered = key;
    }
    const active = this.#focused ?? this.#hovered;
    if (active !== this.#active) {
      this.#active = active;
      // A marker removed while in focus fires focusout during the render that removes it: the render that
      // shows the change follows that one (hostUpdated).
      if (this.#updating) this.#changed = true;
      else this.host.requestUpdate();
    }
  }

  /** Escape hides the tooltip, until the focus or the pointer moves to another marker. */
  #hide() {
    this.#focused = this.#hovered = undefined;
    this.#show('hover', undefined);
  }

  #keydown(event: KeyboardEvent) {
    const target = marker(event.target);
    if (event.key === 'Escape') {
      if (this.#zoom) this.#zoomOut();
      else this.#hide();
      return;
    }
    if (!target) return;
    if ((event.key === 'Enter' || event.key === ' ') && target.getAttribute('role') === 'button') {
      event.preventDefault();
      this.#zoomIn(target);
      return;
    }
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const markers = this.#markers();
    const next = markers[move(markers.indexOf(target), markers.length)];
    if (next && next !== target) void this.#focusMarker(next.dataset.key!);
  }

  #click(event: MouseEvent) {
    const target = event.target as Element;
    if (target.closest('[data-zoom-out]')) return this.#zoomOut();
    const clicked = marker(target);
    if (clicked?.getAttribute('role') === 'button') return this.#zoomIn(clicked);
    const id = clicked?.matches('a[href]') ? clicked.dataset.id : undefined;
    if (id && !emit(this.host, 'twin-city-select', {id})) event.preventDefault();
  }

  #zoomIn(cluster: SVGElement) {
    // The markers move: the one the pointer was over is no longer under it (the next move says which is).
    this.#show('hover', undefined);
    this.#zoom = cluster.dataset.members!.split(' ');
    this.#cluster = cluster.dataset.key;
    void this.#focusMarker(undefined);
  }

  #zoomOut() {
    this.#show('hover', undefined);
    this.#zoom = undefined;
    void this.#focusMarker(this.#cluster);
  }

  /** Renders with `key` (or the first marker) in the tab order, then focuses it. */
  async #focusMarker(key: string | undefined) {
    this.#focus = key;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const markers = this.#markers();
    (markers.find((element) => element.dataset.key === key) ?? markers[0])?.focus();
  }

  #markers(): SVGElement[] {
    return [...this.host.renderRoot.querySelectorAll<SVGElement>('.marker')];
  }
}

const marker = (target: EventTarget | null) =>
  (target instanceof Element ? target.closest<SVGElement>('.marker') : null) ?? undefined;
