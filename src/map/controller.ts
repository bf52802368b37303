// How a visitor works the map: the arrow keys go from marker to marker, west to east; focus or the pointer
// shows a marker's tooltip; a partner's marker fires `twin-city-select` (cancelable) and then follows its
// link; a cluster zooms into its partners, and Escape or the zoom-out button brings all of them back.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {emit} from '../events.js';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment};

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The map's state between renders (which marker shows its tooltip, which is in the tab order, which
 * partners it is zoomed into) and the listeners that change it, on the host's render root. The host
 * passes `active`, `focus` and `zoom` to `renderMap`.
 */
export class MapController implements ReactiveController {
  /** The key of the marker whose tooltip shows. */
  active: string | undefined;
  /** The key of the marker in the tab order. */
  focus: string | undefined;
  /** The ids of the partners the map is zoomed into; undefined for all of them. */
  zoom: readonly string[] | undefined;
  #focused: string | undefined;
  #hovered: string | undefined;
  /** The cluster zoomed into, which takes the focus back when the map zooms out. */
  #cluster: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    const root = this.host.renderRoot;
    for (const [type, listener] of this.#listeners) root.addEventListener(type, listener as EventListener);
  }

  hostDisconnected() {
    const root = this.host.renderRoot;
    for (const [type, listener] of this.#listeners) root.removeEventListener(type, listener as EventListener);
  }

  readonly #listeners: [string, (event: never) => void][] = [
    ['keydown', (event: KeyboardEvent) => this.#keydown(event)],
    ['click', (event: MouseEvent) => this.#click(event)],
    ['focusin', (event: FocusEvent) => this.#show('focus', marker(event.target)?.dataset.key)],
    ['focusout', (event: FocusEvent) => this.#show('focus', marker(event.relatedTarget)?.dataset.key)],
    ['pointerover', (event: PointerEvent) => this.#show('hover', marker(event.target)?.dataset.key)],
    ['pointerout', (event: PointerEvent) => this.#show('hover', marker(event.relatedTarget)?.dataset.key)],
  ];

  /** Focus shows its marker's tooltip before the pointer's; leaving a marker shows the other's again. */
  #show(by: 'focus' | 'hover', key: string | undefined) {
    if (by === 'focus') {
      this.#focused = key;
      if (key) this.focus = key;
    } else {
      this.#hovered = key;
    }
    const active = this.#focused ?? this.#hovered;
    if (active !== this.active) {
      this.active = active;
      this.host.requestUpdate();
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
      if (this.zoom) this.#zoomOut();
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
    this.zoom = cluster.dataset.members!.split(' ');
    this.#cluster = cluster.dataset.key;
    void this.#focusMarker(undefined);
  }

  #zoomOut() {
    this.zoom = undefined;
    void this.#focusMarker(this.#cluster);
  }

  /** Renders with `key` (or the first marker) in the tab order, then focuses it. */
  async #focusMarker(key: string | undefined) {
    this.focus = key;
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
