// twin-cities wikidata-query and from-wikidata, on a result file in the SPARQL 1.1 JSON results format
// (test/fixtures/tools/wikidata-asenovgrad.json: Asenovgrad's partners, with the awkward rows real data has).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {fixture, lines, scratch, twinCities} from './run.mjs';

const results = fixture('tools/wikidata-asenovgrad.json');
const out = await scratch();

test('wikidata-query prints a query of the item, its P190 partners and what a feed needs of them', async () => {
  const {status, stdout} = await twinCities('wikidata-query', 'Q191871');
  assert.equal(status, 0);
  assert.match(stdout, /^SELECT .*\?startPrecision/m);
  for (const part of ['BIND(wd:Q191871 AS ?item)', 'wd:Q191871 p:P190 ?statement', 'ps:P190 wd:Q191871', 'pqv:P580',
    'wikibase:timePrecision ?startPrecision', 'wdt:P17', 'wdt:P297 ?country', 'wdt:P625 ?coordinates', 'wdt:P856 ?website']) {
    assert.ok(stdout.includes(part), part);
  }
  for (const lang of ['bg', 'en', 'tr', 'el', 'sr', 'sr-ec', 'sr-el', 'mk', 'ru', 'id', 'mul']) {
    assert.match(stdout, new RegExp(`FILTER\\(LANG\\(\\?label_[a-z_]+\\) = "${lang}"\\)`), lang);
  }
});

test('from-wikidata makes a feed the widgets show whole; what it left out is on standard error, exit 1', async () => {
  const feedFile = out('wikidata.json');
  const {status, stderr} = await twinCities('from-wikidata', results, '--home', 'Q191871', '-o', feedFile);
  assert.equal(status, 1);
  assert.deepEqual(lines(stderr), [
    `${results}: Q196486: Stary Oskol: no country with an ISO 3166-1 code (P17, P297); the place is left out`,
    `${results}: Q1911139: Bergama: start time 1990-01-01T00:00:00Z at precision 8 is not a year, month or day; the start date is left out`,
    `${results}: Q214347: Kilkis: website "ftp://ftp.e-kilkis.gr/" is not an http(s) address; the website is left out`,
  ]);
  const check = await twinCities('validate', feedFile);
  assert.equal(check.status, 0, check.stdout);
});

test('from-wikidata: ids from English names, dates at their precision, Serbian by script, one row per item', async () => {
  const {stdout} = await twinCities('from-wikidata', results, '--home', 'Q191871');
  const feed = JSON.parse(stdout);
  assert.equal(feed.home.id, 'asenovgrad');
  assert.equal(feed.home.wikidata, 'Q191871');
  const byId = Object.fromEntries(feed.partners.map((p) => [p.id, p]));
  assert.deepEqual(Object.keys(byId), ['izmit', 'denpasar', 'dimitrovgrad', 'prilep', 'naousa', 'bergama', 'kilkis', 'q206879']);
  assert.deepEqual(feed.partners.map((p) => p.since), ['2023-05-23', '2013-08', '2013-01-17', '1993', '1993', undefined, undefined, undefined]);
  assert.ok(feed.partners.every((p) => p.relation === 'twin'));
  assert.equal(byId.izmit.name.en, 'İzmit', 'the label for all languages stands in for a missing English one');
  assert.deepEqual([byId.dimitrovgrad.name.sr, byId.dimitrovgrad.name['sr-Latn']], ['Димитровград', 'Dimitrovgrad']);
  assert.equal(byId.prilep.url, 'https://www.prilep.gov.mk/', 'https chosen of two websites');
  assert.deepEqual(byId.prilep.location, {lat: 41.3451, lon: 21.555}, 'the first of two coordinates');
  assert.deepEqual(byId.denpasar.location, {lat: -8.65, lon: 115.2167});
  assert.equal(byId.kilkis.url, undefined);
  assert.deepEqual(byId.bergama.name, {tr: 'Bergama'});
});

test('from-wikidata with the result of another item: one line, no feed, exit 1', async () => {
  const {status, stdout, stderr} = await twinCities('from-wikidata', results, '--home', 'Q219');
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.equal(stderr, `${results}: Q219: the result has no row for Q219 as home: is it the result of wikidata-query Q219?\n`);
});

test('from-wikidata of JSON that is not a SPARQL result, and of text that is not JSON: one line, exit 1', async () => {
  const feed = await twinCities('from-wikidata', fixture('cli/home.json'), '--home', 'Q191871');
  assert.equal(feed.status, 1);
  assert.match(feed.stderr, /^[^\n]*home\.json: not a SPARQL JSON result \(no results\.bindings\)\n$/);
  const text = await twinCities('from-wikidata', fixture('cli/comma.csv'), '--home', 'Q191871');
  assert.equal(text.status, 1);
  assert.match(text.stderr, /^twin-cities: .*comma\.csv is not valid JSON: [^\n]*\n$/);
});
