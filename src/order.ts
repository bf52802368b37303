// Which partners a list shows, in which order: the list's `country` and `sort`, shared by the element and the
// pre-rendered snippet (src/render.ts), so that both show the same entries in the same order; the map's
// `country` too.
import type {Feed, Partner} from './feed/types.js';
import type {Locale} from './i18n/locale.js';
import type {Sort} from './layouts/layout.js';

/** How a long feed is sorted (src/long-list.ts): as `compare` orders, with what it compares computed once. */
export type Sorter = (partners: Partner[], locale: Locale, sort: Sort, compare: (a: Partner, b: Partner) => number) => Partner[];

/** The partners in these countries (comma-separated ISO codes, an element's `country`); all of them without. */
export function inCountries(partners: readonly Partner[], country: string | undefined): readonly Partner[] {
  const codes = country?.toUpperCase().split(',').map((code) => code.trim()).filter(Boolean);
  return codes?.length ? partners.filter((partner) => codes.includes(partner.country)) : partners;
}

/** The feed's partners in these countries (comma-separated ISO codes; all without), in this order. */
export function orderPartners(feed: Feed, locale: Locale, sort: Sort, country?: string, sorter?: Sorter): Partner[] {
  const partners = [...inCountries(feed.partners, country)];
  const name = (p: Partner) => locale.text(p.name);
  const byName = (a: Partner, b: Partner) => locale.collator.compare(name(a), name(b));
  // Undated partners go last in either direction; partial dates compare correctly as strings.
  const byDate = (a: Partner, b: Partner) => (!a.since || !b.since ? Number(!a.since) - Number(!b.since) :
    a.since < b.since ? -1 : a.since > b.since ? 1 : 0);
  const compare = {
    date: (a: Partner, b: Partner) => (!a.since || !b.since ? byDate(a, b) : -byDate(a, b)),
    '-date': byDate,
    name: byName,
    country: (a: Partner, b: Partner) =>
      locale.collator.compare(locale.country(a.country), locale.country(b.country)) || byName(a, b),
  }[sort] ?? byDate;
  return sorter ? sorter(partners, locale, sort, compare) : partners.sort(compare);
}
