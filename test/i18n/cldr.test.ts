// src/i18n/cldr/: CLDR's data (generated/, by scripts/cldr.mjs) standing in for a browser's Intl. Macedonian is checked against CLDR's own
// strings; the languages the browser knows are checked against the browser's Intl, which must agree.
import {expect, fixtureSync, html} from '@open-wc/testing';
import {validateFeed} from '../../src/feed/validate.js';
import {formatter, type IntlFallback} from '../../src/i18n/cldr/format.js';
import {CLDR} from '../../src/i18n/cldr/generated/index.js';
import mkData from '../../src/i18n/cldr/generated/mk.js';
import {LANGUAGES} from '../../src/i18n/locale.js';
import '../../src/define/twin-cities-list.js';
import '../../src/define/twin-city-card.js';
import type {TwinCitiesList} from '../../src/twin-cities-list.js';
import type {TwinCityCard} from '../../src/twin-city-card.js';
import {intlKnows, plain, settled, text} from '../helpers.js';

const mk = formatter(mkData);
const load = async (lang: string): Promise<IntlFallback> => formatter((await CLDR[lang]!()).default);

const km = {style: 'unit', unit: 'kilometer', maximumFractionDigits: 0} as const;

// CLDR 48 puts a narrow no-break space (U+202F) between the year and "г." (23 мај 2023 г.), where the browsers'
// Intl data, older, have a plain space: the same words to a reader, so the comparisons below are of the words
// (`plain`), not of the kind of space.

describe('CLDR formatting: Macedonian', () => {
  const cases: {what: string; actual: () => string | undefined; expected: string}[] = [
    {what: 'country BG', actual: () => mk.country('BG'), expected: 'Бугарија'},
    {what: 'country GR', actual: () => mk.country('GR'), expected: 'Грција'},
    {what: 'country TR', actual: () => mk.country('TR'), expected: 'Турција'},
    {what: 'country MK', actual: () => mk.country('MK'), expected: 'Северна Македонија'},
    {what: 'a day', actual: () => mk.date(2023, 5, 23), expected: '23 мај 2023 г.'},
    {what: 'a single-digit day', actual: () => mk.date(2013, 1, 7), expected: '7 јануари 2013 г.'},
    {what: 'a month', actual: () => mk.date(2023, 5), expected: 'мај 2023 г.'},
    {what: 'December', actual: () => mk.date(2010, 12), expected: 'декември 2010 г.'},
    {what: 'a year', actual: () => mk.date(1993), expected: '1993 г.'},
    {what: 'a decimal number', actual: () => mk.number(1234.5, {maximumFractionDigits: 1}), expected: '1.234,5'},
    {what: 'a number rounded to 2 digits', actual: () => mk.number(1234567.891, {maximumFractionDigits: 2}), expected: '1.234.567,89'},
    {what: 'a number of 3 digits', actual: () => mk.number(999), expected: '999'},
    {what: 'a distance', actual: () => mk.number(444, km), expected: '444 km'},
    {what: 'a rounded distance', actual: () => mk.number(1234.4, km), expected: '1.234 km'},
  ];
  for (const c of cases) {
    it(`${c.what}: ${c.expected}`, () => {
      expect(plain(c.actual())).to.equal(c.expected);
    });
  }

  it('has no name for a code that is no country', () => {
    expect(mk.country('QQ')).to.equal(undefined);
  });

  it('is what the generated table loads for mk', async () => {
    expect((await CLDR.mk!()).default === mkData).to.equal(true);
  });
});

