// src/i18n/lang.ts: which language each widget speaks (its own lang, the nearest ancestor's across shadow
// roots, the document's), re-rendering when any of them changes; and every widget in every language.
import {expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {LANGUAGES} from '../../src/i18n/locale.js';
import {onLanguageChange, pageLanguage} from '../../src/i18n/lang.js';
import '../../src/define/twin-cities-list.js';
import '../../src/define/twin-city-badge.js';
import '../../src/define/twin-city-card.js';
import {
  $, ASENOVGRAD, RELATION, container, countryName, dateIn, item, languageOf, listLabel, mount, partText, settled, text,
  words, type Attributes, type WidgetTag,
} from '../helpers.js';
import {CATALOGUES} from '../catalogues.js';

/** "Twin city" in each language, as its messages file says it. */
const twin = (lang: string) => RELATION[lang]!.twin;
/** A container for a test's widgets, in this language when given. */
function page(lang?: string, width?: number) {
  const parent = container(width);
  if (lang) parent.lang = lang;
  return parent;
}
/** A widget with these attributes in `parent`, loaded. */
const loaded = (tag: WidgetTag, attributes: Attributes, parent: Node) => settled(mount(tag, attributes, {parent}));
/** The text of a part of a list's entry. */
const entryText = (list: Element, id: string, part: string) => text(item(list, id).querySelector(`[part~=${part}]`));

/**
 * Resolves once the page's mutation observers have been told of every change made so far: an observer made
 * now is told last, of a change made now.
 */
function observersToldOfChanges() {
  const node = document.createElement('div');
  return new Promise<void>((told) => {
    const observer = new MutationObserver(() => (observer.disconnect(), told()));
    observer.observe(node, {attributes: true});
    node.setAttribute('data-change', '');
  });
}

/** A badge for Kocaeli's site, waited for. */
const badge = (parent: Node, attributes: Attributes = {}) => loaded('twin-city-badge', {city: 'kocaeli', ...attributes}, parent);
/** Waits until the badge says "Twin city" in `lang`. */
async function speaks(el: Element, lang: string) {
  await waitUntil(() => partText(el, 'relation') === twin(lang), `did not switch to ${lang} (says “${partText(el, 'relation')}”)`, {timeout: 3000});
  expect($(el, '[part~=base]')!.getAttribute('lang')).to.equal(lang);
  expect(partText(el, 'name')).to.equal(ASENOVGRAD[lang]);
}

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
      const container = page();
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
    const section = fixtureSync<HTMLDivElement>(html`<div><p lang="bg"></p></div>`);
    let calls = 0;
    const stop = onLanguageChange(document.body, () => calls++);
    try {
      section.querySelector('p')!.setAttribute('lang', 'tr');
      await waitUntil(() => calls > 0, 'no call for a paragraph’s lang');
      const before = calls;
      document.documentElement.setAttribute('lang', 'el');
      await waitUntil(() => calls > before, 'no call for the document’s lang');
      const unrelated = calls;
      section.setAttribute('title', 'not a language');
      await observersToldOfChanges();
      expect(calls, 'other attributes do not count').to.equal(unrelated);
    } finally {
      stop();
    }
    const stopped = calls;
    section.setAttribute('lang', 'ru');
    await observersToldOfChanges();
    expect(calls, 'no call after unsubscribing').to.equal(stopped);
  });
});

describe('each widget speaks its own language', () => {
  it('two badges with different langs on one page speak Turkish and Greek', async () => {
    const container = page('en');
    const [turkish, greek] = await Promise.all([badge(container, {lang: 'tr'}), badge(container, {lang: 'el'})]);
    await speaks(turkish, 'tr');
    await speaks(greek, 'el');
    expect(partText(turkish, 'country')).to.equal(countryName('tr', 'BG'));
    expect(partText(greek, 'country')).to.equal(countryName('el', 'BG'));
  });

  it('a list and a card with different langs on one page speak Bulgarian and Russian', async () => {
    const container = page();
    const [list, card] = await Promise.all([
      loaded('twin-cities-list', {lang: 'bg', limit: '2'}, container),
      loaded('twin-city-card', {lang: 'ru', city: 'stary-oskol'}, container),
    ]);
    expect(listLabel(list)).to.equal('Побратимени градове на Асеновград');
    expect(partText(card, 'relation')).to.equal('Город-побратим');
    expect(text($(card, '[role=heading]'))).to.equal('Старый Оскол');
  });

  it('a badge without lang inside <div lang="tr"> speaks Turkish, then Greek when the div’s lang becomes "el"', async () => {
    const container = page('tr');
    const el = await badge(container);
    await speaks(el, 'tr');
    expect(partText(el, 'country')).to.equal(countryName('tr', 'BG'));
    container.setAttribute('lang', 'el');
    await speaks(el, 'el');
    expect(partText(el, 'country')).to.equal(countryName('el', 'BG'));
    expect(el.hasAttribute('lang'), 'the badge took no lang of its own').to.equal(false);
  });

  it('re-renders when the document’s lang changes and nothing closer has one', async () => {
    document.documentElement.setAttribute('lang', 'ru');
    const container = page();
    const el = await badge(container);
    await speaks(el, 'ru');
    document.documentElement.setAttribute('lang', 'id');
    await speaks(el, 'id');
  });

  it('keeps its own lang when the document’s changes', async () => {
    document.documentElement.setAttribute('lang', 'ru');
    const container = page();
    const own = await badge(container, {lang: 'bg'});
    const inherited = await badge(container);
    document.documentElement.setAttribute('lang', 'tr');
    await speaks(inherited, 'tr');
    await speaks(own, 'bg');
  });

  it('speaks its ancestor’s language once its own lang is removed, and its own again when set', async () => {
    const container = page('mk');
    const el = await badge(container, {lang: 'en'});
    await speaks(el, 'en');
    el.removeAttribute('lang');
    await speaks(el, 'mk');
    expect(partText(el, 'country')).to.equal(countryName('mk', 'BG'));
    el.setAttribute('lang', 'sr');
    await speaks(el, 'sr');
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
  });

  it('inside another component’s shadow root, follows a lang that changes inside that shadow root', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const host = page();
    const inner = document.createElement('div');
    inner.setAttribute('lang', 'el');
    host.attachShadow({mode: 'open'}).append(inner);
    const el = await badge(inner);
    await speaks(el, 'el');
    // The component switches its own content's language, as a language picker inside it would.
    inner.setAttribute('lang', 'tr');
    await speaks(el, 'tr');
  });
});

