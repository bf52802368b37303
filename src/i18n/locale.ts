import type {PartialDate, Text} from '../feed/types.js';
import type {IntlFallback} from './cldr/format.js';
import {intl} from '../intl.js';
import {CLDR} from './cldr/generated/index.js';
import type {Messages} from './messages.js';

/**
 * The languages every widget speaks. Each is a chunk of its own, loaded only by a page that uses it,
 * so a language costs the core bundle nothing. Where a browser's `Intl` lacks one, its CLDR data
 * stands in (src/i18n/cldr/), in a chunk of its own loaded at the same time, as few browsers need it.
 * This table is the one list of the languages: scripts/cldr.mjs makes CLDR's for each message file.
 */
export const CATALOGUES: Record<string, () => Promise<{default: Messages}>> = {
  bg: () => import('./messages/bg.js'),
  el: () => import('./messages/el.js'),
  en: () => import('./messages/en.js'),
  id: () => import('./messages/id.js'),
  mk: () => import('./messages/mk.js'),
  ru: () => import('./messages/ru.js'),
  sr: () => import('./messages/sr.js'),
  'sr-Latn': () => import('./messages/sr-Latn.js'),
  tr: () => import('./messages/tr.js'),
};
export const LANGUAGES = Object.keys(CATALOGUES);

/** `sr-Latn-RS` → `sr-Latn-RS`, `sr-Latn`, `sr`: the BCP 47 lookup chain of a tag. */
export function fallbackChain(tag: string): string[] {
  const parts = tag.split('-');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('-'));
}

/** The supported language a tag falls back to, most specific first; English when none of its chain is supported. */
export function supportedLanguage(tag: string): string {
  const chain = fallbackChain(tag.toLowerCase());
  return chain.map((candidate) => LANGUAGES.find((lang) => lang.toLowerCase() === candidate)).find(Boolean) ?? 'en';
}

/** The `Intl.DateTimeFormat` options of a partial date of a year, a month and a day. */
const DATES: Intl.DateTimeFormatOptions[] = [{year: 'numeric'}, {year: 'numeric', month: 'long'}, {dateStyle: 'long'}];

/** Everything a widget formats, in one language: its messages, and `Intl` (or CLDR where `Intl` lacks the language). */
export class Locale {
  /** CLDR's formatting, where the browser's `Intl` lacks this language. */
  readonly #fallback?: IntlFallback;

  constructor(
    readonly lang: string,
    readonly t: Messages,
    fallback?: IntlFallback,
  ) {
    this.#fallback = fallback;
  }

  get collator(): Intl.Collator {
    return intl(Intl.Collator, this.lang);
  }

  country(code: string): string {
    return (this.#fallback ? this.#fallback.country(code) : intl(Intl.DisplayNames, this.lang, {type: 'region'}).of(code)) ?? code;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return this.#fallback ? this.#fallback.number(value, options) : intl(Intl.NumberFormat, this.lang, options).format(value);
  }

  /** A partial date at its own precision: "1989", "May 1993", "23 May 2023". */
  date(value: PartialDate): string {
    const parts = value.split('-');
    const [year, month, day] = parts.map(Number) as [number, number?, number?];
    return this.#fallback?.date(year, month, day) ??
      intl(Intl.DateTimeFormat, this.lang, {timeZone: 'UTC', ...DATES[parts.length - 1]}).format(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
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
    // The messages' request first, for the same reason: asking Intl the first time takes a while.
    const messages = CATALOGUES[lang]!();
    const known = Intl.DateTimeFormat.supportedLocalesOf(lang).length && Intl.DisplayNames.supportedLocalesOf(lang).length;
    locale = Promise.all([messages, !known && import('./cldr/format.js'), !known && CLDR[lang]!()])
      .then(([t, format, data]) => new Locale(lang, t.default, format && data ? format.formatter(data.default) : undefined));
    locale.catch(() => locales.delete(lang));
    locales.set(lang, locale);
  }
  return locale;
}
