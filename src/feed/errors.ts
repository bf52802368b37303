/** What can make a whole feed unusable; each has a message in every language (`src/i18n/`). */
export type FeedErrorCode = 'http' | 'network' | 'timeout' | 'too-large' | 'parse' | 'invalid';

export interface FeedErrorDetail {
  /** HTTP status, for `http`. */
  readonly status?: number;
  /** The path of the offending field, for `invalid`: `version`, `home.country`, `partners`. */
  readonly path?: string;
  /** The limit that was passed: seconds for `timeout`, bytes for `too-large`. */
  readonly limit?: number;
}

/** A feed that cannot be shown at all. `message` is English, for developers; widgets show `code` in their language. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly detail: FeedErrorDetail = {},
  ) {
    super(message);
  }
}

/** An entry or a field left out because it was invalid; everything else of the feed still loads. */
export interface FeedIssue {
  /** `partners[3]` when the entry was skipped, `partners[3].url` when only that field was. */
  readonly path: string;
  readonly reason: string;
}
