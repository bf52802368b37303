// The timeline layout: one heading per year of the relations' start, oldest first; undated ones last.
// A chunk of its own, loaded only by lists with `layout="timeline"`.
import {css, html} from 'lit';
import type {Partner} from '../feed/types.js';
import {renderItems, type Layout} from './layout.js';
import list from './list.js';

const timeline: Layout = {
  name: 'list timeline',
  sort: '-date',
  item: list.item,
  group: (partner) => partner.since?.slice(0, 4) ?? '',
  heading: (year, {locale, level}) =>
    html`<div class="year" part="year" role="heading" aria-level=${level}>${year ? locale.date(year) : locale.t.dateUnknown}</div>`,
  render(entries) {
    const years = new Map<string, Partner[]>();
    for (const partner of entries.partners) {
      const year = timeline.group!(partner);
      years.get(year)?.push(partner) ?? years.set(year, [partner]);
    }
    return html`<div part="list" role="group" aria-label=${entries.label}>${[...years].map(([year, group]) => html`
      ${timeline.heading!(year, entries)}
      ${renderItems(timeline, group, entries)}`)}
    </div>`;
  },
  // Its entries are the list layout's, under year headings and along a line in the accent colour.
  styles: [
    list.styles!,
    css`
      .year {
        margin: 1em 0 0.25em;
        font-size: 1.125em;
        font-weight: 700;
      }
      .year:first-child {
        margin-block-start: 0;
      }
      .timeline {
        margin-inline-start: 0.375em;
        padding-inline-start: 1em;
        border-inline-start: 0.125em solid var(--_accent);
      }
    `,
  ],
};

export default timeline;
