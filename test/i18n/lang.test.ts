// src/i18n/lang.ts: which language each widget speaks (its own lang, the nearest ancestor's across shadow
// roots, the document's), re-rendering when any of them changes; and every widget in every language.
import {aTimeout, expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {LANGUAGES} from '../../src/i18n/locale.js';
import {onLanguageChange, pageLanguage} from '../../src/i18n/lang.js';
import type {Messages} from '../../src/i18n/messages.js';
import bg from '../../src/i18n/messages/bg.js';
import el from '../../src/i18n/messages/el.js';
import en from '../../src/i18n/messages/en.js';
import id from '../../src/i18n/messages/id.js';
import mk from '../../src/i18n/messages/mk.js';
import ru from '../../src/i18n/messages/ru.js';
import sr from '../../src/i18n/messages/sr.js';
import srLatn from '../../src/i18n/messages/sr-Latn.js';
import tr from '../../src/i18n/messages/tr.js';
import '../../src/define/twin-cities-list.js';
import '../../src/define/twin-city-badge.js';
import '../../src/define/twin-city-card.js';
import {settled} from '../helpers.js';

const CATALOGUES: Record<string, Messages> = {bg, el, en, id, mk, ru, sr, 'sr-Latn': srLatn, tr};

/** "Twin city" in each language, as its messages file says it. */
const TWIN: Record<string, string> = {
  bg: 'Побратимен град', en: 'Twin city', tr: 'Kardeş şehir', el: 'Αδελφή πόλη', sr: 'Братски град',
  'sr-Latn': 'Bratski grad', mk: 'Збратимен град', ru: 'Город-побратим', id: 'Kota kembar',
};
/** The home town's name in each language, from data/twin-cities.json. */
const ASENOVGRAD: Record<string, string> = {
  bg: 'Асеновград', en: 'Asenovgrad', tr: 'Asenovgrad', el: 'Ασένοβγκραντ', sr: 'Асеновград',
  'sr-Latn': 'Asenovgrad', mk: 'Асеновград', ru: 'Асеновград', id: 'Asenovgrad',
};

// What the widget says where the browser's Intl lacks Macedonian (Debian's Chromium): CLDR 48's words.
const intlKnows = (lang: string) =>
  Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 && Intl.DisplayNames.supportedLocalesOf([lang]).length > 0;
const MACEDONIAN: Record<string, string> = {BG: 'Бугарија', TR: 'Турција', GR: 'Грција', '2023-05-23': '23 мај 2023 г.'};
function countryName(lang: string, code: string): string {
  if (intlKnows(lang)) return new Intl.DisplayNames(lang, {type: 'region'}).of(code)!;
  if (lang === 'mk') return MACEDONIAN[code]!;
  throw new Error(`this browser lacks ${lang}: no expectation`);
}
function longDate(lang: string, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (intlKnows(lang)) return new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'}).format(Date.UTC(year, month - 1, day));
  if (lang === 'mk') return MACEDONIAN[date]!;
  throw new Error(`this browser lacks ${lang}: no expectation`);
}

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

/** Whitespace collapsed, and every kind of space a plain one (CLDR 48 writes "2023 г." with a narrow no-break space). */
const words = (value: string) => value.replace(/\s+/g, ' ').trim();
const text = (node: Node | null | undefined) => words(node?.textContent ?? '');
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
/** The text of the first of the widget's `part`. */
const partText = (el: Element, part: string, within = '') => text($(el, `${within} [part~=${part}]`.trim()));
/** The language a screen reader reads a node in: the nearest lang, across shadow roots. */
function languageOf(node: Element): string | null {
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) {
    if (at.hasAttribute('lang')) return at.getAttribute('lang');
  }
  return null;
}
/** Creates a widget with these attributes in `parent`. */
function mount<T extends Widget>(tag: string, attributes: Record<string, string>, parent: Node): T {
  const widget = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  parent.appendChild(widget);
  return widget;
}
/** A badge for Kocaeli's site, waited for. */
const badge = (parent: Node, attributes: Record<string, string> = {}) => settled(mount('twin-city-badge', {city: 'kocaeli', ...attributes}, parent));
/** Waits until the badge says "Twin city" in `lang`. */
async function speaks(el: Element, lang: string) {
  await waitUntil(() => partText(el, 'relation') === TWIN[lang], `did not switch to ${lang} (says “${partText(el, 'relation')}”)`, {timeout: 3000});
  expect($(el, '[part~=base]')!.getAttribute('lang')).to.equal(lang);
  expect(partText(el, 'name')).to.equal(ASENOVGRAD[lang]);
}

