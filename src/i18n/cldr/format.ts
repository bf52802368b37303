/**
 * Formatting from CLDR data (generated/), for a language the browser's `Intl` does not know: a chunk of its
 * own, loaded beside the language's data, so a browser that knows every language never loads it.
 */
export interface CldrData {
  /** Country names by ISO 3166-1 code. */
  readonly regions: Readonly<Record<string, string>>;
  /** Date patterns for a year, a month and a day: CLDR's `y`, `yMMMM` and long date. */
  readonly dates: readonly [string, string, string];
  /** Month names, January first: as in a date, and standing alone where those differ. */
  readonly months: readonly [readonly string[], (readonly string[])?];
  readonly decimal: string;
  readonly group: string;
  readonly minimumGroupingDigits: number;
  /** `{0} km` in this language. */
  readonly kilometer: string;
}

/** What `Locale` asks of a fallback; each mirrors the `Intl` call it replaces. */
export interface IntlFallback {
  country(code: string): string | undefined;
  date(year: number, month?: number, day?: number): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

export function formatter(data: CldrData): IntlFallback {
  return {
    country: (code) => data.regions[code],
    date(year, month, day) {
      const pattern = data.dates[day ? 2 : month ? 1 : 0];
      return pattern.replace(/'([^']*)'|y+|M{3,}|L{3,}|d+/g, (token, literal: string | undefined) =>
        literal !== undefined ? literal || "'" :
        token[0] === 'y' ? String(year) :
        token[0] === 'd' ? String(day).padStart(token.length, '0') :
        (token[0] === 'L' && data.months[1] || data.months[0])[month! - 1]!);
    },
    number(value, {maximumFractionDigits = 3, style, unit} = {}) {
      const [whole, fraction] = (Math.round(value * 10 ** maximumFractionDigits) / 10 ** maximumFractionDigits).toString().split('.');
      const grouped = whole!.length >= 4 + data.minimumGroupingDigits - 1 ? whole!.replace(/\B(?=(\d{3})+$)/g, data.group) : whole!;
      const number = fraction ? grouped + data.decimal + fraction : grouped;
      return style === 'unit' && unit === 'kilometer' ? data.kilometer.replace('{0}', number) : number;
    },
  };
}