describe('CLDR data: only the countries a feed may name', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every code it names is a country the validator accepts, and none of EU, UN, EZ, QO, XA, ZZ`, async () => {
      const {regions} = (await CLDR[lang]!()).default;
      const refused = Object.keys(regions).filter((country) => {
        const home = {id: 'home', name: 'Home', country};
        try {
          validateFeed({version: 1, home, partners: []});
          return false;
        } catch {
          return true;
        }
      });
      expect(refused).to.deep.equal([]);
      for (const code of ['EU', 'UN', 'EZ', 'QO', 'XA', 'ZZ']) expect(regions, code).not.to.have.property(code);
      expect(regions).to.have.property('XK');
      expect(Object.keys(regions).length).to.be.above(240);
    });
  }
});

describe('CLDR formatting says what the browser’s Intl says', () => {
  // Every partner's country and the home country; dates at each precision, from the shipped feed and beyond.
  const COUNTRIES = ['BG', 'TR', 'ID', 'RS', 'RU', 'MK', 'GR', 'DE', 'FR', 'US'];
  const DATES: [number, number?, number?][] = [
    [2023, 5, 23], [2013, 8, 5], [2013, 1, 17], [2012, 5, 2], [2008, 6, 18], [1999, 11, 30], [2024, 2, 29],
    [2023, 5], [1998, 1], [2010, 12], [1993], [1989],
  ];
  const NUMBERS: [number, Intl.NumberFormatOptions?][] = [
    [9], [444], [1234], [1234.5], [12345.6], [1234567], [0.125], [2.5, {maximumFractionDigits: 0}],
    [1234.56, {maximumFractionDigits: 1}], [444.4, km], [1234.4, km], [12345, km],
  ];
  const intlDate = (lang: string, [year, month, day]: [number, number?, number?]) =>
    new Intl.DateTimeFormat(lang, {timeZone: 'UTC', ...(day ? {dateStyle: 'long'} : month ? {year: 'numeric', month: 'long'} : {year: 'numeric'})})
      .format(Date.UTC(year, (month ?? 1) - 1, day ?? 1));

  // English is left out of the country names only: Intl's English is older than CLDR 48 in some
  // browsers ("Turkey" in WebKit, "Türkiye" in CLDR 48), both right; its dates and numbers are compared.
  // Where the browser lacks a language there is nothing to compare with: the tests above cover Macedonian.
  for (const lang of LANGUAGES.filter(intlKnows)) {
    it(`${lang}: country names, dates and numbers equal Intl’s`, async () => {
      const cldr: IntlFallback = await load(lang);
      if (lang !== 'en') {
        const regions = new Intl.DisplayNames(lang, {type: 'region'});
        expect(COUNTRIES.map((code) => cldr.country(code))).to.deep.equal(COUNTRIES.map((code) => regions.of(code)));
      }
      // Macedonian in WebKit: its older ICU writes "23 мај 2023" and "1993" where CLDR 48 has "23 мај 2023 г."
      // and "1993 г.", both right; the dates are compared wherever the browser's Macedonian is CLDR 48's.
      if (lang !== 'mk' || plain(intlDate('mk', [1993])) === '1993 г.') {
        expect(DATES.map((date) => plain(cldr.date(...date)))).to.deep.equal(DATES.map((date) => plain(intlDate(lang, date))));
      }
      // Numbers exactly: the group separator is a no-break space in both (1 234 567 in Russian).
      expect(NUMBERS.map(([value, options]) => cldr.number(value, options)))
        .to.deep.equal(NUMBERS.map(([value, options]) => new Intl.NumberFormat(lang, options).format(value)));
    });
  }
});

describe('Macedonian in a real widget, in every browser', () => {
  // From the browser's Intl where it knows Macedonian, else from CLDR's data: Macedonian either way.
  const expected = intlKnows('mk')
    ? {
      greece: new Intl.DisplayNames('mk', {type: 'region'}).of('GR')!,
      turkey: new Intl.DisplayNames('mk', {type: 'region'}).of('TR')!,
      day: new Intl.DateTimeFormat('mk', {dateStyle: 'long', timeZone: 'UTC'}).format(Date.UTC(2023, 4, 23)),
      year: new Intl.DateTimeFormat('mk', {year: 'numeric', timeZone: 'UTC'}).format(Date.UTC(1993, 0, 1)),
    }
    : {greece: 'Грција', turkey: 'Турција', day: '23 мај 2023 г.', year: '1993 г.'};


  it('<twin-cities-list lang="mk"> names countries and dates in Macedonian, not English', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div style="width: 640px"><twin-cities-list lang="mk"></twin-cities-list></div>`);
    const el = await settled(container.querySelector<TwinCitiesList>('twin-cities-list')!);
    const entry = (id: string) => el.shadowRoot!.querySelector(`[part~=item][data-id="${id}"]`);
    expect(el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang')).to.equal('mk');
    expect(text(entry('naousa')?.querySelector('[part~=country]'))).to.equal(expected.greece);
    expect(text(entry('kocaeli')?.querySelector('[part~=country]'))).to.equal(expected.turkey);
    expect(text(entry('kocaeli')?.querySelector('[part~=date]'))).to.equal(`од ${expected.day}`);
    expect(text(entry('prilep')?.querySelector('[part~=date]'))).to.equal(`од ${expected.year}`);
    expect(text(entry('kocaeli')?.querySelector('[part~=relation]'))).to.equal('Збратимен град');
    expect(expected.day).to.match(/^23 мај 2023/);
    const all = text(el.shadowRoot!.querySelector('[part~=list]'));
    for (const english of ['Greece', 'Turkey', 'Türkiye', 'Serbia', 'Russia', 'May', 'since']) expect(all).not.to.include(english);
    await expect(el).to.be.accessible();
  });

  it('<twin-city-card city="kocaeli" lang="mk"> shows the date of each event and the distance in Macedonian', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div style="width: 640px"><twin-city-card city="kocaeli" lang="mk"></twin-city-card></div>`);
    const el = await settled(container.querySelector<TwinCityCard>('twin-city-card')!);
    const part = (name: string) => el.shadowRoot!.querySelector(`[part~=${name}]`);
    expect(text(part('country'))).to.match(new RegExp(`^${expected.turkey},`));
    expect(text(part('event'))).to.match(new RegExp(`^${expected.day}: Одлука на советот на општината`));
    expect(text(part('distance'))).to.match(/^на \d{1,3}(\.\d{3})* km од Асеновград$/);
    expect(text(part('link'))).to.match(/^Официјална веб-страница/);
    await expect(el).to.be.accessible();
  });
});
