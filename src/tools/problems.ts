/**
 * A feed's problems in plain sentences, for people who write feeds: what the widgets' own validator
 * (`src/feed/validate.ts`) skips, drops or shows otherwise, and what only the JSON Schema refuses.
 * Plain functions, for the command line and for a page in the browser alike.
 */
import {Validator, type OutputUnit, type Schema} from '@cfworker/json-schema';
import {FeedError, type FeedIssue} from '../feed/errors.js';
import {EVENT_TYPES, RELATIONS, type Feed} from '../feed/types.js';
import {show, validateFeed} from '../feed/validate.js';

export interface Problem {
  /** Where, as the widgets' warnings name it: `partners[3].url`; `''` for the feed as a whole. */
  readonly path: string;
  /** What is wrong, then what the widgets do about it. */
  readonly message: string;
  /** What is lost: the whole feed, an entry, a field, a part of one (a translation, a tag, an event), nothing
   * but a word shown otherwise (`fallback`), or nothing at all because only the schema refuses it (`schema`). */
  readonly effect: Effect;
}

export type Effect = 'feed' | 'entry' | 'field' | 'part' | 'fallback' | 'schema';

/** A validator's issue, read: the field at fault, what is wrong with it, and what the widgets do. */
export interface Finding {
  readonly path: string;
  /** The entry or field that is left out for it (`partners[1]` for a skipped entry); for a fallback, `path`. */
  readonly lost: string;
  readonly what: string;
  readonly effect: Effect;
  /** For `fallback`: the value shown instead. */
  readonly shown?: string;
}

/** What a valid value of each field is, as the sentences say it. */
const EXPECTED: Record<string, string> = {
  id: 'an id of lower-case letters, digits and hyphens',
  name: 'text',
  region: 'text',
  formerName: 'text',
  summary: 'text',
  actor: 'text',
  text: 'text',
  country: 'an ISO 3166-1 alpha-2 code',
  location: 'a latitude (-90 to 90) and a longitude (-180 to 180)',
  languages: 'a list of language tags',
  url: 'an http(s) address',
  wikidata: 'a Wikidata id (Q and digits)',
  since: 'a date as YYYY, YYYY-MM or YYYY-MM-DD',
  date: 'a date as YYYY, YYYY-MM or YYYY-MM-DD',
  updated: 'a date as YYYY-MM-DD',
  status: '"active" or "inactive"',
  history: 'a list of events',
  relation: `one of ${RELATIONS.map((r) => `"${r}"`).join(', ')}`,
  type: `one of ${EVENT_TYPES.map((t) => `"${t}"`).join(', ')}`,
};
const FALLBACK: Record<string, string> = {relation: 'partner', type: 'other'};
const TEXT_FIELDS = /^(.*\.(?:name|region|formerName|summary|actor|text))\.(.+)$/s;

const SCHEMA_ONLY = 'the widgets accept it, but the schema does not';

/** What the widgets do, as the end of a sentence about a feed. */
const CONSEQUENCE: Record<Effect, (finding: Finding) => string> = {
  feed: () => 'the feed cannot be shown',
  entry: ({lost}) => (/\]$/.test(lost) && lost.includes('history') ? 'the event is skipped' : 'the entry is skipped'),
  field: () => 'the field is dropped',
  part: ({path}) => (/\]$/.test(path) ? 'the tag is dropped' : 'the translation is dropped'),
  fallback: ({shown}) => `shown as "${shown}"`,
  schema: () => SCHEMA_ONLY,
};

/** Every problem of a feed (parsed JSON): the widgets' first, in feed order, then what only the schema refuses. */
export function feedProblems(json: unknown, schema: object): Problem[] {
  const {findings} = checkFeed(json);
  const problems = findings.map((finding) => ({path: finding.path, message: sentence(finding), effect: finding.effect}));
  const lost = findings.map((finding) => finding.lost);
  const covered = (path: string) => lost.some((at) => at === '' || related(at, path));
  const all = [...problems, ...schemaProblems(json, schema).filter((problem) => !covered(problem.path))];
  return all.map((problem, index) => ({problem, index, place: place(problem.path)}))
    .sort((a, b) => a.place - b.place || a.index - b.index).map(({problem}) => problem);
}

