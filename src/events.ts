// The library's events: their names and details in one place, for the page (HTMLElementEventMap types every
// `addEventListener`) and for the code that fires them (`emit` takes only these names, each with its detail).
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

declare global {
  interface HTMLElementEventMap {
    'twin-cities-load': CustomEvent<TwinCitiesLoadDetail>;
    'twin-cities-error': CustomEvent<TwinCitiesErrorDetail>;
    'twin-city-select': CustomEvent<TwinCitySelectDetail>;
  }
}

/** The library's event names: those of `HTMLElementEventMap` that are its own. */
export type TwinCitiesEventName = Extract<keyof HTMLElementEventMap, `twin-${string}`>;
type Detail<K extends TwinCitiesEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches one of the library's events: bubbling and composed, so the page hears it from any depth,
 * and cancelable; returns false when a listener cancelled it.
 */
export function emit<K extends TwinCitiesEventName>(target: EventTarget, type: K, detail: Detail<K>): boolean {
  return target.dispatchEvent(new CustomEvent(type, {bubbles: true, composed: true, cancelable: true, detail}));
}
