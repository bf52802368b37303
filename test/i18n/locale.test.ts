// src/i18n/locale.ts: which language a tag gets, feed text along the fallback chain, and dates and
// numbers as each language writes them (the browser's Intl, or CLDR's data where the browser lacks the language).
import {expect} from '@open-wc/testing';
import {LANGUAGES, Locale, fallbackChain, loadLocale, supportedLanguage} from '../../src/i18n/locale.js';
import {dateIn, intlKnows, plain} from '../helpers.js';
import {CATALOGUES} from '../catalogues.js';

describe('fallbackChain', () => {
  const cases: [string, string[]][] = [
    ['sr-Latn-RS', ['sr-Latn-RS', 'sr-Latn', 'sr']],
    ['sr-Latn', ['sr-Latn', 'sr']],
    ['en-GB', ['en-GB', 'en']],
    ['zh-Hant-TW', ['zh-Hant-TW', 'zh-Hant', 'zh']],
    ['bg', ['bg']],
  ];
  for (const [tag, chain] of cases) {
    it(`${tag} → ${chain.join(', ')}`, () => {
      expect(fallbackChain(tag)).to.deep.equal(chain);
    });
  }
});

describe('supportedLanguage', () => {
  const cases: [string, string][] = [
    // Each language is its own, spelt as the catalogue spells it.
    ...LANGUAGES.map((lang): [string, string] => [lang, lang]),
    ['sr-Latn-RS', 'sr-Latn'],
    ['sr-latn', 'sr-Latn'],
    ['SR-LATN-BA', 'sr-Latn'],
    ['sr-Cyrl', 'sr'],
    ['sr-Cyrl-RS', 'sr'],
    ['sr-RS', 'sr'],
    ['en-GB', 'en'],
    ['TR', 'tr'],
    ['tr-TR', 'tr'],
    ['bg-BG', 'bg'],
    ['el-GR', 'el'],
    ['mk-MK', 'mk'],
    ['ru-RU', 'ru'],
    ['id-ID', 'id'],
    ['de', 'en'],
    ['de-AT', 'en'],
    ['pt-BR', 'en'],
    ['', 'en'],
  ];
  for (const [tag, lang] of cases) {
    it(`"${tag}" → ${lang}`, () => {
      expect(supportedLanguage(tag)).to.equal(lang);
    });
  }
});

describe('Locale: feed text in the widget’s language', () => {
  const nis = {sr: 'Ниш', 'sr-Latn': 'Niš', en: 'Nish'};
  const cases: {what: string; lang: string; value: string | Record<string, string>; as?: string; expected: [string, string | undefined]}[] = [
    {what: 'a plain string, in no particular language', lang: 'bg', value: 'Plovdiv', expected: ['Plovdiv', undefined]},
    {what: 'the language itself', lang: 'sr-Latn', value: nis, expected: ['Niš', 'sr-Latn']},
    {what: 'the language itself (Cyrillic)', lang: 'sr', value: nis, expected: ['Ниш', 'sr']},
    {what: 'the next tag of the chain', lang: 'sr-Latn', value: {sr: 'Ниш', en: 'Nish'}, expected: ['Ниш', 'sr']},
    {what: 'the most specific tag first', lang: 'sr-Latn', as: 'sr-Latn-RS',
      value: {'sr-Latn-RS': 'Niš (RS)', 'sr-Latn': 'Niš', sr: 'Ниш'}, expected: ['Niš (RS)', 'sr-Latn-RS']},
    {what: 'a shorter tag of a longer lang', lang: 'sr-Latn', as: 'sr-Latn-RS', value: nis, expected: ['Niš', 'sr-Latn']},
    {what: 'English, when the chain has nothing', lang: 'tr', value: {bg: 'Прилеп', en: 'Prilep', mk: 'Прилеп'}, expected: ['Prilep', 'en']},
    {what: 'the first value, when there is no English either', lang: 'tr', value: {mk: 'Прилеп', bg: 'Прилеп (bg)'}, expected: ['Прилеп', 'mk']},
  ];
  for (const c of cases) {
    it(`${c.lang}${c.as ? ` (as ${c.as})` : ''} takes ${c.what}`, () => {
      const locale = new Locale(c.lang, CATALOGUES[c.lang]!);
      expect(c.as ? locale.textIn(c.value, c.as) : locale.textIn(c.value)).to.deep.equal(c.expected);
      if (!c.as) expect(locale.text(c.value)).to.equal(c.expected[0]);
    });
  }
});