describe('every widget in every language', () => {
  // Each language of the widgets, and German, which they do not speak: English stands in.
  const cases = [...LANGUAGES.map((lang) => ({lang, speaks: lang})), {lang: 'de', speaks: 'en'}];
  for (const {lang, speaks: said} of cases) {
    it(`lang="${lang}": the list, the card and the badge speak ${said}, with ${said} country names and dates`, async () => {
      const t = CATALOGUES[said]!;
      const container = page(undefined, 720);
      const [list, card, badgeEl] = await Promise.all([
        loaded('twin-cities-list', {lang}, container),
        loaded('twin-city-card', {lang, city: 'kocaeli', 'heading-level': '2'}, container),
        loaded('twin-city-badge', {lang, city: 'kocaeli'}, container),
      ]);
      const turkey = countryName(said, 'TR');
      const since = t.since(dateIn(said, '2023-05-23'));
      for (const widget of [list, card, badgeEl]) {
        expect($(widget, '[role=alert]') === null, `<${widget.localName}> shows no error`).to.equal(true);
        expect($(widget, '[part~=base]')!.getAttribute('lang'), `<${widget.localName}>’s content is marked as ${said}`).to.equal(said);
      }

      expect(listLabel(list)).to.equal(t.listLabel(ASENOVGRAD[said]!));
      expect(entryText(list, 'kocaeli', 'relation')).to.equal(twin(said));
      expect(entryText(list, 'kocaeli', 'country')).to.equal(turkey);
      expect(entryText(list, 'kocaeli', 'date')).to.equal(words(since));

      expect(partText(card, 'relation')).to.equal(twin(said));
      expect(partText(card, 'country').startsWith(`${turkey}, `), `card country “${partText(card, 'country')}”`).to.equal(true);
      expect(partText(card, 'date')).to.equal(words(since));
      expect(partText(card, 'link').startsWith(t.website), `card link “${partText(card, 'link')}”`).to.equal(true);

      expect(partText(badgeEl, 'relation')).to.equal(twin(said));
      expect(partText(badgeEl, 'name')).to.equal(ASENOVGRAD[said]);
      expect(partText(badgeEl, 'country')).to.equal(countryName(said, 'BG'));
      expect(partText(badgeEl, 'date')).to.equal(words(since));

    });
  }

  it('Turkish says "Bulgaristan" and Greek writes Greek dates, in every browser', async () => {
    const container = page();
    const [turkish, greek] = await Promise.all([badge(container, {lang: 'tr'}), badge(container, {lang: 'el'})]);
    expect(partText(turkish, 'country')).to.equal('Bulgaristan');
    expect(partText(turkish, 'date')).to.equal('23 Mayıs 2023 tarihinden beri');
    expect(partText(greek, 'country')).to.equal('Βουλγαρία');
    expect(partText(greek, 'date')).to.equal('— έναρξη: 23 Μαΐου 2023');
  });
});

describe('language of parts (WCAG 3.1.2)', () => {
  it('in a Bulgarian list, the content is marked Bulgarian and Νάουσα is marked Greek', async () => {
    const container = page('en');
    const list = await loaded('twin-cities-list', {lang: 'bg'}, container);
    expect($(list, '[part~=base]')!.getAttribute('lang')).to.equal('bg');
    const naousa = item(list, 'naousa');
    const native = naousa.querySelector('[part~=native-name]')!;
    expect(text(native)).to.equal('Νάουσα');
    expect(native.getAttribute('lang')).to.equal('el');
    const name = [...naousa.querySelectorAll('span')].find((span) => span.textContent === 'Науса')!;
    expect(languageOf(name)).to.equal('bg');
    expect(languageOf(naousa.querySelector('[part~=country]')!)).to.equal('bg');
  });

  it('text the feed has not in the widget’s language is marked with the language it is shown in', async () => {
    // Kocaeli's summary and history are in Bulgarian, English and Turkish: a Greek card shows them in English.
    const container = page();
    const card = await loaded('twin-city-card', {lang: 'el', city: 'kocaeli'}, container);
    const summary = $(card, '[part~=summary]')!;
    expect(text(summary)).to.match(/^By a decision of 23 May 2023/);
    expect(languageOf(summary), 'the English summary').to.equal('en');
    const event = $(card, '[part~=event]')!;
    const sentence = [...event.childNodes].find((node) => node.textContent?.includes('Asenovgrad Municipal Council agreed'))!;
    expect(sentence !== undefined, 'the event’s English text is shown').to.equal(true);
    expect(languageOf(sentence.nodeType === Node.ELEMENT_NODE ? (sentence as Element) : sentence.parentElement!), 'the English event text')
      .to.equal('en');
  });
});
