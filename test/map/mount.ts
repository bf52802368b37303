// What the map's tests share: a <twin-cities-map> drawn in a container of a given width, and how to read
// what it drew.
import {fixtureSync, html} from '@open-wc/testing';
import '../../src/define/twin-cities-map.js';
import type {TwinCitiesMap} from '../../src/twin-cities-map.js';
import {settled} from '../helpers.js';

export interface MapOptions {
  /** The container's width, in CSS pixels; the map's height follows from its aspect. */
  width: number;
  /** Attributes of the element (`lang` is `en` unless given). */
  attributes?: Record<string, string>;
  /** A feed object for the `feed` property; the package's feed (Asenovgrad's) when absent, or `attributes.src`'s. */
  feed?: unknown;
  /** `--twin-cities-map-aspect`, for a box of another shape than the default. */
  aspect?: string;
}

/** A map inside a container of `width` pixels, once it has drawn itself to its size. */
export async function mountMap({width, attributes = {}, feed, aspect}: MapOptions): Promise<TwinCitiesMap> {
  const container = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('twin-cities-map');
  for (const [name, value] of Object.entries({lang: 'en', ...attributes})) el.setAttribute(name, value);
  if (feed !== undefined) el.feed = feed;
  if (aspect) el.style.setProperty('--twin-cities-map-aspect', aspect);
  container.append(el);
  return settled(el);
}

export const all = <E extends Element = SVGElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
export const markers = (el: Element) => all<SVGElement>(el, '[part~=marker]');

/** The partner ids each marker stands for: one, or a cluster's. */
export const shown = (el: Element) => markers(el).flatMap((marker) => (marker.dataset.members ?? marker.dataset.id!).split(' '));

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The shipped feed, as JSON, for tests that change it before giving it to a map. */
export const shippedJson = async () => (await fetch('/data/twin-cities.json')).json();