const originalLang = document.documentElement.getAttribute('lang');
afterEach(() => {
  if (originalLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', originalLang);
});

describe('pageLanguage', () => {
  const cases: {what: string; page: string; documentLang?: string; expected: string}[] = [
    {what: 'its own lang', page: '<div lang="bg"><p class="here" lang="tr"></p></div>', documentLang: 'en', expected: 'tr'},
    {what: 'the nearest ancestor’s', page: '<div lang="bg"><section lang="el"><p class="here"></p></section></div>', documentLang: 'en', expected: 'el'},
    {what: 'the document’s', page: '<div><p class="here"></p></div>', documentLang: 'ru', expected: 'ru'},
    {what: 'nothing, without any lang', page: '<div><p class="here"></p></div>', expected: ''},
    {what: 'the tag as written', page: '<div lang="sr-Latn-RS"><p class="here"></p></div>', expected: 'sr-Latn-RS'},
  ];
  for (const c of cases) {
    it(`takes ${c.what}`, () => {
      if (c.documentLang) document.documentElement.setAttribute('lang', c.documentLang);
      else document.documentElement.removeAttribute('lang');
      const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = c.page;
      expect(pageLanguage(container.querySelector('.here')!)).to.equal(c.expected);
    });
  }

  it('crosses shadow roots: inside a shadow root, the host’s ancestors count, nearest first', () => {
    document.documentElement.setAttribute('lang', 'en');
    const outer = fixtureSync<HTMLDivElement>(html`<div lang="mk"><div class="host"></div></div>`);
    const host = outer.querySelector('.host')!;
    const inner = document.createElement('div');
    host.attachShadow({mode: 'open'}).append(inner);
    // A second component inside the first one's shadow root.
    const deeper = document.createElement('span');
    inner.attachShadow({mode: 'open'}).append(deeper);
    expect(pageLanguage(inner)).to.equal('mk');
    expect(pageLanguage(deeper)).to.equal('mk');
    inner.setAttribute('lang', 'ru');
    expect(pageLanguage(deeper)).to.equal('ru');
  });
});

describe('onLanguageChange', () => {
  it('tells its listener when a lang changes anywhere in the document, until unsubscribed', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div><p lang="bg"></p></div>`);
    let calls = 0;
    const stop = onLanguageChange(document.body, () => calls++);
    try {
      container.querySelector('p')!.setAttribute('lang', 'tr');
      await waitUntil(() => calls > 0, 'no call for a paragraph’s lang');
      const before = calls;
      document.documentElement.setAttribute('lang', 'el');
      await waitUntil(() => calls > before, 'no call for the document’s lang');
      const unrelated = calls;
      container.setAttribute('title', 'not a language');
      await aTimeout(20);
      expect(calls, 'other attributes do not count').to.equal(unrelated);
    } finally {
      stop();
    }
    const stopped = calls;
    container.setAttribute('lang', 'ru');
    await aTimeout(20);
    expect(calls, 'no call after unsubscribing').to.equal(stopped);
  });
});

describe('each widget speaks its own language', () => {
  it('two badges with different langs on one page speak Turkish and Greek', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div lang="en"></div>`);
    const [turkish, greek] = await Promise.all([badge(container, {lang: 'tr'}), badge(container, {lang: 'el'})]);
    await speaks(turkish, 'tr');
    await speaks(greek, 'el');
    expect(partText(turkish, 'country')).to.equal(countryName('tr', 'BG'));
    expect(partText(greek, 'country')).to.equal(countryName('el', 'BG'));
    await expect(container).to.be.accessible();
  });

  it('a list and a card with different langs on one page speak Bulgarian and Russian', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    const [list, card] = await Promise.all([
      settled(mount('twin-cities-list', {lang: 'bg', limit: '2'}, container)),
      settled(mount('twin-city-card', {lang: 'ru', city: 'stary-oskol'}, container)),
    ]);
    expect($(list, '[part~=list]')!.getAttribute('aria-label')).to.equal('Побратимени градове на Асеновград');
    expect(partText(card, 'relation')).to.equal('Город-побратим');
    expect(text($(card, '[role=heading]'))).to.equal('Старый Оскол');
    await expect(container).to.be.accessible();
  });

  it('a badge without lang inside <div lang="tr"> speaks Turkish, then Greek when the div’s lang becomes "el"', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div lang="tr"></div>`);
    const el = await badge(container);
    await speaks(el, 'tr');
    expect(partText(el, 'country')).to.equal(countryName('tr', 'BG'));
    container.setAttribute('lang', 'el');
    await speaks(el, 'el');
    expect(partText(el, 'country')).to.equal(countryName('el', 'BG'));
    expect(el.hasAttribute('lang'), 'the badge took no lang of its own').to.equal(false);
    await expect(container).to.be.accessible();
  });

  it('re-renders when the document’s lang changes and nothing closer has one', async () => {
    document.documentElement.setAttribute('lang', 'ru');
    const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const el = await badge(container);
    await speaks(el, 'ru');
    document.documentElement.setAttribute('lang', 'id');
    await speaks(el, 'id');
    await expect(el).to.be.accessible();
  });

  it('keeps its own lang when the document’s changes', async () => {
    document.documentElement.setAttribute('lang', 'ru');
    const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const own = await badge(container, {lang: 'bg'});
    const inherited = await badge(container);
    document.documentElement.setAttribute('lang', 'tr');
    await speaks(inherited, 'tr');
    await speaks(own, 'bg');
    await expect(container).to.be.accessible();
  });

  it('speaks its ancestor’s language once its own lang is removed, and its own again when set', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div lang="mk"></div>`);
    const el = await badge(container, {lang: 'en'});
    await speaks(el, 'en');
    el.removeAttribute('lang');
    await speaks(el, 'mk');
    expect(partText(el, 'country')).to.equal(countryName('mk', 'BG'));
    el.setAttribute('lang', 'sr');
    await speaks(el, 'sr');
    await expect(container).to.be.accessible();
  });

  it('inside another component’s shadow root, takes the language of the host’s ancestor, and follows its changes', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const outer = fixtureSync<HTMLDivElement>(html`<div lang="el"><div class="host"></div></div>`);
    const inner = document.createElement('div');
    outer.querySelector('.host')!.attachShadow({mode: 'open'}).append(inner);
    const el = await badge(inner);
    await speaks(el, 'el');
    outer.setAttribute('lang', 'tr');
    await speaks(el, 'tr');
    await expect(outer).to.be.accessible();
  });

  it('inside another component’s shadow root, follows a lang that changes inside that shadow root', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const inner = document.createElement('div');
    inner.setAttribute('lang', 'el');
    host.attachShadow({mode: 'open'}).append(inner);
    const el = await badge(inner);
    await speaks(el, 'el');
    // The component switches its own content's language, as a language picker inside it would.
    inner.setAttribute('lang', 'tr');
    await speaks(el, 'tr');
    await expect(host).to.be.accessible();
  });
});

