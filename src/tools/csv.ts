/**
 * A feed as a spreadsheet and back: one row per partner, one column per field, a column per language for
 * text (`name.bg`, `name.tr`), and the history as JSON in one column or as a second sheet of its own.
 * Plain functions, for the command line and for a page in the browser alike. The layout is in the README.
 */
import {parse, CsvError} from 'csv-parse/browser/esm/sync';
import {stringify} from 'csv-stringify/browser/esm/sync';
import type {Feed} from '../feed/types.js';
import {checkFeed, segments, type Finding} from './problems.js';

export interface CsvOptions {
  /** `,` (the default), or `;` as spreadsheets in Bulgaria and Turkey save CSV. */
  readonly separator?: ',' | ';';
  /** Put the history in a sheet of its own (`history` in the result), not in the partners' `history` column. */
  readonly historySheet?: boolean;
}

export interface Sheets {
  readonly partners: string;
  readonly history?: string;
}

/** A problem of a sheet, by its row (the header is row 1) and column; or of the home place, by its path. */
export interface CsvProblem {
  readonly file: 'partners' | 'history' | 'home';
  readonly row?: number;
  readonly columns?: readonly string[];
  /** For the home place: `home.url`. */
  readonly path?: string;
  readonly message: string;
}

type Json = Record<string, unknown>;

const TEXTS = ['name', 'region', 'formerName', 'summary'];
/** The partners' columns in order; text fields also have a column per language after their own. */
const PARTNER_COLUMNS = ['id', 'name', 'country', 'region', 'lat', 'lon', 'languages', 'url', 'wikidata', 'relation',
  'since', 'status', 'formerName', 'summary', 'history'];
const REQUIRED = ['id', 'country', 'relation'];
const EVENT_COLUMNS = ['partner', 'date', 'type', 'actor', 'text'];
const EVENT_TEXTS = ['actor', 'text'];
const FILES: CsvProblem['file'][] = ['home', 'partners', 'history'];
/** A cell that a spreadsheet would run as a formula gets a `'` first, which from-csv takes off again. */
const FORMULA = /^'*[=+\-@\t\r]/;

/** The feed's partners (and their history) as CSV text; values are written as the feed has them. */
export function feedToCsv(json: unknown, {separator = ',', historySheet = false}: CsvOptions = {}): Sheets {
  const partners = (isObject(json) && Array.isArray(json.partners) ? json.partners : []).filter(isObject);
  const columns = layout(partners, PARTNER_COLUMNS, TEXTS).filter((c) => !(historySheet && c === 'history'));
  const rows = partners.map((partner) => columns.map((column) => partnerCell(partner, column)));
  const sheets = {partners: write([columns, ...rows], separator)};
  if (!historySheet) return sheets;

  const events = partners.flatMap((partner) =>
    (Array.isArray(partner.history) ? partner.history : []).filter(isObject).map((event) => ({...event, partner: partner.id})));
  const eventColumns = layout(events, EVENT_COLUMNS, EVENT_TEXTS);
  return {...sheets, history: write([eventColumns, ...events.map((e) => eventColumns.map((c) => cell(fieldOf(e, c))))], separator)};
}

function partnerCell(partner: Json, column: string) {
  const {location} = partner;
  if (column === 'lat' || column === 'lon') return cell(isObject(location) ? location[column] : column === 'lat' ? location : undefined);
  if (column === 'languages' && Array.isArray(partner.languages)) return partner.languages.map(cell).join(', ');
  if (column === 'history') return partner.history === undefined ? '' : JSON.stringify(partner.history);
  return cell(fieldOf(partner, column));
}

/** A field by its column: `name` is the plain text, `name.bg` one language of it. */
function fieldOf(object: Json, column: string) {
  const [field, lang] = split(column);
  const value = object[field];
  if (lang !== undefined) return isObject(value) ? value[lang] : undefined;
  return TEXTS.includes(field) || EVENT_TEXTS.includes(field) ? (isObject(value) ? undefined : value) : value;
}

