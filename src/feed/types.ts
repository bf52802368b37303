/**
 * The twin-cities feed, format version 1: the public contract that every municipality's feed follows.
 * `data/twin-cities.schema.json` says the same in JSON Schema; `test/feed/types.test.ts` keeps the two in step.
 */

/** A plain string, or one string per language keyed by BCP 47 tag: `{"bg": "Прилеп", "en": "Prilep"}`. */
export type Text = string | {readonly [bcp47: string]: string};

/** `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`: a date known to the year, the month or the day. */
export type PartialDate = string;

export const RELATIONS = ['twin', 'partner', 'cooperation'] as const;
export type Relation = (typeof RELATIONS)[number];

export const STATUSES = ['active', 'inactive'] as const;
export type Status = (typeof STATUSES)[number];

export const EVENT_TYPES = ['council-decision', 'agreement-signed', 'handover', 'visit', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** WGS 84 decimal degrees. */
export interface Location {
  readonly lat: number;
  readonly lon: number;
}

export interface Place {
  /** `[a-z0-9-]+`, unique within the feed. */
  readonly id: string;
  readonly name: Text;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  readonly region?: Text;
  readonly location?: Location;
  /** BCP 47 tags of the languages spoken there, primary first. */
  readonly languages?: readonly string[];
  /** The municipality's official site; always `http:` or `https:`. */
  readonly url?: string;
  /** Wikidata item id, `"Q12345"`. */
  readonly wikidata?: string;
}

export interface TwinEvent {
  readonly date: PartialDate;
  readonly type: EventType;
  /** Who acted, e.g. the mayor who proposed it. */
  readonly actor?: Text;
  readonly text?: Text;
}

export interface Partner extends Place {
  readonly relation: Relation;
  /** When the relation began. */
  readonly since?: PartialDate;
  /** `"active"` when the feed leaves it out. */
  readonly status: Status;
  /** A name the partner was known by before. */
  readonly formerName?: Text;
  readonly summary?: Text;
  /** Oldest first. */
  readonly history?: readonly TwinEvent[];
}

export interface Feed {
  readonly version: 1;
  /** `"YYYY-MM-DD"`. */
  readonly updated?: string;
  readonly home: Place;
  readonly partners: readonly Partner[];
}