/** Where a path stands in the feed, top to bottom: the feed's own fields, home, then each partner. */
const place = (path: string) => (path.startsWith('home') ? -1 : Number(/^partners\[(\d+)\]/.exec(path)?.[1] ?? -2));

/** A finding as a sentence: `"Turkey" is not an ISO 3166-1 alpha-2 code; the entry is skipped`. */
export const sentence = (finding: Finding) => `${finding.what}; ${CONSEQUENCE[finding.effect](finding)}`;

/** The validator's verdict on a feed, quietly: the feed the widgets would show (if any) and its findings. */
export function checkFeed(json: unknown): {feed?: Feed; findings: Finding[]} {
  try {
    const {feed, skipped} = validateFeed(json, () => {});
    return {feed, findings: skipped.map((issue) => explain(issue, json))};
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const path = error.detail.path ?? '';
    const reason = error.message.replace(/^The feed is invalid: [^:]*: /, '');
    // The home place's problem is an entry's (`home.country`); the others are the feed's own (`version`).
    const finding = explain({path, reason}, json);
    const what = finding.path !== path ? finding.what : path && valueAt(json, path) === undefined ? 'missing' : reason;
    return {findings: [{...finding, lost: '', effect: 'feed', what}]};
  }
}

/** Reads one issue of the validator: which field is at fault (an entry names the one that made it unusable). */
export function explain({path, reason}: FeedIssue, json: unknown): Finding {
  const entry = /^(id|name|country|date) /.exec(reason)?.[1] ?? (reason.startsWith('duplicate id') ? 'id' : undefined);
  if (entry) {
    const at = `${path}.${entry}`;
    const value = valueAt(json, at);
    const what = reason.startsWith('duplicate') ? `${show(value)} is already the id of another place` : describe(entry, value);
    return {path: at, lost: path, what, effect: 'entry'};
  }
  if (/^expected/.test(reason)) return {path, lost: path, what: reason, effect: 'entry'};

  const translation = TEXT_FIELDS.exec(path);
  if (translation) {
    const [, field, lang] = translation as unknown as [string, string, string];
    const value = (valueAt(json, field) as Record<string, unknown>)[lang];
    const what = reason === 'not a BCP 47 language tag' ? `${show(lang)} is not a BCP 47 language tag` : `${show(value)} is not text`;
    return {path, lost: path, what, effect: 'part'};
  }
  const tag = /\.languages\[\d+\]$/.test(path);
  if (tag) return {path, lost: path, what: `${show(valueAt(json, path))} is not a BCP 47 language tag`, effect: 'part'};

  const field = path.replace(/^.*\./, '');
  const what = describe(field, valueAt(json, path));
  const shown = FALLBACK[field];
  return shown ? {path, lost: path, what, effect: 'fallback', shown} : {path, lost: path, what, effect: 'field'};
}

const describe = (field: string, value: unknown) =>
  (value === undefined ? 'missing' : `${show(value)} is not ${EXPECTED[field] ?? 'valid here'}`);

/** The value at a path the validator names (`partners[3].history[0].date`), or undefined. */
export function valueAt(json: unknown, path: string): unknown {
  return segments(path).reduce<unknown>((value, key) => (typeof value === 'object' && value !== null
    ? (value as Record<string | number, unknown>)[key] : undefined), json);
}

/** A path's keys and indexes: `partners[3].url` → `partners`, 3, `url`. */
export const segments = (path: string) =>
  [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map(([, index, key]) => (index === undefined ? key! : Number(index)));

/** One path is the other, or lies inside it. */
const related = (a: string, b: string) => a === b || inside(a, b) || inside(b, a);
const inside = (outer: string, inner: string) => inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);

