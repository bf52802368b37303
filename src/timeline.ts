// The list's timeline layout: a chunk of its own, loaded only by lists with `layout="timeline"`.
import {html, type TemplateResult} from 'lit';
import type {Partner} from './feed/types.js';
import type {Locale} from './i18n/locale.js';

/** One heading per year of the relations' start, in the order given (oldest first); undated ones last. */
export function renderTimeline(
  partners: Partner[],
  locale: Locale,
  label: string,
  level: number,
  entry: (partner: Partner) => TemplateResult,
  onClick: (event: Event) => void,
) {
  const years = new Map<string, Partner[]>();
  for (const partner of partners) {
    const year = partner.since?.slice(0, 4) ?? '';
    years.set(year, [...(years.get(year) ?? []), partner]);
  }
  return html`<div part="list" role="group" aria-label=${label} @click=${onClick}>${[...years].map(([year, group]) => html`
    <div class="year" part="year" role="heading" aria-level=${level}>${year ? locale.date(year) : locale.t.dateUnknown}</div>
    <ul class="list timeline" role="list">${group.map((partner) =>
      html`<li part="item" data-id=${partner.id}>${entry(partner)}</li>`)}</ul>`)}
  </div>`;
}