describe('every widget in every language', () => {
  // Each language of the widgets, and German, which they do not speak: English stands in.
  const cases = [...LANGUAGES.map((lang) => ({lang, speaks: lang})), {lang: 'de', speaks: 'en'}];
  for (const {lang, speaks: said} of cases) {
    it(`lang="${lang}": the list, the card and the badge speak ${said}, with ${said} country names and dates`, async () => {
      const t = CATALOGUES[said]!;
      const container = fixtureSync<HTMLDivElement>(html`<div style="width: 720px"></div>`);
      const [list, card, badgeEl] = await Promise.all([
        settled(mount('twin-cities-list', {lang}, container)),
        settled(mount('twin-city-card', {lang, city: 'kocaeli', 'heading-level': '2'}, container)),
        settled(mount('twin-city-badge', {lang, city: 'kocaeli'}, container)),
      ]);
      const turkey = countryName(said, 'TR');
      const since = t.since(longDate(said, '2023-05-23'));
      for (const widget of [list, card, badgeEl]) {
        expect($(widget, '[role=alert]') === null, `<${widget.localName}> shows no error`).to.equal(true);
        expect($(widget, '[part~=base]')!.getAttribute('lang'), `<${widget.localName}>’s content is marked as ${said}`).to.equal(said);
      }

      expect($(list, '[part~=list]')!.getAttribute('aria-label')).to.equal(t.listLabel(ASENOVGRAD[said]!));
      const kocaeli = '[part~=item][data-id=kocaeli]';
      expect(partText(list, 'relation', kocaeli)).to.equal(TWIN[said]);
      expect(partText(list, 'country', kocaeli)).to.equal(turkey);
      expect(partText(list, 'date', kocaeli)).to.equal(words(since));

      expect(partText(card, 'relation')).to.equal(TWIN[said]);
      expect(partText(card, 'country').startsWith(`${turkey}, `), `card country “${partText(card, 'country')}”`).to.equal(true);
      expect(partText(card, 'date')).to.equal(words(since));
      expect(partText(card, 'link').startsWith(t.website), `card link “${partText(card, 'link')}”`).to.equal(true);

      expect(partText(badgeEl, 'relation')).to.equal(TWIN[said]);
      expect(partText(badgeEl, 'name')).to.equal(ASENOVGRAD[said]);
      expect(partText(badgeEl, 'country')).to.equal(countryName(said, 'BG'));
      expect(partText(badgeEl, 'date')).to.equal(words(since));

      await expect(container).to.be.accessible();
    });
  }

  it('Turkish says "Bulgaristan" and Greek writes Greek dates, in every browser', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const [turkish, greek] = await Promise.all([badge(container, {lang: 'tr'}), badge(container, {lang: 'el'})]);
    expect(partText(turkish, 'country')).to.equal('Bulgaristan');
    expect(partText(turkish, 'date')).to.equal('23 Mayıs 2023 tarihinden beri');
    expect(partText(greek, 'country')).to.equal('Βουλγαρία');
    expect(partText(greek, 'date')).to.equal('— έναρξη: 23 Μαΐου 2023');
    await expect(container).to.be.accessible();
  });
});

