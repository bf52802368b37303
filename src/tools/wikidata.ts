/**
 * A feed from Wikidata's "twinned administrative body" (P190): the query to paste into Wikidata's query
 * service, and the conversion of its result (SPARQL 1.1 JSON results, downloaded from there) into a
 * feed. Plain functions: nothing here makes a request; the result is read offline.
 */
import {httpUrl} from '../feed/validate.js';
import type {Feed, Partner, Place} from '../feed/types.js';
import {LANGUAGES} from '../i18n/locale.js';
import {checkFeed, sentence, type Problem} from './problems.js';

const QID = /^Q[1-9]\d*$/;

/**
 * Wikidata's label languages for the widgets' nine. Serbian comes as `sr` (mostly Cyrillic), `sr-ec`
 * (Cyrillic) and `sr-el` (Latin); `mul`, the label for all languages that have none of their own, stands
 * in for a missing English one.
 */
const LABELS = [...LANGUAGES.filter((lang) => !lang.startsWith('sr')), 'sr', 'sr-ec', 'sr-el', 'mul'];
const variable = (label: string) => `label_${label.replace(/-/g, '_')}`;

/** Precisions of Wikidata's time values: 9 a year, 10 a month, 11 a day; the date is written to that length. */
const PRECISION: Record<string, number> = {9: 4, 10: 7, 11: 10};

/** The SPARQL query for the home item `qid` and its partners, ready to paste into the query service. */
export function wikidataQuery(qid: string): string {
  if (!QID.test(qid)) throw new RangeError(`"${qid}" is not a Wikidata id (Q and digits, e.g. Q191871)`);
  const labels = LABELS.map((label) =>
    `  OPTIONAL { ?item rdfs:label ?${variable(label)}. FILTER(LANG(?${variable(label)}) = "${label}") }`);
  return `# ${qid} and its twinned administrative bodies (P190), for twin-cities from-wikidata.
# Run it in Wikidata's query service (query.wikidata.org), then download the result as JSON.
SELECT ?item ?role ?start ?startPrecision ?country ?coordinates ?website ${LABELS.map((l) => `?${variable(l)}`).join(' ')} WHERE {
  {
    BIND(wd:${qid} AS ?item)
    BIND("home" AS ?role)
  } UNION {
    # Twinning is often stated on one side only: the home item's statements, and its partners' about it.
    { wd:${qid} p:P190 ?statement. ?statement ps:P190 ?item. }
    UNION
    { ?item p:P190 ?statement. ?statement ps:P190 wd:${qid}. }
    ?statement wikibase:rank ?rank.
    FILTER(?rank != wikibase:DeprecatedRank)
    BIND("partner" AS ?role)
    OPTIONAL { ?statement pqv:P580 ?startValue. ?startValue wikibase:timeValue ?start; wikibase:timePrecision ?startPrecision. }
  }
  OPTIONAL { ?item wdt:P17 ?state. ?state wdt:P297 ?country. }
  OPTIONAL { ?item wdt:P625 ?coordinates. }
  OPTIONAL { ?item wdt:P856 ?website. }
${labels.join('\n')}
}
ORDER BY ?role DESC(?start) ?item
`;
}

type Binding = Record<string, {readonly type: string; readonly value: string} | undefined>;

/** One item's rows, read: every value each column had, in the rows' order. */
interface Item {
  readonly qid: string;
  readonly rows: Binding[];
}

/**
 * A feed from the result of `wikidataQuery(homeQid)`: names in the nine languages where Wikidata has them,
 * country codes, coordinates, official sites, start dates at their precision, Wikidata ids, relation
 * `twin`. What cannot go into a valid feed is left out
 * and said in `problems`; no feed when the result is not that query's or the home item is unusable.
 */
export function feedFromWikidata(results: unknown, homeQid: string): {feed?: Feed; problems: Problem[]} {
  const bindings = (results as {results?: {bindings?: unknown}} | null)?.results?.bindings;
  if (!Array.isArray(bindings)) return fatal('', 'not a SPARQL JSON result (no results.bindings)');
  const items = new Map<string, Item>();
  const partnerIds: string[] = [];
  for (const row of bindings as Binding[]) {
    const qid = /\/entity\/(Q\d+)$/.exec(row.item?.value ?? '')?.[1];
    if (!qid) continue;
    const key = row.role?.value === 'home' ? 'home' : qid;
    if (key !== 'home' && !items.has(key)) partnerIds.push(key);
    if (!items.has(key)) items.set(key, {qid, rows: []});
    items.get(key)!.rows.push(row);
  }
  const homeItem = items.get('home');
  if (!homeItem || homeItem.qid !== homeQid) {
    return fatal(homeQid, `the result has no row for ${homeQid} as home: is it the result of wikidata-query ${homeQid}?`);
  }

  const problems: Problem[] = [];
  const ids = new Set<string>();
  const home = place(homeItem, ids, problems);
  if (!home) return {problems: problems.map((problem) => ({...problem, effect: 'feed'}))};
  const partners = partnerIds.flatMap((qid): Partner[] => {
    const item = items.get(qid)!;
    const base = place(item, ids, problems);
    if (!base) return [];
    return [{...base, relation: 'twin', ...since(item, problems), status: 'active'}];
  });

  const {feed, findings} = checkFeed({version: 1, home, partners});
  problems.push(...findings.map((finding) => ({path: finding.path, message: sentence(finding), effect: finding.effect})));
  return {feed, problems};
}

