// The library's events: their names and details in one place, for the page (HTMLElementEventMap and
// DocumentEventMap type its `addEventListener`) and for the code that fires them (`emit` takes only these
// names, each with its detail).
import type {FeedIssue} from './feed/errors.js';
import type {Feed} from './feed/types.js';

export interface TwinCitiesLoadDetail {
  readonly feed: Feed;
  /** Entries and fields left out because they were invalid. */
  readonly skipped: readonly FeedIssue[];
}

export interface TwinCitiesErrorDetail {
  /** A `FeedError` when the feed was unusable (its `code` says why); else what failed (a chunk that could not load). */
  readonly error: Error;
}

export interface TwinCitySelectDetail {
  /** The partner's `id` in the feed. */
  readonly id: string;
}

/** Every event of the library, by name. They bubble and are composed: a listener on the document hears them. */
export interface TwinCitiesEventMap {
  'twin-cities-load': CustomEvent<TwinCitiesLoadDetail>;
  'twin-cities-error': CustomEvent<TwinCitiesErrorDetail>;
  'twin-city-select': CustomEvent<TwinCitySelectDetail>;
}

declare global {
  interface HTMLElementEventMap extends TwinCitiesEventMap {}
  interface DocumentEventMap extends TwinCitiesEventMap {}
}

export type TwinCitiesEventName = keyof TwinCitiesEventMap;
type Detail<K extends TwinCitiesEventName> = TwinCitiesEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches one of the library's events: bubbling and composed, so the page hears it from any depth,
 * and cancelable; returns false when a listener cancelled it.
 */
export function emit<K extends TwinCitiesEventName>(target: EventTarget, type: K, detail: Detail<K>): boolean {
  return target.dispatchEvent(new CustomEvent(type, {bubbles: true, composed: true, cancelable: true, detail}));
}