describe('language of parts (WCAG 3.1.2)', () => {
  it('in a Bulgarian list, the content is marked Bulgarian and Νάουσα is marked Greek', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div lang="en" style="width: 640px"></div>`);
    const list = await settled(mount('twin-cities-list', {lang: 'bg'}, container));
    expect($(list, '[part~=base]')!.getAttribute('lang')).to.equal('bg');
    const naousa = $(list, '[part~=item][data-id=naousa]')!;
    const native = naousa.querySelector('[part~=native-name]')!;
    expect(text(native)).to.equal('Νάουσα');
    expect(native.getAttribute('lang')).to.equal('el');
    const name = [...naousa.querySelectorAll('span')].find((span) => span.textContent === 'Науса')!;
    expect(languageOf(name)).to.equal('bg');
    expect(languageOf(naousa.querySelector('[part~=country]')!)).to.equal('bg');
    await expect(container).to.be.accessible();
  });

  it('text the feed has not in the widget’s language is marked with the language it is shown in', async () => {
    // Kocaeli's summary and history are in Bulgarian, English and Turkish: a Greek card shows them in English.
    const container = fixtureSync<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    const card = await settled(mount('twin-city-card', {lang: 'el', city: 'kocaeli'}, container));
    const summary = $(card, '[part~=summary]')!;
    expect(text(summary)).to.match(/^By a decision of 23 May 2023/);
    expect(languageOf(summary), 'the English summary').to.equal('en');
    const event = $(card, '[part~=event]')!;
    const sentence = [...event.childNodes].find((node) => node.textContent?.includes('Asenovgrad Municipal Council agreed'))!;
    expect(sentence !== undefined, 'the event’s English text is shown').to.equal(true);
    expect(languageOf(sentence.nodeType === Node.ELEMENT_NODE ? (sentence as Element) : sentence.parentElement!), 'the English event text')
      .to.equal('en');
    await expect(container).to.be.accessible();
  });
});
