import {expect} from '@open-wc/testing';
import {feedProblems} from '../../src/tools/problems.js';
import {feedFromWikidata, wikidataQuery} from '../../src/tools/wikidata.js';

const json = async (path: string) => (await fetch(path)).json();

describe('wikidataQuery', () => {
  it("asks for the item's P190 partners with labels, country code, coordinates, website and start at its precision", () => {
    const query = wikidataQuery('Q191871');
    for (const part of ['wd:Q191871 p:P190 ?statement', 'wikibase:timePrecision', 'wdt:P297', 'wdt:P625', 'wdt:P856', '"sr-el"']) {
      expect(query).to.include(part);
    }
  });

  it('refuses what is not a Wikidata id', () => {
    expect(() => wikidataQuery('Q1 } DELETE {')).to.throw(RangeError);
  });
});

describe('feedFromWikidata', () => {
  it('turns a saved result into a feed with no problem left, saying what it left out', async () => {
    const {feed, problems} = feedFromWikidata(await json('/test/fixtures/tools/wikidata-asenovgrad.json'), 'Q191871');
    expect(problems.map((p) => p.path)).to.deep.equal(['Q196486', 'Q1911139', 'Q214347']);
    expect(feedProblems(feed, await json('/data/twin-cities.schema.json'))).to.deep.equal([]);
    expect(feed!.partners.map((p) => [p.id, p.since ?? null])).to.deep.equal([
      ['izmit', '2023-05-23'], ['denpasar', '2013-08'], ['dimitrovgrad', '2013-01-17'], ['prilep', '1993'],
      ['naousa', '1993'], ['bergama', null], ['kilkis', null], ['q206879', null],
    ]);
  });

  it('makes unique ids from English names', () => {
    const row = (qid: string, role: string, en: string) => ({
      item: {type: 'uri', value: `http://www.wikidata.org/entity/${qid}`}, role: {type: 'literal', value: role},
      country: {type: 'literal', value: 'GR'}, label_en: {'xml:lang': 'en', type: 'literal', value: en},
    });
    const results = {head: {vars: []}, results: {bindings: [row('Q1', 'home', 'Home'), row('Q2', 'partner', 'Néa Kallikráteia'), row('Q3', 'partner', 'Nea Kallikrateia')]}};
    expect(feedFromWikidata(results, 'Q1').feed!.partners.map((p) => p.id)).to.deep.equal(['nea-kallikrateia', 'nea-kallikrateia-2']);
  });
});
