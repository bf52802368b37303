// What the reference pages (the innerHTML and virtualizer floors, the static pages of N partners) show for
// one partner: the widget's entry in English (flag, name linked to its site, own-language name, country,
// relation and date), with the `Intl` objects made once, the search's folded names and the sort orders
// computed once per feed. Plain functions: the floors' pages and Node's page writer both call them.

const RELATION = {twin: 'Twin city', partner: 'Partner city', cooperation: 'Cooperation agreement'};
const LANG = 'en';

/** Case- and accent-insensitive, as the widget's search is ("Nilüfer" and "NILUFER" are "nilufer"). */
export const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);

/** Text in English, or else the first language there is. */
const english = (text) => (typeof text === 'string' ? text : text[LANG] ?? Object.values(text)[0]);

/** Everything a row shows, as plain strings, for every partner of a feed; made once per feed. */
export function prepare(feed, flagBase) {
  const regions = new Intl.DisplayNames(LANG, {type: 'region'});
  const dates = [{year: 'numeric'}, {year: 'numeric', month: 'long'}, {dateStyle: 'long'}]
    .map((options) => new Intl.DateTimeFormat(LANG, {timeZone: 'UTC', ...options}));
  const countries = new Map();
  const country = (code) => {
    if (!countries.has(code)) countries.set(code, regions.of(code) ?? code);
    return countries.get(code);
  };
  const collator = new Intl.Collator(LANG);
  const rows = feed.partners.map((p, index) => {
    const name = english(p.name);
    const lang = p.languages?.[0];
    const own = typeof p.name === 'object' && lang ? p.name[lang] : undefined;
    const parts = p.since?.split('-').map(Number);
    const names = [p.name, p.formerName].flatMap((n) => (n === undefined ? [] : typeof n === 'string' ? [n] : Object.values(n)));
    return {
      id: p.id, index, name, url: p.url, since: p.since, relation: RELATION[p.relation] ?? RELATION.partner,
      inactive: p.status === 'inactive', country: country(p.country), flag: `${flagBase}${p.country.toLowerCase()}.svg`,
      own: own !== name ? own : undefined, lang,
      formerName: p.formerName ? english(p.formerName) : undefined,
      date: parts && dates[parts.length - 1].format(Date.UTC(parts[0], (parts[1] ?? 1) - 1, parts[2] ?? 1)),
      search: fold(names.join('\n')),
    };
  });
  return {rows, collator};
}

/** The partners in the widget's default order: newest first, undated ones last, ties in feed order. */
export function byDate(rows) {
  return [...rows].sort((a, b) => (!a.since || !b.since ? Number(!a.since) - Number(!b.since) : a.since < b.since ? 1 : a.since > b.since ? -1 : 0));
}

/** By country name, then by name, in English (`sort="country"`). */
export function byCountry(rows, collator) {
  return [...rows].sort((a, b) => collator.compare(a.country, b.country) || collator.compare(a.name, b.name));
}

/** The rows whose names, in any language, contain the query. */
export function search(rows, query) {
  const folded = fold(query.trim());
  return folded ? rows.filter((row) => row.search.includes(folded)) : rows;
}

/**
 * A floor's page: its feed's rows, shown by `show(found, list)` once loaded, at each keystroke in its search
 * and at each sort change (`benchSort`, which the benchmark calls), with the count of the entries found.
 */
export async function floor(show) {
  const list = document.getElementById('list');
  const input = document.getElementById('search');
  const count = document.getElementById('count');
  const feed = await (await fetch(list.dataset.src)).json();
  const {rows, collator} = prepare(feed, '/data/flags/');
  let order = byDate(rows);
  const update = () => {
    const found = search(order, input.value);
    count.textContent = `${found.length.toLocaleString('en')} twin cities`;
    show(found, list);
  };
  input.addEventListener('input', update);
  window.benchSort = (sort) => {
    order = sort === 'country' ? byCountry(rows, collator) : byDate(rows);
    update();
  };
  update();
}

/** One entry as HTML: the same elements the widget's list entry has. */
export function rowHtml(row) {
  const name = row.url ? `<a href="${escape(row.url)}" rel="noopener noreferrer">${escape(row.name)}</a>` : escape(row.name);
  return `<li data-id="${row.id}"><img class="flag" src="${row.flag}" alt="Flag of ${escape(row.country)}" loading="lazy">`
    + `<span><span class="name">${name}${row.own ? ` <span class="native" lang="${row.lang}">${escape(row.own)}</span>` : ''}</span>`
    + `${row.formerName ? ` <span class="former">formerly ${escape(row.formerName)}</span>` : ''}`
    + ` <span class="meta"><span>${escape(row.country)}</span> · <span>${row.relation}</span>`
    + `${row.date ? ` <time datetime="${row.since}">since ${row.date}</time>` : ''}${row.inactive ? ' <span>(no longer active)</span>' : ''}</span></span></li>`;
}

/** The list's look, close to the widget's own, so that rows are as tall and as many fit a screen. */
export const ROW_CSS = `
  #list { margin: 0; padding: 0; list-style: none; }
  #list > li { display: flex; gap: 0.75em; align-items: flex-start; padding-block: 0.625em; border-block-end: 1px solid #d0d7de;
    box-sizing: border-box; width: 100%; }
  #list .flag { flex: none; width: 1.333em; height: 1em; object-fit: cover; margin-block-start: 0.2em; }
  #list .name { font-weight: 600; }
  #list .native, #list .former { font-weight: normal; }
  #list .meta { display: block; color: #57606a; font-size: 0.875em; }
`;