/** The columns these objects need: every base column, and for text a column per language they use, in order of use. */
function layout(objects: Json[], base: string[], texts: string[]) {
  return base.flatMap((column) => {
    if (!texts.includes(column)) return [column];
    const values = objects.map((object) => object[column]).filter((value) => value !== undefined);
    const langs = [...new Set(values.filter(isObject).flatMap((value) => Object.keys(value)))];
    const plain = values.some((value) => !isObject(value)) || !langs.length;
    return [...(plain ? [column] : []), ...langs.map((lang) => `${column}.${lang}`)];
  });
}

const cell = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return FORMULA.test(text) ? `'${text}` : text;
};

const write = (records: string[][], delimiter: string) =>
  stringify(records, {delimiter, record_delimiter: '\r\n', bom: true, quoted_match: /[\r\n]/});

/**
 * A feed from CSV: the partners' sheet, the home place (a place, or a feed whose `home` and `updated` are
 * taken), and optionally a history sheet. Each problem names its row and column; a bad row is left out and
 * the rest converted. The feed goes through the widgets' validator: what it would skip or drop is reported
 * and left out, so the feed returned is one the widgets show whole. No feed when a sheet cannot be read
 * (its header or its quoting) or the home place is unusable.
 */
export function feedFromCsv(partnersCsv: string, home: unknown, historyCsv?: string): {feed?: Feed; problems: CsvProblem[]} {
  const problems: CsvProblem[] = [];
  const partnersSheet = readSheet(partnersCsv, 'partners', PARTNER_COLUMNS, TEXTS, problems);
  const historySheet = historyCsv === undefined ? undefined : readSheet(historyCsv, 'history', EVENT_COLUMNS, EVENT_TEXTS, problems);
  if (!partnersSheet || (historyCsv !== undefined && !historySheet)) return {problems};

  const sources: {row: number; events?: number[]}[] = [];
  const partners = partnersSheet.map(({row, cells}) => {
    sources.push({row});
    return readPartner(cells, (columns, message) => problems.push({file: 'partners', row, columns, message}));
  });
  if (historySheet) addHistory(partners, sources, historySheet, problems);

  const {home: place, updated} = isObject(home) && 'partners' in home ? home : {home, updated: undefined};
  const built = compact({version: 1, updated, home: place, partners}) as Json;
  const {feed, findings} = checkFeed(built);
  problems.push(...findings.map((finding) => locate(finding, sources, partners)));
  const order = (problem: CsvProblem) => FILES.indexOf(problem.file) * 1e9 + (problem.row ?? 0);
  problems.sort((a, b) => order(a) - order(b));
  return feed ? {feed: without(built, findings) as unknown as Feed, problems} : {problems};
}

