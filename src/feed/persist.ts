// The last good copy of a feed, for widgets with the opt-in `persist` attribute only: by default a
// widget stores nothing on the visitor's device (public-sector sites would need consent for that,
// ePrivacy Art. 5(3)). Loaded on demand, so pages that do not ask for it never download it.
import type {Feed} from './types.js';
import {validateFeed, type ValidFeed} from './validate.js';

/** Bumped when the stored shape changes: copies of another version are not read. */
const PREFIX = 'twin-cities:v1:';

/** A larger copy is not kept: localStorage is small, and shared with the rest of the site. */
export const MAX_COPY = 512 * 1024;

export interface SavedCopy extends ValidFeed {
  /** The day the copy was saved, `YYYY-MM-DD`. */
  readonly saved: string;
}

export function save(url: string, feed: Feed) {
  try {
    const copy = JSON.stringify({saved: new Date().toISOString().slice(0, 10), feed});
    if (copy.length <= MAX_COPY) localStorage.setItem(PREFIX + url, copy);
  } catch {
    // Storage full, or turned off by the visitor: there is simply no copy.
  }
}

/** The saved copy of this feed, checked like a fetched feed; an unreadable one is discarded. */
export function restore(url: string): SavedCopy | undefined {
  try {
    const text = localStorage.getItem(PREFIX + url);
    if (text === null) return undefined;
    const {saved, feed} = JSON.parse(text);
    // The day must exist: toISOString() throws on an invalid date and normalises 02-30 to 03-02.
    if (new Date(`${saved}T00:00:00Z`).toISOString().slice(0, 10) !== saved) throw new TypeError('no date');
    return {...validateFeed(feed), saved};
  } catch {
    try {
      localStorage.removeItem(PREFIX + url);
    } catch {
      // Storage turned off: nothing to discard.
    }
    return undefined;
  }
}
