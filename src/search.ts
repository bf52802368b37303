// The list's search: by name in any language of the feed, ignoring case and accents. A chunk of its
// own, loaded only by lists that are `searchable`.
import {css, html} from 'lit';
import type {Partner} from './feed/types.js';
import type {Locale} from './i18n/locale.js';
import {plural} from './i18n/plural.js';

/** Case- and accent-insensitive form: "Nilüfer" and "NILUFER" both become "nilufer"; Turkish ı becomes i. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');

/** Each partner's names in every language, folded once, so that a keystroke in a large feed only compares. */
const texts = new WeakMap<Partner, string>();

function searchText(partner: Partner): string {
  let text = texts.get(partner);
  if (text === undefined) {
    const names = [partner.name, partner.formerName].flatMap((name) =>
      name === undefined ? [] : typeof name === 'string' ? [name] : Object.values(name));
    texts.set(partner, (text = fold(names.join('\n'))));
  }
  return text;
}

/** Folds the names of a list shown without a query while the page is idle, so that the first keystroke only compares. */
const warmed = new WeakSet<readonly Partner[]>();
function warm(partners: readonly Partner[]) {
  if (warmed.has(partners)) return;
  warmed.add(partners);
  (globalThis.requestIdleCallback ?? setTimeout)(() => partners.forEach(searchText));
}

export default {
  /** The partners whose name, in any language of the feed, or former name contains the query. */
  filter(partners: readonly Partner[], query: string): readonly Partner[] {
    const folded = fold(query.trim());
    if (!folded) warm(partners);
    return folded ? partners.filter((partner) => searchText(partner).includes(folded)) : partners;
  },

  /** The search field, and below it how many entries it finds, announced as the visitor types. */
  render(locale: Locale, query: string, count: number, onInput: (event: Event) => void) {
    const {t} = locale;
    return html`<label class="search"><span part="search-label">${t.search}</span>
        <input type="search" part="search" autocomplete="off" .value=${query} @input=${onInput} /></label>
      <p class="count" part=${count ? 'count' : 'count no-match'} role="status">${count ? plural(locale, count, t.count) : t.noMatch(query)}</p>`;
  },

  styles: css`
    .search {
      display: grid;
      gap: 0.25em;
      margin-block-end: 0.75em;
    }
    .search input {
      font: inherit;
      color: inherit;
      background: none;
      min-height: 2.75em;
      max-width: 100%;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
    }
    .count {
      margin: 0 0 0.5em;
      color: var(--_muted);
      font-size: 0.875em;
    }
  `,
};
