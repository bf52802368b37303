// The pre-rendered snippet: a widget's content as plain HTML, for pages whose editor or filter keeps no custom
// element and no script (see the README's "Embedding in your CMS"). It reads as a list without JavaScript, and
// search engines index it; where the bundle is on the page, it is a placeholder (src/placeholders.ts) that the
// element keeps in view until its feed has loaded, and replaces by the same content at the same size.
//
// Only what the filters keep: div, ul, li, h2–h6, p, span, a, img, time, strong; `lang`, `data-*`, `aria-label`,
// `style` with the properties WordPress's safecss_filter_attr allows (no `display`: rows are floats beside a
// block that makes its own formatting context). Each row has the metrics of the element's (src/layouts/,
// src/styles.ts), so that both take the same height. Browser code: no Node API.
import {httpUrl, validateFeed} from './feed/validate.js';
import type {Partner, Place, Text} from './feed/types.js';
import {loadLocale, type Locale} from './i18n/locale.js';
import type {Sort} from './layouts/layout.js';
import {orderPartners} from './order.js';
import {distanceKm} from './distance.js';

/** The elements a snippet can stand for, with the options each takes (as properties: `headingLevel`). */
export const SNIPPET_OPTIONS = {
  'twin-cities-list': ['src', 'lang', 'theme', 'persist', 'layout', 'sort', 'country', 'searchable', 'limit', 'headingLevel'],
  'twin-city-card': ['src', 'lang', 'theme', 'persist', 'city', 'headingLevel'],
  'twin-city-badge': ['src', 'lang', 'theme', 'persist', 'city', 'variant', 'href', 'homeName', 'homeCountry', 'country', 'since', 'relation'],
} as const;

export type SnippetElement = keyof typeof SNIPPET_OPTIONS;

/** The placeholder's widget names (src/placeholders.ts), by tag. */
const WIDGET_NAMES: Record<SnippetElement, string> = {'twin-cities-list': 'list', 'twin-city-card': 'card', 'twin-city-badge': 'badge'};

export interface SnippetOptions {
  /** The element the snippet stands for; `twin-cities-list` by default. */
  element?: SnippetElement;
  /** The snippet's language (a BCP 47 tag); the feed's home language by default. */
  lang?: string;
  /**
   * Where the package is served (the folder with `dist/` and `data/`), for the flags' addresses
   * (`data/flags/gr.svg` under it). Without it the snippet has no flags.
   */
  base?: string;
  /** The custom element (`<twin-cities-list …>`) instead of the placeholder `<div data-twin-cities="list" …>`. */
  tag?: boolean;
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
  persist?: boolean;
  layout?: string;
  sort?: Sort;
  country?: string;
  searchable?: boolean;
  limit?: number;
  headingLevel?: number;
  city?: string;
  variant?: 'full' | 'compact' | 'icon';
  href?: string;
  homeName?: string;
  homeCountry?: string;
  since?: string;
  relation?: string;
}

/** Thrown for options that make no widget (an unknown element, layout, city); its message says which. */
export class SnippetError extends Error {}

/**
 * The widget's content as a pre-rendered HTML snippet, in the widget's language, from a feed object (validated
 * as the widget validates it: a bad entry is left out, with a warning). Throws the feed's `FeedError` for a feed
 * the widget could not show, and a `SnippetError` for options that make no widget.
 */
export async function renderSnippet(feedJson: unknown, options: SnippetOptions = {}): Promise<string> {
  const element = options.element ?? 'twin-cities-list';
  if (!Object.hasOwn(SNIPPET_OPTIONS, element)) throw new SnippetError(`no element "${element}"; the elements are ${Object.keys(SNIPPET_OPTIONS).join(', ')}`);
  const {feed} = validateFeed(feedJson);
  const locale = await loadLocale(options.lang || feed.home.languages?.[0] || 'en');
  const view = new View(locale, options);
  const content =
    element === 'twin-city-card' ? view.card(partnerNamed(feed.partners, options.city), feed.home) :
    element === 'twin-city-badge' ? view.badge(partnerNamed(feed.partners, options.city), feed.home) :
    view.list(orderPartners(feed, locale, options.layout === 'timeline' ? '-date' : options.sort ?? 'date', options.country), feed.home);
  return wrap(element, options, content);
}

function partnerNamed(partners: readonly Partner[], city?: string): Partner {
  const partner = partners.find((p) => p.id === city);
  if (!partner) throw new SnippetError(city ? `no partner "${city}" in the feed; its ids are ${partners.map((p) => p.id).join(', ')}` : 'a card or a badge needs a city');
  return partner;
}

