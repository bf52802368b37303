// What a layout of <twin-cities-list> is: a value that shows the entries it is given, as one list of its
// items unless it has a `render` of its own, with its placeholder while they load, and its CSS. The list
// chooses the entries (country, sort, search, limit); a layout only shows them.
import {html, nothing, type CSSResultGroup, type TemplateResult} from 'lit';
import type {Partner, Place} from '../feed/types.js';
import type {Locale} from '../i18n/locale.js';

export type Sort = 'date' | '-date' | 'name' | 'country';

export interface Entries {
  /** The partners to show, in order. */
  readonly partners: readonly Partner[];
  readonly home: Place;
  readonly locale: Locale;
  /** The list's accessible name. */
  readonly label: string;
  /** The level of the layout's headings, 1 to 6. */
  readonly level: number;
}

export interface Layout {
  /** The class of its lists, which its CSS styles. */
  readonly name: string;
  /** What one entry's item shows. */
  item(partner: Partner, entries: Entries): unknown;
  /** The entries as a whole, where they are more than one list of items (the timeline). */
  render?(entries: Entries): TemplateResult;
  /**
   * Where entries stand under headings (the timeline's years): the group of a partner (consecutive
   * partners share it), and a group's heading.
   */
  group?(partner: Partner): string;
  heading?(group: string, entries: Entries): TemplateResult;
  /** A placeholder of `rows` entries' size; the list layout's when absent. */
  skeleton?(rows: number): TemplateResult;
  /** Adopted by the list that shows the layout, so that a layout in a chunk brings its CSS with it. */
  readonly styles?: CSSResultGroup;
  /** An order the layout imposes over the list's `sort` (the timeline's, oldest first). */
  readonly sort?: Sort;
}

/** The entries as the layout shows them. */
export const renderLayout = (layout: Layout, entries: Entries) =>
  layout.render?.(entries) ?? renderItems(layout, entries.partners, entries, entries.label);

/**
 * A list of the partners, each item carrying its partner's id (`data-id`) for the list's events. With a
 * label, it is the list itself (`part="list"`); without, a group inside one.
 */
export function renderItems(layout: Layout, partners: readonly Partner[], entries: Entries, label?: string) {
  return html`<ul class=${layout.name} part=${label ? 'list' : nothing} role="list" aria-label=${label ?? nothing}>${
    partners.map((partner) => html`<li part="item" data-id=${partner.id}>${layout.item(partner, entries)}</li>`)}</ul>`;
}

/** Placeholder rows, real list rows so that they take exactly the rows' space, hidden from screen readers. */
export function renderSkeletonRows(className: string, rows: number) {
  return html`<ul class=${className} aria-hidden="true">${Array.from({length: rows}, () => html`<li><span class="skeleton"></span></li>`)}</ul>`;
}
