// A stand-in for <twin-cities-map> until it is built on the element base: the map's chunk wired the way
// the element will wire it (its styles, its controller, a render at a fixed box size), and nothing more.
import {LitElement, html, nothing, type PropertyDeclarations} from 'lit';
import type {Feed, Partner} from '../../src/feed/types.js';
import type {Locale} from '../../src/i18n/locale.js';
import {MapController, labelMeasure, mapStyles, renderMap} from '../../src/map/index.js';
import {baseStyles} from '../../src/styles.js';

export class TestMap extends LitElement {
  static override styles = [baseStyles, mapStyles];
  static override properties: PropertyDeclarations = {
    feed: {attribute: false},
    partners: {attribute: false},
    locale: {attribute: false},
    width: {type: Number},
    height: {type: Number},
    city: {},
  };

  declare feed?: Feed;
  declare partners?: readonly Partner[];
  declare locale?: Locale;
  declare width: number;
  declare height: number;
  declare city?: string;
  readonly map = new MapController(this);

  override render() {
    const {feed, locale} = this;
    if (!feed || !locale) return nothing;

    return html`<div class="root" lang=${locale.lang}>${renderMap(
      {feed, partners: this.partners ?? feed.partners, locale, width: this.width, height: this.height, labelSize: labelMeasure(this),
        city: this.city, zoom: this.map.zoom},
      {active: this.map.active, focus: this.map.focus},
    )}</div>`;
  }
}
customElements.define('test-map', TestMap);

declare global {
  interface HTMLElementTagNameMap {
    'test-map': TestMap;
  }
}