// The schema's part: what it refuses that the widgets accept. Its validator reports every failing keyword up
// the tree; only the innermost ones say what is wrong.
const WRAPPERS = new Set(['$ref', 'allOf', 'anyOf', 'oneOf', 'properties', 'items', 'prefixItems', 'propertyNames',
  'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'patternProperties', 'dependentSchemas']);
const validators = new WeakMap<object, Validator>();

/** What the schema refuses, without the widgets' words for it: callers drop what the validator said already. */
export function schemaProblems(json: unknown, schema: object): Problem[] {
  let validator = validators.get(schema);
  if (!validator) validators.set(schema, (validator = new Validator(schema as Schema, '2020-12', false)));
  let errors: OutputUnit[];
  try {
    errors = validator.validate(json).errors;
  } catch {
    // Its walk is recursive: JSON nested thousands deep overflows the stack (the widgets' validator copes).
    return [{path: '', message: 'too deeply nested for the schema to check', effect: 'schema'}];
  }
  // A branch of `oneOf` whose type does not fit (Text as a string, when it is an object) says nothing.
  const wrongBranches = errors.filter((e) => e.keyword === 'type' && /\/oneOf\/\d+\/type$/.test(e.keywordLocation))
    .map((e) => e.keywordLocation.replace(/type$/, ''));
  const known = knownFields(schema as SchemaDefs);
  const seen = new Set<string>();
  return errors.flatMap((error): Problem[] => {
    if (WRAPPERS.has(error.keyword) || wrongBranches.some((branch) => error.keywordLocation.startsWith(branch))) return [];
    const path = pathOf(json, error.instanceLocation);
    const message = schemaMessage(error, path, json, known);
    if (!message || seen.has(path + message)) return [];
    seen.add(path + message);
    return [{path, message, effect: 'schema'}];
  });
}

interface SchemaDefs {
  properties: Record<string, unknown>;
  $defs: Record<'Place' | 'Partner' | 'Event' | 'Location', {properties: Record<string, unknown>}>;
}

/** The fields of each kind of object, from the schema; the kind by where the object stands in the feed. */
function knownFields({properties, $defs}: SchemaDefs) {
  const place = Object.keys($defs.Place.properties);
  const kinds: [RegExp, string[]][] = [
    [/^$/, Object.keys(properties)],
    [/^home$/, place],
    [/^partners\[\d+\]$/, [...place, ...Object.keys($defs.Partner.properties)]],
    [/\.location$/, Object.keys($defs.Location.properties)],
    [/\.history\[\d+\]$/, Object.keys($defs.Event.properties)],
  ];
  return (object: string) => kinds.find(([where]) => where.test(object))?.[1];
}

function schemaMessage({keyword, keywordLocation, error}: OutputUnit, path: string, json: unknown, known: ReturnType<typeof knownFields>) {
  // A property name's error stands at the property: the name is at fault, not its value.
  const value = keywordLocation.includes('/propertyNames/') ? path.replace(/^.*\./, '') : valueAt(json, path);
  switch (keyword) {
    case 'false': {
      // Unevaluated properties: a field the format does not have, or (where a sibling failed) one it does.
      const [, object = '', field = ''] = /^(?:(.*)\.)?([^.]+)$/.exec(path) ?? [];
      if (known(object)?.includes(field) || /\]$/.test(path)) return undefined;
      return 'not a field of format version 1; the widgets ignore it, the schema refuses it';
    }
    case 'uniqueItems': {
      const twice = (value as unknown[]).find((item, index, items) => items.indexOf(item) !== index);
      return `lists ${show(twice)} twice; ${SCHEMA_ONLY}`;
    }
    case 'pattern':
      return `${show(value)} is not in the form the schema asks for (${schemaForm(path)}); ${SCHEMA_ONLY}`;
    default:
      return `${error.replace(/\.$/, '')}; ${SCHEMA_ONLY}`;
  }
}

function schemaForm(path: string) {
  if (/\.url$/.test(path)) return 'http:// or https:// first';
  if (/\.languages\[\d+\]$/.test(path) || TEXT_FIELDS.test(path)) return 'a language tag such as "en" or "sr-Latn"';
  return EXPECTED[path.replace(/^.*\./, '')] ?? 'its pattern';
}

/** A JSON pointer (`#/partners/0/url`) as the widgets write paths (`partners[0].url`). */
function pathOf(json: unknown, pointer: string) {
  let value = json;
  return pointer.replace(/^#\/?/, '').split('/').filter(Boolean).reduce((path, part) => {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    const isIndex = Array.isArray(value);
    value = (value as Record<string, unknown> | undefined)?.[key];
    return isIndex ? `${path}[${key}]` : path ? `${path}.${key}` : key;
  }, '');
}