describe('Locale: dates at their own precision', () => {
  // What Macedonian looks like where the browser lacks it: CLDR 48's patterns, which the widget carries.
  const macedonian = {day: '23 мај 2023 г.', month: 'мај 2023 г.', year: '1993 г.'};
  const expected = (lang: string) => intlKnows(lang)
    ? {day: dateIn(lang, '2023-05-23'), month: dateIn(lang, '2023-05'), year: dateIn(lang, '1993')}
    : lang === 'mk' ? macedonian : undefined;

  for (const lang of ['en', 'bg', 'tr', 'el', 'ru', 'sr', 'sr-Latn', 'id', 'mk']) {
    it(`${lang}: 2023-05-23, 2023-05 and 1993 as ${lang} writes them`, async () => {
      const want = expected(lang);
      expect(want, `an expectation for ${lang} in this browser`).not.to.equal(undefined);
      const locale = await loadLocale(lang);
      expect({day: plain(locale.date('2023-05-23')), month: plain(locale.date('2023-05')), year: plain(locale.date('1993'))})
        .to.deep.equal(want && {day: plain(want.day), month: plain(want.month), year: plain(want.year)});
    });
  }

  it('writes Greek dates in Greek and Turkish dates in Turkish', async () => {
    expect((await loadLocale('el')).date('2023-05-23')).to.match(/^23 Μαΐου 2023$/);
    expect((await loadLocale('tr')).date('2023-05-23')).to.match(/^23 Mayıs 2023$/);
    expect(plain((await loadLocale('mk')).date('2013-01-17'))).to.match(/^17 јануари 2013( г\.)?$/);
  });

  it('does not shift a date by the time zone: 1 January stays 1 January', async () => {
    const locale = await loadLocale('en');
    expect(locale.date('2023-01-01')).to.equal('January 1, 2023');
    expect(locale.date('2023-12')).to.equal('December 2023');
  });
});

describe('Locale: numbers and country names', () => {
  const km = {style: 'unit', unit: 'kilometer', maximumFractionDigits: 0} as const;
  const macedonian = {plain: '1.234,5', small: '444', km: '444 km', bigKm: '1.234 km', bulgaria: 'Бугарија', greece: 'Грција'};
  const expected = (lang: string) => intlKnows(lang)
    ? {
      plain: new Intl.NumberFormat(lang).format(1234.5), small: new Intl.NumberFormat(lang).format(444),
      km: new Intl.NumberFormat(lang, km).format(444.4), bigKm: new Intl.NumberFormat(lang, km).format(1234.4),
      bulgaria: new Intl.DisplayNames(lang, {type: 'region'}).of('BG'), greece: new Intl.DisplayNames(lang, {type: 'region'}).of('GR'),
    }
    : lang === 'mk' ? macedonian : undefined;

  for (const lang of ['en', 'bg', 'tr', 'el', 'ru', 'sr', 'sr-Latn', 'id', 'mk']) {
    it(`${lang}: 1234.5, 444 km and country names as ${lang} writes them`, async () => {
      const want = expected(lang);
      expect(want, `an expectation for ${lang} in this browser`).not.to.equal(undefined);
      const locale = await loadLocale(lang);
      expect({
        plain: locale.number(1234.5), small: locale.number(444), km: locale.number(444.4, km), bigKm: locale.number(1234.4, km),
        bulgaria: locale.country('BG'), greece: locale.country('GR'),
      }).to.deep.equal(want);
    });
  }

  it('writes "Bulgaristan" in Turkish, "Βουλγαρία" in Greek, "Бугарија" in Macedonian, in every browser', async () => {
    expect((await loadLocale('tr')).country('BG')).to.equal('Bulgaristan');
    expect((await loadLocale('el')).country('BG')).to.equal('Βουλγαρία');
    expect((await loadLocale('mk')).country('BG')).to.equal('Бугарија');
    expect((await loadLocale('mk')).number(1234.5)).to.equal('1.234,5');
  });
});

describe('loadLocale', () => {
  for (const lang of LANGUAGES) {
    it(`loads ${lang} with its own messages`, async () => {
      const locale = await loadLocale(lang);
      expect(locale.lang).to.equal(lang);
      expect(locale.t === CATALOGUES[lang], `the messages of ${lang} (relation.twin is “${locale.t.relation.twin}”)`).to.equal(true);
    });
  }

  const tags: [string, string, string][] = [
    ['sr-Latn-RS', 'sr-Latn', 'Bratski grad'],
    ['sr-Cyrl-RS', 'sr', 'Братски град'],
    ['TR', 'tr', 'Kardeş şehir'],
    ['de-AT', 'en', 'Twin city'],
    ['pt-BR', 'en', 'Twin city'],
  ];
  for (const [tag, lang, twin] of tags) {
    it(`gives "${tag}" the locale of ${lang}: “${twin}”`, async () => {
      const locale = await loadLocale(tag);
      expect(locale.lang).to.equal(lang);
      expect(locale.t.relation.twin).to.equal(twin);
    });
  }

  it('loads each language once: tags of one language share its locale', async () => {
    const [a, b, c] = await Promise.all([loadLocale('tr'), loadLocale('tr-TR'), loadLocale('TR')]);
    expect(a === b && b === c).to.equal(true);
    expect((await loadLocale('de')) === (await loadLocale('en'))).to.equal(true);
  });
});
