// Template pieces that show one place or partner the same way in every element.
import {html, nothing} from 'lit';
import {flagUrl} from './assets.js';
import type {Partner, Place, Text} from './feed/types.js';
import type {Locale} from './i18n/locale.js';

/** A problem with what the page asked for (a city not in the feed), said in the widget as its errors are. */
export const renderProblem = (text: string) => html`<p role="alert" part="error" class="error">${text}</p>`;

/** A place's name in the widget's language. */
export const placeName = (place: Place, locale: Locale) => locale.text(place.name);

/**
 * The name, and beside it the name in the place's own language where that differs, marked with its
 * language so that screen readers pronounce it right (WCAG 3.1.2).
 */
export function renderName(place: Place, locale: Locale) {
  const native = nativeText(place.name, place.languages?.[0]);
  return html`${renderText(place.name, locale)}${native && native[0] !== placeName(place, locale)
    ? html` <span class="native" part="native-name" lang=${native[1]}>${native[0]}</span>`
    : nothing}`;
}

/** Feed text in the widget's language, or else in the language it falls back to, marked as such (WCAG 3.1.2). */
export function renderText(value: Text, locale: Locale, part?: string) {
  const [text, lang] = locale.textIn(value);
  return html`<span part=${part ?? nothing} lang=${lang && lang !== locale.lang ? lang : nothing}>${text}</span>`;
}

/** A partner as an entry of a list: its flag, its name (a link), its former name, its country and relation. */
export function renderEntry(partner: Partner, locale: Locale) {
  return html`${renderFlag(partner.country, locale)}
    <span>
      <span class="name">${renderLink(partner, locale)}</span>
      ${renderFormerName(partner, locale)}
      <span class="muted meta"><span part="country">${locale.country(partner.country)}</span> · ${renderRelation(partner, locale)}</span>
    </span>`;
}

/** The partner's name, as a link to its official site where the feed has one. */
export function renderLink(partner: Partner, locale: Locale) {
  const name = renderName(partner, locale);
  if (!partner.url) return html`<span part="name">${name}</span>`;
  return html`<a part="name link" class="website" href=${partner.url} rel="noopener noreferrer"
>${name}</a>`;
}

export function renderFormerName(partner: Partner, locale: Locale) {
  return partner.formerName
    ? html`<span class="former" part="former-name">${locale.t.formerName(locale.text(partner.formerName))}</span>`
    : nothing;
}

export function renderFlag(country: string, locale: Locale, alt = locale.t.flag(locale.country(country))) {
  return html`<img class="flag" part="flag" src=${flagUrl(country)} alt=${alt}
    loading="lazy" />`;
}

/** "Twin city since 23 May 2023", the date in a `<time>` element at its own precision. */
export function renderRelation(partner: Partner, locale: Locale) {
  const {t} = locale;
  return html`<span part="relation">${t.relation[partner.relation]}</span>${partner.since
    ? html` <time part="date" datetime=${partner.since}>${t.since(locale.date(partner.since))}</time>`
    : nothing}${partner.status === 'inactive' ? html` <span part="status">(${t.inactive})</span>` : nothing}`;
}

function nativeText(name: Text, lang?: string): [string, string] | undefined {
  if (typeof name === 'string' || !lang) return undefined;
  const value = name[lang];
  return value === undefined ? undefined : [value, lang];
}
