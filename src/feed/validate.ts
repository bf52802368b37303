import {intl} from '../intl.js';
import {FeedError, type FeedIssue} from './errors.js';
import {
  EVENT_TYPES, RELATIONS, STATUSES,
  type Feed, type Location, type Partner, type Text, type TwinEvent,
} from './types.js';

export interface ValidFeed {
  readonly feed: Feed;
  /** What was left out, in feed order; each was also reported to `warn`. */
  readonly skipped: readonly FeedIssue[];
}

/** Longer feed text is cut: no sane name or summary is this long, and a huge string must not freeze the page. */
export const MAX_TEXT = 5000;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WIKIDATA = /^Q[1-9]\d*$/;
// Years from 1000: no relation is older, and Date.UTC reads years below 100 as 19xx.
const PARTIAL_DATE = /^([1-9]\d{3})(?:-(\d\d)(?:-(\d\d))?)?$/;
// What Intl names but ISO 3166-1 does not assign: user-assigned codes (AA, QM–QZ, XA–XZ but Kosovo's XK,
// which is in common use, ZZ); reserved ones (AC, CQ, EA, EU, EZ, TA, UN); and old or alias codes (AN, BU,
// CS, DD, DY, FX, HV, NH, RH, SU, TP, UK, VD, YD, YU, ZR), which not every engine canonicalises.
export const NOT_A_COUNTRY = /^(?:A[ACN]|BU|C[QS]|D[DY]|E[AUZ]|FX|HV|NH|Q[M-Z]|RH|SU|T[AP]|U[KN]|VD|X[A-JL-Z]|Y[DU]|Z[RZ])$/;

/** A field's check returns its clean value, or `INVALID` to have the field dropped and reported. */
const INVALID = Symbol();
type Check<T> = (value: unknown, path: string) => T | typeof INVALID;
type Report = (path: string, reason: string) => void;

/**
 * Checks parsed JSON against feed format version 1 and returns a feed that holds only valid data.
 * Throws a `FeedError` of code `invalid` when the feed as a whole is unusable; a bad partner entry
 * is skipped and a bad optional field dropped, each reported, so nothing valid is lost beside it.
 * Fields the format does not have are left out without a word: a feed written for a later minor
 * version still shows whole (the schema, not the widget, holds authors to the format).
 * Each issue is also told to `warn`, the browser's console for widgets; tools that list the issues
 * themselves pass a function that does nothing.
 */