/** The placeholder (or the element) around the content, with the element's options as attributes. */
function wrap(element: SnippetElement, options: SnippetOptions, content: string): string {
  const allowed: readonly string[] = SNIPPET_OPTIONS[element];
  const attributes: string[] = options.tag ? [] : [`data-twin-cities="${WIDGET_NAMES[element]}"`];
  for (const [option, value] of Object.entries(options)) {
    if (['element', 'base', 'tag'].includes(option) || value === undefined || value === false) continue;
    if (!allowed.includes(option)) throw new SnippetError(`<${element}> has no option "${option}"`);
    const name = option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    const attribute = option === 'lang' || options.tag ? name : `data-${name}`;
    attributes.push(value === true ? attribute : `${attribute}="${escape(String(value))}"`);
  }
  const open = options.tag ? element : 'div';
  return `<${open} ${attributes.join(' ')}>\n${content}\n</${open}>\n`;
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
/** Feed text as text: safe in an element's content and in a quoted attribute. */
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** `style="…"` from declarations; the values are the library's own, never the feed's. */
const style = (...declarations: string[]) => `style="${declarations.join(';')}"`;

// What the element's `.root` resets (`all: initial`) and sets, so that the page's CSS for lists, paragraphs
// and links does not change the metrics: every block states them again, as a theme may set them on any.
const BLOCK = 'margin:0;padding:0;border:0;font-size:inherit;font-weight:400;font-style:normal;line-height:1.5;letter-spacing:normal;text-transform:none;text-indent:0;text-align:left;background:none';
const SMALL = 'font-size:0.875em';
const MUTED = 'color:var(--twin-cities-muted,inherit)';
const BORDER = 'var(--twin-cities-border,color-mix(in srgb,currentColor 30%,transparent))';
const ACCENT = 'var(--twin-cities-accent,currentColor)';

/** The element's own colours with a `theme`, as src/styles.ts has them, fixed to one scheme: inline CSS cannot follow the system's. */
const SCHEMES = {
  light: {text: '#1f2328', muted: '#57606a', background: '#ffffff', border: '#d0d7de', accent: '#0b5cad'},
  dark: {text: '#e6edf3', muted: '#9da7b3', background: '#161b22', border: '#3d444d', accent: '#79b8ff'},
};

/** The widget's content, as HTML strings. */
class View {
  readonly #scheme?: (typeof SCHEMES)['light'];

  constructor(
    readonly locale: Locale,
    readonly options: SnippetOptions,
  ) {
    if (options.theme) this.#scheme = SCHEMES[options.theme === 'dark' ? 'dark' : 'light'];
  }

  /** The content's outermost element's style: the element's `.root`, with its background and padding when it has a theme. */
  #root(...more: string[]) {
    const scheme = this.#scheme;
    return style(BLOCK, ...more, ...(scheme ? [
      `color:var(--twin-cities-text,${scheme.text})`, `background:var(--twin-cities-background,${scheme.background})`,
      'padding:var(--twin-cities-padding,1em)', 'border-radius:var(--twin-cities-radius,0.5em)',
      `--twin-cities-muted:${scheme.muted}`, `--twin-cities-border:${scheme.border}`, `--twin-cities-accent:${scheme.accent}`,
    ] : []));
  }

  list(partners: Partner[], home: Place): string {
    const {t} = this.locale;
    const label = `aria-label="${escape(t.listLabel(this.locale.text(home.name)))}"`;
    const layout = this.options.layout ?? 'list';
    if (layout === 'compact') {
      // Floats wrap as the element's flex row does; the negative margins take back the space after the last in a row.
      return `<div data-twin-cities-prerendered ${this.#root('overflow:hidden')}>` +
        `<ul ${label} ${style(BLOCK, 'overflow:hidden', 'margin:0 0 -0.25em -0.75em', 'list-style-type:none')}>${partners.map((partner) =>
          `<li ${style(BLOCK, 'float:left', 'margin:0 0 0.25em 0.75em', 'list-style-type:none')}>${
            this.#flag(partner.country, 'vertical-align:middle;margin:0 0.375em 0 0')}${this.#link(partner)}</li>`).join('\n')}</ul></div>`;
    }
    if (layout === 'timeline') {
      const years = new Map<string, Partner[]>();
      for (const partner of partners) {
        const year = partner.since?.slice(0, 4) ?? '';
        years.set(year, [...(years.get(year) ?? []), partner]);
      }
      const level = this.#level();
      return `<div data-twin-cities-prerendered ${label} ${this.#root()}>${[...years].map(([year, group], index) =>
        `<h${level} ${style(BLOCK, `margin:${index ? '1em' : '0'} 0 0.25em`, 'font-size:1.125em', 'font-weight:700')}>${
          escape(year ? this.locale.date(year) : t.dateUnknown)}</h${level}>` +
        `<ul ${style(BLOCK, 'margin-left:0.375em', 'padding-left:1em', `border-left:0.125em solid ${ACCENT}`, 'list-style-type:none')}>${
          group.map((partner, i) => this.#row(partner, i === group.length - 1)).join('\n')}</ul>`).join('\n')}</div>`;
    }
    if (layout === 'grid') {
      return `<ul data-twin-cities-prerendered ${label} ${this.#root('list-style-type:none')}>${
        partners.map((partner) => `<li data-id="${escape(partner.id)}" ${style(BLOCK, 'margin-bottom:var(--twin-cities-gap,1em)', 'list-style-type:none')}>${this.card(partner, home, false)}</li>`).join('\n')}</ul>`;
    }
    if (layout !== 'list') throw new SnippetError(`no layout "${layout}"; the layouts are list, grid, compact, timeline`);
    return `<ul data-twin-cities-prerendered ${label} ${this.#root('list-style-type:none')}>${
      partners.map((partner, i) => this.#row(partner, i === partners.length - 1)).join('\n')}</ul>`;
  }

  /** An entry of the list layout (src/layouts/list.ts, src/partner.ts renderEntry): the flag beside two lines. */
  #row(partner: Partner, last: boolean): string {
    const {locale} = this;
    return `<li data-id="${escape(partner.id)}" ${style(BLOCK, 'overflow:hidden', 'padding:0.625em 0', 'list-style-type:none', last ? 'border:0' : `border-bottom:1px solid ${BORDER}`)}>${
      this.#flag(partner.country, 'float:left;margin:0.25em 0.75em 0 0')}<div ${style(BLOCK, 'overflow:hidden')}>` +
      [`<span ${style('font-weight:700')}>${this.#link(partner)}</span>`, this.#former(partner, 'div'),
        `<div ${style(BLOCK, SMALL, MUTED)}>${escape(locale.country(partner.country))} · ${this.#relation(partner)}</div>`].filter(Boolean).join('\n') +
      '</div></li>';
  }

  /** One partner in full (src/card.ts): as the card element, or as an entry of the grid. */
  card(partner: Partner, home: Place, alone = true): string {
    const {locale} = this;
    const {t} = locale;
    const level = this.#level();
    const km = distanceKm(home, partner);
    const gap = (last = false) => `margin:0 0 ${last ? '0' : '0.5em'}`;
    const paragraph = (text: string, ...more: string[]) => `\n<p ${style(BLOCK, gap(), ...more)}>${text}</p>`;
    const region = partner.region ? `, ${this.#text(partner.region)}` : '';
    const history = partner.history?.length ? `<h${Math.min(level + 1, 6)} ${style(BLOCK, 'margin:0.5em 0', 'font-weight:700')}>${escape(t.history)}</h${Math.min(level + 1, 6)}>` +
      `<ol ${style(BLOCK, gap(), 'padding-left:1.25em', `border-left:0.125em solid ${BORDER}`, 'list-style-type:disc')}>${partner.history.map((event) =>
        `<li ${style(BLOCK, 'padding:0.25em 0', 'list-style-type:disc')}><time datetime="${escape(event.date)}">${escape(locale.date(event.date))}</time>: ${
          escape(t.event[event.type])}${event.actor ? escape(`, ${t.proposedBy(locale.text(event.actor))}`) : ''}${event.text ? `<br>${this.#text(event.text)}` : ''}</li>`).join('')}</ol>` : '';
    const content =
      `<h${level} ${style(BLOCK, gap(), 'font-size:1.25em', 'line-height:1.3', 'font-weight:700')}>${this.#flag(partner.country, 'width:1.6em;height:1.2em;vertical-align:middle;margin:0 0.4em 0 0')}${this.#name(partner)}</h${level}>` +
      (partner.formerName ? paragraph(this.#former(partner, 'span')) : '') +
      paragraph(`${escape(locale.country(partner.country))}${region}`, MUTED) +
      paragraph(this.#relation(partner)) +
      (partner.summary ? paragraph(this.#text(partner.summary)) : '') +
      (km === undefined ? '' : paragraph(escape(t.distance(locale.number(km, {style: 'unit', unit: 'kilometer', maximumFractionDigits: 0}), locale.text(home.name))), MUTED)) +
      history +
      (partner.url ? `<p ${style(BLOCK, gap(true))}><a href="${escape(partner.url)}" rel="noopener noreferrer" ${style(`color:${ACCENT}`)}>${escape(t.website)}</a></p>` : '');
    const box = style(BLOCK, 'padding:1em', `border:1px solid ${BORDER}`, 'border-radius:var(--twin-cities-radius,0.5em)');
    return alone ? `<div data-twin-cities-prerendered ${this.#root()}><div ${box}>${content}</div></div>` : `<div ${box}>${content}</div>`;
  }

  /** The badge (src/badge.ts): "Twin city: Asenovgrad, Bulgaria, since 2023", linking home. */
  badge(partner: Partner, home: Place): string {
    const {locale} = this;
    const {t} = locale;
    const href = httpUrl(this.options.href);
    const link = typeof href === 'string' ? href : home.url;
    const name = link ? `<a href="${escape(link)}" rel="noopener noreferrer" ${style(`color:${ACCENT}`)}>${this.#text(home.name)}</a>` : this.#text(home.name);
    const since = partner.since ? `<br><time datetime="${escape(partner.since)}">${escape(t.since(locale.date(partner.since)))}</time>` : '';
    const flags = this.#flag(partner.country, 'vertical-align:middle;margin:0 0.25em 0 0') + this.#flag(home.country, 'vertical-align:middle;margin:0 0.5em 0 0');
    return `<p data-twin-cities-prerendered ${this.#root('padding:0.5em 0.75em', `border:1px solid ${BORDER}`, 'border-radius:var(--twin-cities-radius,0.5em)', 'line-height:1.3')}>${flags}` +
      `${escape(t.relation[partner.relation])}: <strong>${name}</strong>, ${escape(locale.country(home.country))}${since}</p>`;
  }

  /** The headings' level, 1 to 6, as the element takes it (3 by default; Drupal's Basic HTML keeps 2 to 6). */
  #level() {
    const level = Math.trunc(Number(this.options.headingLevel ?? 3));
    return level >= 1 && level <= 6 ? level : 3;
  }

  /** Feed text in the widget's language, marked with the language it is really in where that differs. */
  #text(value: Text): string {
    const [text, lang] = this.locale.textIn(value);
    return lang && lang !== this.locale.lang ? `<span lang="${escape(lang)}">${escape(text)}</span>` : escape(text);
  }

  /** The name, and the name in the place's own language where it differs (src/partner.ts renderName). */
  #name(place: Place): string {
    const own = place.languages?.[0];
    const native = own && typeof place.name !== 'string' ? place.name[own] : undefined;
    return this.#text(place.name) + (native !== undefined && native !== this.locale.text(place.name)
      ? ` <span lang="${escape(own!)}" ${style(SMALL, 'font-weight:400', MUTED)}>${escape(native)}</span>` : '');
  }

  /** The name, as a link to the partner's site where the feed has one (http(s) only: the feed's validation keeps no other). */
  #link(partner: Partner): string {
    return partner.url
      ? `<a href="${escape(partner.url)}" rel="noopener noreferrer" ${style(`color:${ACCENT}`)}>${this.#name(partner)}</a>`
      : this.#name(partner);
  }

  #former(partner: Partner, tag: 'div' | 'span'): string {
    return partner.formerName
      ? `<${tag} ${style(...(tag === 'div' ? [BLOCK] : []), SMALL, MUTED)}>${escape(this.locale.t.formerName(this.locale.text(partner.formerName)))}</${tag}>`
      : '';
  }

  /** "Twin city since 23 May 2023", the date in `<time>` (src/partner.ts renderRelation). */
  #relation(partner: Partner): string {
    const {t} = this.locale;
    return escape(t.relation[partner.relation]) +
      (partner.since ? ` <time datetime="${escape(partner.since)}">${escape(t.since(this.locale.date(partner.since)))}</time>` : '') +
      (partner.status === 'inactive' ? ` (${escape(t.inactive)})` : '');
  }

  /** A flag of the element's size, with the width and height a filter that drops `style` keeps. */
  #flag(country: string, position: string): string {
    if (!this.options.base) return '';
    // A URL or a path from the site's root: the flags are under its data/flags/.
    const src = `${this.options.base.replace(/\/?$/, '/')}data/flags/${country.toLowerCase()}.svg`;
    const alt = escape(this.locale.t.flag(this.locale.country(country)));
    return `<img src="${escape(src)}" alt="${alt}" width="21" height="16" ${style('width:1.333em', 'height:1em', 'max-width:none', 'border:0', 'padding:0', 'object-fit:cover', 'border-radius:0.125em', position)}>`;
  }
}