interface Row {
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** A sheet's rows by column name; undefined (and a problem) when its quoting or its header is wrong. */
function readSheet(text: string, file: CsvProblem['file'], base: string[], texts: string[], problems: CsvProblem[]) {
  let records: string[][];
  try {
    records = parse(text, {bom: true, delimiter: separatorOf(text), relax_column_count: true});
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return void problems.push({file, message: `not readable as CSV: ${error.message}`});
  }
  const [header = [], ...data] = records;
  const known = (column: string) => base.includes(column) || (texts.includes(column.split('.')[0]!) && /^[^.]+\.[A-Za-z0-9-]+$/.test(column));
  const unknown = header.filter((column) => column.trim() && !known(column.trim()));
  const names = header.map((column) => column.trim());
  const twice = names.filter((column, index) => column && names.indexOf(column) !== index);
  const required = file === 'partners' ? REQUIRED : ['partner', 'date', 'type'];
  const missing = required.filter((column) => !names.includes(column));
  if (file === 'partners' && !names.some((column) => split(column)[0] === 'name')) missing.push('name');
  const wrong = [
    unknown.length && `unknown column${unknown.length > 1 ? 's' : ''} ${quoteAll(unknown)}`,
    twice.length && `column${twice.length > 1 ? 's' : ''} ${quoteAll(twice)} given twice`,
    missing.length && `no column ${quoteAll(missing)}`,
  ].filter(Boolean);
  if (wrong.length) {
    const columns = base.map((c) => (texts.includes(c) ? `${c} (or ${c}.bg, ${c}.en…)` : c)).join(', ');
    return void problems.push({file, message: `${wrong.join('; ')}; the columns are ${columns}`});
  }

  return data.flatMap((record, index): Row[] => {
    const row = index + 2;
    if (record.every((value) => !value.trim())) return [];
    const extra = record.slice(names.length).some((value) => value.trim()) || record.some((value, i) => value.trim() && !names[i]);
    if (extra) return problems.push({file, row, message: 'has cells beyond the named columns; the row is skipped'}), [];
    return [{row, cells: Object.fromEntries(names.map((name, i) => [name, unguard(record[i] ?? '')]).filter(([name]) => name))}];
  });
}

/** The header names the columns, and names hold no separator: the one it has is the sheet's. */
function separatorOf(text: string) {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (separator: string) => header.split(separator).length;
  return [',', ';', '\t'].reduce((best, separator) => (count(separator) > count(best) ? separator : best));
}

type Complain = (columns: string[], message: string) => void;

function readPartner(cells: Record<string, string>, complain: Complain): Json {
  const value = (column: string) => (cells[column]?.trim() ? cells[column] : undefined);
  const trimmed = (column: string) => value(column)?.trim();
  const text = (field: string) => readText(cells, field, complain);
  return compact({
    id: trimmed('id'),
    name: text('name'),
    country: trimmed('country'),
    region: text('region'),
    location: readLocation(trimmed('lat'), trimmed('lon'), complain),
    languages: trimmed('languages')?.split(/[\s,;]+/).filter(Boolean),
    url: trimmed('url'),
    wikidata: trimmed('wikidata'),
    relation: trimmed('relation'),
    since: trimmed('since'),
    status: trimmed('status'),
    formerName: text('formerName'),
    summary: text('summary'),
    history: readJson(value('history'), complain),
  });
}

/** Text from its columns: the plain one, or one per language (not both). */
function readText(cells: Record<string, string>, field: string, complain: Complain) {
  const langs = Object.entries(cells).filter(([column, value]) => split(column)[0] === field && split(column)[1] && value.trim());
  const plain = cells[field]?.trim() ? cells[field] : undefined;
  if (plain !== undefined && langs.length) {
    complain([field], `a plain ${field} beside ${field} per language (${langs.map(([c]) => c).join(', ')}); the plain one is left out`);
  }
  return langs.length ? Object.fromEntries(langs.map(([column, text]) => [split(column)[1], text])) : plain;
}

/** Decimal degrees; a decimal comma (`40,6294`, as a Bulgarian or Turkish spreadsheet writes it) is read too. */
function readLocation(lat: string | undefined, lon: string | undefined, complain: Complain) {
  if (lat === undefined && lon === undefined) return undefined;
  const numbers = [lat, lon].map((text) => (text !== undefined && /^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i.test(text)
    ? Number(text.replace(',', '.')) : undefined));
  const bad = ['lat', 'lon'].filter((_, i) => numbers[i] === undefined);
  if (!bad.length) return {lat: numbers[0], lon: numbers[1]};
  const shown = bad.map((column) => (column === 'lat' ? lat : lon)).map((text) => (text === undefined ? 'missing' : `"${text}" is not a number`));
  return void complain(bad, `${shown.join(', ')}; the location is left out`);
}

function readJson(text: string | undefined, complain: Complain) {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return void complain(['history'], 'not the history as JSON (an array of events); the history is left out');
  }
}

