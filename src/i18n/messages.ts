import type {EventType, Relation} from '../feed/types.js';
import type {FeedErrorCode} from '../feed/errors.js';

/** Plural forms for `Intl.PluralRules`; `#` stands for the formatted number. `other` is always required. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};

/**
 * Every string a widget shows, in one language. Each language file exports one object of this type;
 * `test/i18n/messages.test.ts` checks that none lacks a message.
 */
export interface Messages {
  /** The list's accessible name. */
  listLabel(home: string): string;
  relation: Record<Relation, string>;
  since(date: string): string;
  inactive: string;
  formerName(name: string): string;
  /** Visible text of the link to a partner's site; the partner's name follows it for screen readers. */
  website: string;
  distance(km: string, home: string): string;
  history: string;
  event: Record<EventType, string>;
  proposedBy(name: string): string;
  dateUnknown: string;
  flag(country: string): string;
  search: string;
  /** The number of entries shown, announced after each search. */
  count: Plural;
  noMatch(query: string): string;
  showAll(count: string): string;
  unknownCity(id: string): string;
  /** The sentence around an error's reason. */
  failed(reason: string): string;
  errors: {
    http(status: string): string;
    network: string;
    timeout(seconds: string): string;
    'too-large'(megabytes: string): string;
    parse: string;
    invalid(path: string): string;
  } & Record<FeedErrorCode, unknown>;
  retry: string;
  /** Above a saved copy shown because the feed could not be loaded (`persist`). */
  savedCopy(date: string): string;
  /** What only the map says. */
  map: {
    /** The map's description, after its title (the list's label): what it shows, and how the keyboard moves on it. */
    description(home: string): string;
    /** The description when the feed gives no location for the home town: the partners are shown without lines. */
    descriptionNoHome(home: string): string;
    /** Above the partners that have no location in the feed. */
    notOnMap: string;
    /** The accessible name of a marker that stands for several partners close together, a button that zooms into them: `count` is `count` said. */
    cluster(count: string, names: string): string;
    /** The button that brings a map zoomed into a cluster back to all partners. */
    zoomOut: string;
  };
}
