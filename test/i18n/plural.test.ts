// src/i18n/plural.ts: counts in words, in the forms each language's grammar has (Intl.PluralRules).
import {expect} from '@open-wc/testing';
import {loadLocale} from '../../src/i18n/locale.js';
import {plural} from '../../src/i18n/plural.js';

describe('plural forms as a widget says them', () => {
  const cases: {lang: string; said: Record<number, string>}[] = [
    {lang: 'ru', said: {
      1: '1 город-побратим', 2: '2 города-побратима', 4: '4 города-побратима', 5: '5 городов-побратимов',
      11: '11 городов-побратимов', 12: '12 городов-побратимов', 21: '21 город-побратим', 22: '22 города-побратима', 25: '25 городов-побратимов',
    }},
    {lang: 'sr', said: {1: '1 братски град', 3: '3 братска града', 5: '5 братских градова', 11: '11 братских градова', 21: '21 братски град'}},
    {lang: 'sr-Latn', said: {1: '1 bratski grad', 4: '4 bratska grada', 9: '9 bratskih gradova', 14: '14 bratskih gradova', 31: '31 bratski grad'}},
    {lang: 'bg', said: {1: '1 побратимен град', 2: '2 побратимени града', 9: '9 побратимени града'}},
    {lang: 'mk', said: {1: '1 збратимен град', 2: '2 збратимени градови', 11: '11 збратимени градови', 1234: '1.234 збратимени градови'}},
    {lang: 'el', said: {1: '1 αδελφή πόλη', 9: '9 αδελφές πόλεις'}},
    {lang: 'en', said: {0: '0 twin cities', 1: '1 twin city', 9: '9 twin cities', 1234: '1,234 twin cities'}},
    {lang: 'tr', said: {1: '1 kardeş şehir', 9: '9 kardeş şehir'}},
    {lang: 'id', said: {1: '1 kota kembar', 9: '9 kota kembar'}},
  ];
  for (const {lang, said} of cases) {
    it(`${lang}: ${Object.values(said).join(', ')}`, async () => {
      const locale = await loadLocale(lang);
      const shown = Object.fromEntries(Object.keys(said).map((n) => [n, plural(locale, Number(n), locale.t.count)]));
      expect(shown).to.deep.equal(Object.fromEntries(Object.entries(said)));
    });
  }

  it('ru: a fraction takes the "other" form, with a decimal comma', async () => {
    const locale = await loadLocale('ru');
    expect(plural(locale, 1.5, locale.t.count)).to.equal('1,5 города-побратима');
  });
});