/** Gives each partner the events of its rows in the history sheet, in the sheet's order. */
function addHistory(partners: Json[], sources: {row: number; events?: number[]}[], sheet: Row[], problems: CsvProblem[]) {
  // An id given twice is the first row's: the second is skipped as a duplicate.
  const byId = new Map(partners.map((partner, index) => [partner.id, index]).reverse() as [unknown, number][]);
  const events = new Map<number, Json[]>();
  for (const {row, cells} of sheet) {
    const id = cells.partner?.trim();
    const index = byId.get(id);
    if (index === undefined) {
      problems.push({file: 'history', row, columns: ['partner'], message: `${id ? `no partner "${id}" in the partners' sheet` : 'missing'}; the row is skipped`});
      continue;
    }
    const complain: Complain = (columns, message) => problems.push({file: 'history', row, columns, message});
    const trimmed = (column: string) => (cells[column]?.trim() || undefined);
    const event = compact({date: trimmed('date'), type: trimmed('type'), actor: readText(cells, 'actor', complain), text: readText(cells, 'text', complain)});
    events.set(index, [...(events.get(index) ?? []), event]);
    (sources[index]!.events ??= []).push(row);
  }
  for (const [index, list] of events) {
    if (partners[index]!.history !== undefined) {
      problems.push({file: 'partners', row: sources[index]!.row, columns: ['history'], message: "the history sheet has this partner's events too; the column is left out"});
    }
    partners[index]!.history = list;
  }
}

/** What the widgets do, said of a sheet. */
const CONSEQUENCE: Record<Finding['effect'], (finding: Finding, inColumn: boolean) => string> = {
  feed: () => 'no feed can be made',
  entry: (_, inColumn) => (inColumn ? 'the event is left out' : 'the row is skipped'),
  field: () => 'the cell is left out',
  part: ({path}) => (/\]$/.test(path) ? 'the tag is left out' : 'the cell is left out'),
  fallback: ({shown}) => `written as "${shown}"`,
  schema: () => '',
};

/** A finding about the built feed, as the row and column of the sheet it came from. */
function locate(finding: Finding, sources: {row: number; events?: number[]}[], partners: Json[]): CsvProblem {
  const [, index, rest = ''] = /^partners\[(\d+)\](.*)$/s.exec(finding.path) ?? [];
  if (index === undefined) return {file: 'home', path: finding.path, message: `${finding.what}; ${CONSEQUENCE[finding.effect](finding, false)}`};
  const {row, events} = sources[Number(index)]!;
  const [, event, inEvent = ''] = /^\.history\[(\d+)\](.*)$/s.exec(rest) ?? [];
  const message = (inColumn = false) => `${finding.what}; ${CONSEQUENCE[finding.effect](finding, inColumn)}`;
  if (event !== undefined && events) return {file: 'history', row: events[Number(event)], columns: columnsOf(inEvent), message: message()};
  if (event !== undefined) return {file: 'partners', row, columns: ['history'], message: `history[${event}]${inEvent}: ${message(true)}`};
  const columns = columnsOf(rest);
  const plain = columns?.length === 1 && TEXTS.includes(columns[0]!) && isObject(partners[Number(index)]![columns[0]!]);
  return {file: 'partners', row, columns: plain ? [`${columns![0]}.…`] : columns, message: message()};
}

/** `.name.bg` → `name.bg`, `.languages[1]` → `languages`, `.location` → `lat`, `lon`. */
function columnsOf(rest: string) {
  const column = rest.replace(/^\./, '').replace(/\[\d+\]$/, '');
  return !column ? undefined : column === 'location' ? ['lat', 'lon'] : [column];
}

/** The built feed without what the validator skipped or dropped, and with the words it shows instead. */
function without(feed: Json, findings: Finding[]): Json {
  const copy = structuredClone(feed);
  const gone = Symbol('gone');
  for (const {lost, effect, shown} of findings) {
    const keys = segments(lost);
    const key = keys.pop()!;
    const parent = keys.reduce<unknown>((value, k) => (value as Record<string | number, unknown>)[k], copy) as Record<string | number, unknown>;
    if (effect === 'fallback') parent[key] = shown;
    else if (Array.isArray(parent)) parent[key as number] = gone;
    else delete parent[key];
  }
  const clean = (value: unknown): unknown => (Array.isArray(value) ? value.filter((item) => item !== gone).map(clean)
    : isObject(value) ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clean(item)])) : value);
  return clean(copy) as Json;
}

const split = (column: string) => {
  const dot = column.indexOf('.');
  return (dot < 0 ? [column] : [column.slice(0, dot), column.slice(dot + 1)]) as [string, string?];
};
const unguard = (text: string) => (FORMULA.test(text) && text.startsWith("'") ? text.slice(1) : text);
const quoteAll = (columns: string[]) => columns.map((c) => `"${c}"`).join(', ');
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const compact = (object: Json) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
