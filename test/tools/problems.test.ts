import {expect} from '@open-wc/testing';
import {feedProblems} from '../../src/tools/problems.js';

const json = async (path: string) => (await fetch(path)).json();
let schema: object;
let shipped: {partners: Record<string, unknown>[]};
before(async () => {
  schema = await json('/data/twin-cities.schema.json');
});
beforeEach(async () => {
  shipped = await json('/data/twin-cities.json');
});

describe('feedProblems', () => {
  it('finds none in the shipped feed, nor in the feed with every field, and warns nothing on the console', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      expect(feedProblems(shipped, schema)).to.deep.equal([]);
      expect(feedProblems(await json('/test/fixtures/tools/every-field.json'), schema)).to.deep.equal([]);
      shipped.partners[1]!.country = 'Turkey';
      expect(feedProblems(shipped, schema).length).to.equal(1);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });

  it("says in plain sentences what the widgets skip, drop and show otherwise, in the feed's order", () => {
    delete shipped.partners[1]!.country;
    shipped.partners[3]!.url = 'javascript:alert(1)';
    shipped.partners[4]!.relation = 'sister';
    (shipped.partners[5]!.name as Record<string, string>)['not a tag'] = 'Prilep';
    expect(feedProblems(shipped, schema)).to.deep.equal([
      {path: 'partners[1].country', message: 'missing; the entry is skipped', effect: 'entry'},
      {path: 'partners[3].url', message: '"javascript:alert(1)" is not an http(s) address; the field is dropped', effect: 'field'},
      {path: 'partners[4].relation', message: '"sister" is not one of "twin", "partner", "cooperation"; shown as "partner"', effect: 'fallback'},
      {path: 'partners[5].name.not a tag', message: '"not a tag" is not a BCP 47 language tag; the translation is dropped', effect: 'part'},
    ]);
  });

  it('marks what only the schema refuses: a field the format does not have, a tag twice, an upper-case URL scheme', () => {
    (shipped as Record<string, unknown>).colour = 'red';
    shipped.partners[0]!.languages = ['tr', 'tr'];
    shipped.partners[2]!.url = 'HTTPS://www.dimitrovgrad.rs';
    expect(feedProblems(shipped, schema)).to.deep.equal([
      {path: 'colour', message: 'not a field of format version 1; the widgets ignore it, the schema refuses it', effect: 'schema'},
      {path: 'partners[0].languages', message: 'lists "tr" twice; the widgets accept it, but the schema does not', effect: 'schema'},
      {path: 'partners[2].url', message: '"HTTPS://www.dimitrovgrad.rs" is not in the form the schema asks for (http:// or https:// first); the widgets accept it, but the schema does not', effect: 'schema'},
    ]);
  });

  it('gives one problem for a feed the widgets cannot show', () => {
    expect(feedProblems({...shipped, version: 2}, schema)).to.deep.equal([
      {path: 'version', message: '2 is not 1; the feed cannot be shown', effect: 'feed'},
    ]);
    expect(feedProblems({version: 1, home: {id: 'asenovgrad', name: 'Asenovgrad', country: 'BG'}}, schema)).to.deep.equal([
      {path: 'partners', message: 'missing; the feed cannot be shown', effect: 'feed'},
    ]);
  });

  it("names the feed's own fields too", () => {
    expect(feedProblems({...shipped, updated: '2026-13-01'}, schema)).to.deep.equal([
      {path: 'updated', message: '"2026-13-01" is not a date as YYYY-MM-DD; the field is dropped', effect: 'field'},
    ]);
  });
});