export function validateFeed(json: unknown, warn: (message: string) => void = console.warn): ValidFeed {
  const skipped: FeedIssue[] = [];
  const report: Report = (path, reason) => {
    skipped.push({path, reason});
    warn(`twin-cities: ${path} skipped: ${reason}`);
  };
  const fatal = (path: string, reason: string): never => {
    throw new FeedError('invalid', `The feed is invalid: ${path || '/'}: ${reason}`, {path});
  };

  if (!isObject(json)) return fatal('', `expected an object, found ${kind(json)}`);
  if (json.version !== 1) fatal('version', json.version === undefined ? 'missing' : `${show(json.version)} is not 1`);
  if (!Array.isArray(json.partners)) fatal('partners', `expected an array, found ${kind(json.partners)}`);

  // Home is required: the problem that made it unusable is the last one it reported.
  const home = place(json.home, 'home');
  if (!home) return fatal(skipped.at(-1)!.path, skipped.pop()!.reason);

  const feed: Record<string, unknown> = {version: 1};
  fields(json, '', feed)('updated', (v) => (isDate(v) && v.length == 10 ? v : INVALID));
  const ids = new Set([home.id]);
  const partners: Partner[] = [];
  (json.partners as unknown[]).forEach((entry, index) => {
    const path = `partners[${index}]`;
    const partner = place(entry, path);
    if (!partner) return;
    if (ids.has(partner.id as string)) return report(path, `duplicate id "${partner.id}"`);
    ids.add(partner.id as string);
    const field = fields(entry as Record<string, unknown>, path, partner);
    partner.relation = oneOf((entry as Partner).relation, RELATIONS, 'partner', path, 'relation');
    field('since', (v) => (isDate(v) ? v : INVALID));
    partner.status = 'active';
    field('status', (v) => (STATUSES.includes(v as never) ? v : INVALID));
    field('formerName', text);
    field('summary', text);
    field('history', history);
    partners.push(partner as unknown as Partner);
  });
  feed.home = home;
  feed.partners = partners;
  return {feed: feed as unknown as Feed, skipped};

  /** A place, or `undefined` (reported) when one of its required fields is bad. */
  function place(value: unknown, path: string): Record<string, unknown> | undefined {
    if (!isObject(value)) return void report(path, `expected an object, found ${kind(value)}`);
    const {id, country} = value;
    if (typeof id !== 'string' || !ID.test(id)) return void report(path, `id ${show(id)} is not [a-z0-9-]+`);
    const name = text(value.name, `${path}.name`);
    if (name === INVALID) return void report(path, `name ${show(value.name)} is not text`);
    if (!isCountry(country)) return void report(path, `country ${show(country)} is not an ISO 3166-1 alpha-2 code`);
    const checked: Record<string, unknown> = {id, name, country};
    const field = fields(value, path, checked);
    field('region', text);
    field('location', location);
    field('languages', languages);
    field('url', httpUrl);
    field('wikidata', (v) => (typeof v === 'string' && WIKIDATA.test(v) ? v : INVALID));
    return checked;
  }

  function history(value: unknown, path: string): TwinEvent[] | typeof INVALID {
    if (!Array.isArray(value)) return INVALID;
    return value.flatMap((event, index): TwinEvent[] => {
      const at = `${path}[${index}]`;
      if (!isObject(event)) return report(at, `expected an object, found ${kind(event)}`), [];
      if (!isDate(event.date)) return report(at, `date ${show(event.date)} is not YYYY, YYYY-MM or YYYY-MM-DD`), [];
      const checked = {date: event.date, type: oneOf(event.type as TwinEvent['type'], EVENT_TYPES, 'other', at, 'type')};
      const field = fields(event, at, checked);
      field('actor', text);
      field('text', text);
      return [checked as TwinEvent];
    });
  }

  /** Text: a string, or an object of BCP 47 tag → string whose bad entries are dropped one by one. */
  function text(value: unknown, path: string): Text | typeof INVALID {
    if (typeof value === 'string') return value.trim() ? cut(value) : INVALID;
    if (!isObject(value)) return INVALID;
    let checked: Record<string, string> | undefined;
    for (const lang of Object.keys(value)) {
      const string = value[lang];
      // Only a language tag becomes a key (never "__proto__"), so plain assignment is safe.
      if (isLanguage(lang) && typeof string === 'string' && string.trim() !== '') (checked ??= {})[lang] = cut(string);
      else report(`${path}.${lang}`, isLanguage(lang) ? `${show(string)} is not text` : 'not a BCP 47 language tag');
    }
    return checked ?? INVALID;
  }

  function languages(value: unknown, path: string): string[] | typeof INVALID {
    if (!Array.isArray(value)) return INVALID;
    const tags = value.filter((tag, index) => isLanguage(tag) || report(`${path}[${index}]`, `${show(tag)} is not a BCP 47 language tag`));
    return tags.length ? tags : INVALID;
  }

  /**
   * Copies an object's optional fields to `checked`: absent stays absent (no key at all), bad is reported
   * and dropped.
   */
  function fields(object: Record<string, unknown>, path: string, checked: Record<string, unknown>) {
    return <T>(key: string, check: Check<T>) => {
      const value = object[key];
      if (value === undefined) return;
      const at = path ? `${path}.${key}` : key;
      const result = check(value, at);
      if (result !== INVALID) checked[key] = result;
      else report(at, `${show(value)} is not valid here`);
    };
  }

  /** A value of a closed list; an unknown one is shown as the list's most general kind, and reported. */
  function oneOf<T extends string>(value: T, values: readonly T[], fallback: T, path: string, key: string): T {
    if (values.includes(value)) return value;
    report(`${path}.${key}`, `${show(value)} is not one of ${values}; shown as "${fallback}"`);
    return fallback;
  }

  function location(value: unknown): Location | typeof INVALID {
    if (!isObject(value)) return INVALID;
    const {lat, lon} = value;
    const inRange = (n: unknown, limit: number) => typeof n === 'number' && Math.abs(n) <= limit;
    return inRange(lat, 90) && inRange(lon, 180) ? {lat: lat as number, lon: lon as number} : INVALID;
  }
}

/** Only `http:` and `https:` URLs ever become links; `javascript:`, `data:`, relative and the rest are refused. */
export function httpUrl(value: unknown): string | typeof INVALID {
  const href = typeof value === 'string' && parseUrl(value)?.href;
  return href && /^https?:/.test(href) ? href : INVALID;
}

// `URL.parse` takes half the time of `new URL`, which a feed of thousands of links notices; older browsers lack it.
const parseUrl = URL.parse ?? ((value: string) => {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
});

/** Answers once per distinct value: a feed of 10,000 partners names a few dozen countries and languages. */
function memo(check: (value: string) => boolean): (value: unknown) => value is string {
  const known = new Map<string, boolean>();
  return (value): value is string => {
    if (typeof value !== 'string') return false;
    let ok = known.get(value);
    if (ok === undefined) known.set(value, (ok = check(value)));
    return ok;
  };
}

/** A date of a year, a month or a day that the calendar has ("2023-02-30" it has not); a whole date is 10 characters long. */
const isDate = memo((value) => {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [match[1], match[2] ?? 1, match[3] ?? 1].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
});

const isCountry = memo((value) => {
  if (!/^[A-Z]{2}$/.test(value) || NOT_A_COUNTRY.test(value)) return false;
  return intl(Intl.DisplayNames, 'en', {type: 'region', fallback: 'none'}).of(value) !== undefined;
});

/**
 * Loads what validation needs from the browser that takes long the first time: the region names behind the first
 * `Intl.DisplayNames` of a page (about 15 ms). Called while a feed is on its way, so that its validation does not wait for them.
 */
export const prepareValidation = () => isCountry('BG');

/** A well-formed BCP 47 tag: `Intl` refuses anything else ("__proto__", "x", "en_GB"). */
const isLanguage = memo((value) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as a warning quotes it: strings quoted and cut short, numbers and booleans as they are, the rest by kind. */
export const show = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(cut(value, 40)) : /^[nb]/.test(typeof value) ? String(value) : kind(value);

const kind = (value: unknown) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value);

// Never between the two halves of a character outside the BMP (an emoji).
const cut = (value: string, max = MAX_TEXT) =>
  (value.length > max ? `${value.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : value);
