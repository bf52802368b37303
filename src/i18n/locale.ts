import type {PartialDate, Text} from '../feed/types.js';
import type {Messages, Plural} from './messages.js';

/**
 * The languages every widget speaks. Each is a chunk of its own, loaded only by a page that uses it,
 * so a language costs the core bundle nothing.
 */
const CATALOGUES: Record<string, () => Promise<{default: Messages}>> = {
  bg: () => import('./messages/bg.js'),
  en: () => import('./messages/en.js'),
};
export const LANGUAGES = Object.keys(CATALOGUES);

/** `sr-Latn-RS` → `sr-Latn-RS`, `sr-Latn`, `sr`: the BCP 47 lookup chain of a tag. */
export function fallbackChain(tag: string): string[] {
  const parts = tag.split('-');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('-'));
}

/** The supported language a tag falls back to; English when none of its chain is supported. */
export function supportedLanguage(tag: string): string {
  const lower = fallbackChain(tag.toLowerCase());
  return LANGUAGES.find((lang) => lower.includes(lang.toLowerCase())) ?? 'en';
}

/** Everything a widget formats, in one language: its messages and its cached `Intl` objects. */
export class Locale {
  readonly collator: Intl.Collator;
  private readonly regions: Intl.DisplayNames;
  private readonly numbers: Intl.NumberFormat;
  private readonly plurals: Intl.PluralRules;
  private readonly dates: Intl.DateTimeFormat[];

  constructor(
    readonly lang: string,
    readonly t: Messages,
  ) {
    this.collator = new Intl.Collator(lang);
    this.regions = new Intl.DisplayNames(lang, {type: 'region'});
    this.numbers = new Intl.NumberFormat(lang);
    this.plurals = new Intl.PluralRules(lang);
    const date = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, {timeZone: 'UTC', ...options});
    this.dates = [date({year: 'numeric'}), date({year: 'numeric', month: 'long'}), date({dateStyle: 'long'})];
  }

  country(code: string): string {
    return this.regions.of(code) ?? code;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return options ? new Intl.NumberFormat(this.lang, options).format(value) : this.numbers.format(value);
  }

  plural(count: number, forms: Plural): string {
    return (forms[this.plurals.select(count)] ?? forms.other).replace('#', this.number(count));
  }

  /** A partial date at its own precision: "1989", "May 1993", "23 May 2023". */
  date(value: PartialDate): string {
    const parts = value.split('-');
    const [year, month = 1, day = 1] = parts.map(Number) as [number, number?, number?];
    return this.dates[parts.length - 1]!.format(Date.UTC(year, month - 1, day));
  }

  /** Feed text in this language, along its fallback chain, then English, then whatever there is. */
  text(value: Text): string {
    return this.textIn(value)[0];
  }

  /** Feed text with the language it is actually in (`undefined` for a plain string). */
  textIn(value: Text, lang = this.lang): [text: string, lang: string | undefined] {
    if (typeof value === 'string') return [value, undefined];
    const found = [...fallbackChain(lang), 'en'].find((tag) => value[tag] !== undefined);
    const tag = found ?? Object.keys(value)[0]!;
    return [value[tag]!, tag];
  }
}

const locales = new Map<string, Promise<Locale>>();

/** The locale of a supported language, loading its messages the first time it is asked for. */
export function loadLocale(tag: string): Promise<Locale> {
  const lang = supportedLanguage(tag);
  let locale = locales.get(lang);
  if (!locale) {
    locale = CATALOGUES[lang]!().then((catalogue) => new Locale(lang, catalogue.default));
    locale.catch(() => locales.delete(lang));
    locales.set(lang, locale);
  }
  return locale;
}
