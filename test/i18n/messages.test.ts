// The message catalogues (src/i18n/messages/*.ts): every language says everything English says, with
// each argument in its sentence and the plural forms its grammar has.
import {expect} from '@open-wc/testing';
import {CLDR} from '../../src/i18n/cldr/generated/index.js';
import {LANGUAGES} from '../../src/i18n/locale.js';
import type {Messages} from '../../src/i18n/messages.js';
import en from '../../src/i18n/messages/en.js';
import {CATALOGUES} from '../catalogues.js';

/** Each message's path (`errors.http`) and value, nested objects flattened; `count` is a plural, kept whole. */
function entries(messages: object, prefix = ''): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix + key;
    return typeof value === 'object' && value !== null && key !== 'count' ? entries(value, `${path}.`) : [[path, value]];
  });
}
/** What a message is: a string, a function of n arguments, or a plural. */
const kind = (value: unknown) =>
  typeof value === 'function' ? `function(${value.length})` : typeof value === 'object' && value !== null ? 'plural' : typeof value;
const shape = (messages: object) => Object.fromEntries(entries(messages).map(([path, value]) => [path, kind(value)]));

/** CLDR's plural categories of each language (https://www.unicode.org/cldr/charts/48/supplemental/language_plural_rules.html). */
const CLDR_PLURALS: Record<string, string[]> = {
  bg: ['one', 'other'],
  el: ['one', 'other'],
  en: ['one', 'other'],
  id: ['other'],
  mk: ['one', 'other'],
  ru: ['few', 'many', 'one', 'other'],
  sr: ['few', 'one', 'other'],
  'sr-Latn': ['few', 'one', 'other'],
  tr: ['one', 'other'],
};

describe('message catalogues', () => {
  it('exist for exactly the languages the widgets speak: one message file each, and CLDR data for each', () => {
    // scripts/cldr.mjs makes CLDR's table from the message files, so the two lists agree only if the catalogue names every file.
    expect([...LANGUAGES].sort()).to.deep.equal(Object.keys(CLDR).sort());
    expect(LANGUAGES).to.have.length(9);
  });

  for (const lang of LANGUAGES) {
    const t: Messages = CATALOGUES[lang]!;

    it(`${lang} has exactly the messages of English, each of the same kind`, () => {
      expect(shape(t)).to.deep.equal(shape(en));
      // Nested groups are complete too (the flattening above would not notice a group replaced by a string).
      for (const group of ['relation', 'event', 'errors', 'map'] as const) {
        expect(Object.keys(t[group]).sort(), group).to.deep.equal(Object.keys(en[group]).sort());
      }
    });

    it(`${lang}: every text is a non-empty string, and every sentence contains its arguments`, () => {
      for (const [path, value] of entries(t)) {
        if (typeof value === 'string') {
          expect(value.trim(), path).not.to.equal('');
          expect(value, `${path} has no leftover placeholder`).not.to.match(/\$\{|\{\d\}|undefined/);
        } else if (typeof value === 'function') {
          const args = Array.from({length: value.length}, (_, i) => `⟦argument ${i + 1}⟧`);
          const said: unknown = value(...args);
          expect(typeof said, path).to.equal('string');
          const sentence = said as string;
          for (const arg of args) expect(sentence.split(arg).length - 1, `${path}: “${sentence}” contains ${arg} once`).to.equal(1);
          const words = args.reduce((rest, arg) => rest.replace(arg, ''), sentence);
          expect(words, `${path} says more than its arguments`).to.match(/\p{L}/u);
          expect(sentence, `${path} has no leftover placeholder`).not.to.match(/\$\{|undefined/);
        }
      }
    });

    it(`${lang}: "count" has exactly the plural forms of ${lang}’s grammar, each with the number`, () => {
      const forms = Object.keys(t.count).sort();
      expect(forms).to.deep.equal(CLDR_PLURALS[lang]);
      // And the browser agrees, where it knows the language's plural rules.
      if (Intl.PluralRules.supportedLocalesOf([lang]).length) {
        expect(forms).to.deep.equal([...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort());
      }
      for (const [category, form] of Object.entries(t.count)) {
        expect(form.split('#').length - 1, `${category}: “${form}” has one #`).to.equal(1);
        expect(form.replace('#', '').trim(), category).to.match(/\p{L}/u);
      }
    });
  }
});