const fatal = (path: string, message: string) => ({problems: [{path, message, effect: 'feed' as const}]});

/** The first value a column has in an item's rows. */
const first = (item: Item, column: string) => values(item, column)[0];
const values = (item: Item, column: string) =>
  [...new Set(item.rows.map((row) => row[column]?.value).filter((value): value is string => !!value?.trim()))];

function place(item: Item, ids: Set<string>, problems: Problem[]): Place | undefined {
  const name = labels(item);
  const skip = (what: string) => void problems.push({path: item.qid, message: `${what}; the place is left out`, effect: 'entry'});
  if (!Object.keys(name).length) return skip(`no label in any of the languages ${LANGUAGES.join(', ')}, nor "mul"`);
  const title = titleOf(item);
  const country = first(item, 'country');
  if (!country) return skip(`${title}: no country with an ISO 3166-1 code (P17, P297)`);

  const websites = values(item, 'website');
  const accepted = websites.filter((url) => typeof httpUrl(url) === 'string');
  for (const url of websites.filter((url) => !accepted.includes(url))) {
    problems.push({path: item.qid, message: `${title}: website "${url}" is not an http(s) address; the website is left out`, effect: 'field'});
  }
  const location = values(item, 'coordinates').map(point).find(Boolean);
  return {
    id: uniqueId(name, item.qid, ids),
    name,
    country,
    ...(location && {location}),
    ...(accepted.length && {url: accepted.find((url) => url.startsWith('https:')) ?? accepted[0]}),
    wikidata: item.qid,
  };
}

/** How problems name an item (beside its id): by its English name, else any. */
const titleOf = (item: Item) => {
  const name = labels(item);
  return name.en ?? Object.values(name)[0] ?? item.qid;
};

/** Names by the widgets' language tags, where Wikidata has them; Serbian by script. */
function labels(item: Item): Record<string, string> {
  const label = (lang: string) => first(item, variable(lang));
  const sr = label('sr');
  const cyrillic = sr !== undefined && /\p{Script=Cyrillic}/u.test(sr);
  const found: Record<string, string | undefined> = {
    ...Object.fromEntries(LANGUAGES.map((lang) => [lang, label(lang)])),
    en: label('en') ?? label('mul'),
    sr: label('sr-ec') ?? (cyrillic ? sr : undefined),
    'sr-Latn': label('sr-el') ?? (sr !== undefined && !cyrillic ? sr : undefined),
  };
  return Object.fromEntries(LANGUAGES.filter((lang) => found[lang] !== undefined).map((lang) => [lang, found[lang]!]));
}

/** `[a-z0-9-]+` from the English name (else a name in Latin letters, else the Wikidata id), unique in the feed. */
function uniqueId(name: Record<string, string>, qid: string, ids: Set<string>) {
  const latin = [name.en, name.tr, name.id, name['sr-Latn']].find((text) => text && /^[\p{Script=Latin}\P{L}]+$/u.test(text));
  const base = slug(latin ?? '') || qid.toLowerCase();
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

/** Letters that do not decompose into a Latin letter and a mark. */
const LETTERS: Record<string, string> = {ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', þ: 'th', ð: 'd'};
const slug = (text: string) => text.toLowerCase().replace(/[ıßøæœđłþð]/g, (letter) => LETTERS[letter]!)
  .normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** `Point(24.8667 42.0167)`: longitude first. */
function point(wkt: string) {
  const match = /^\s*Point\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)\s*$/i.exec(wkt);
  return match ? {lat: Number(match[2]), lon: Number(match[1])} : undefined;
}

/** The earliest start time of the item's statements, written to its precision. */
function since(item: Item, problems: Problem[]): {since?: string} {
  const starts = item.rows.filter((row) => row.start?.value).map((row) => ({time: row.start!.value, precision: row.startPrecision?.value ?? ''}))
    .sort((a, b) => a.time.localeCompare(b.time));
  const start = starts[0];
  if (!start) return {};
  const length = PRECISION[start.precision];
  const date = /^\d{4}-\d\d-\d\d/.exec(start.time)?.[0];
  if (length && date) return {since: date.slice(0, length)};
  problems.push({path: item.qid, message: `${titleOf(item)}: start time ${start.time} at precision ${start.precision || 'unknown'} is not a year, month or day; the start date is left out`, effect: 'field'});
  return {};
}
