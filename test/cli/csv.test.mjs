// twin-cities to-csv and from-csv: round trips, spreadsheets' ways of saving CSV, and bad rows by row and column.
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {test} from 'node:test';
import {fixture, lines, noStackTrace, scratch, shipped, twinCities} from './run.mjs';

const out = await scratch();
const json = async (path) => JSON.parse(await readFile(path, 'utf8'));
const cli = (name) => fixture(`cli/${name}`);
const home = cli('home.json');
const everyField = fixture('tools/every-field.json');

const roundTrips = [
  {feed: 'the shipped feed', file: shipped, options: []},
  {feed: 'the shipped feed', file: shipped, options: ['--semicolon']},
  {feed: 'a feed with every field in every form', file: everyField, options: []},
  {feed: 'a feed with every field in every form', file: everyField, options: ['--semicolon']},
];
for (const [index, {feed, file, options}] of roundTrips.entries()) {
  for (const history of [false, true]) {
    const how = [...options, history ? '--history' : 'the history in a column'].join(' ');
    test(`${feed} → CSV → feed gives back the same feed (${how})`, async () => {
      const partners = out(`partners-${index}-${history}.csv`);
      const events = out(`history-${index}-${history}.csv`);
      const back = out(`back-${index}-${history}.json`);
      const written = await twinCities('to-csv', file, '-o', partners, ...options, ...(history ? ['--history', events] : []));
      assert.equal(written.status, 0, written.stderr);
      assert.equal(written.stderr, '');
      const read = await twinCities('from-csv', partners, '--home', file, '-o', back, ...(history ? ['--history', events] : []));
      assert.equal(read.stderr, '');
      assert.equal(read.status, 0);
      assert.deepEqual(await json(back), await json(file));
    });
  }
}

test('to-csv writes UTF-8 with a byte-order mark, one row per partner, a column per language', async () => {
  const {status, stdout} = await twinCities('to-csv', shipped);
  assert.equal(status, 0);
  assert.ok(stdout.startsWith('\uFEFFid,name.bg,name.en,'));
  const rows = stdout.trim().split('\r\n');
  assert.equal(rows.length, 1 + 9);
  assert.match(rows[1], /^kocaeli,Коджаели,Kocaeli,Kocaeli,/);
});

test("to-csv --semicolon separates with ';', and keeps a cell with ';' in it whole", async () => {
  const {stdout} = await twinCities('to-csv', everyField, '--semicolon');
  const header = stdout.slice(1, stdout.indexOf('\r\n'));
  assert.ok(header.startsWith('id;name;name.bg;'), header);
  assert.match(stdout, /;"Signed with the mayor of ""Stenimachos""; handed over, in 1999, to Naousa\.\nA second line\.";/);
});

test('to-csv guards cells a spreadsheet would run as a formula, and from-csv takes the guard off', async () => {
  const {stdout} = await twinCities('to-csv', everyField);
  assert.match(stdout, /,"'=HYPERLINK\(""https:\/\/example\.org""\) stays text; so do \+1, -1, @here and '=quoted\.",/);
});

test('to-csv of a feed with problems: the CSV is written, the problems are listed on standard error', async () => {
  const bad = cli('bad-feed.json');
  const {status, stdout, stderr} = await twinCities('to-csv', bad);
  assert.equal(status, 0);
  assert.equal(stdout.trim().split('\r\n').length, 1 + 4);
  assert.match(stdout, /\r\nnaousa,Naousa,,/);
  assert.deepEqual(lines(stderr).map((line) => line.replace(`${bad}: `, '').split(':')[0]),
    ['partners[1].country', 'partners[2].colour', 'partners[3].url']);
});

test('to-csv of a feed the widgets cannot show: no CSV, exit 1', async () => {
  const {status, stdout, stderr} = await twinCities('to-csv', cli('version-2.json'));
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /version: 2 is not 1; the feed cannot be shown/);
});

test("from-csv reads a CSV as Excel saves it: byte-order mark, ';', CRLF, doubled quotes, line breaks in cells, decimal commas", async () => {
  const {status, stdout, stderr} = await twinCities('from-csv', cli('excel-semicolon.csv'), '--home', home);
  assert.equal(stderr, '');
  assert.equal(status, 0);
  const feed = JSON.parse(stdout);
  assert.deepEqual(feed.home, await json(home));
  assert.deepEqual(feed.partners.map((p) => p.id), ['kocaeli', 'bergama']);
  const [kocaeli, bergama] = feed.partners;
  assert.deepEqual(kocaeli.name, {bg: 'Коджаели', en: 'Kocaeli', tr: 'Kocaeli'});
  assert.deepEqual(kocaeli.location, {lat: 40.7667, lon: 29.9167});
  assert.equal(kocaeli.summary.en, 'By a decision of 23 May 2023; on the proposal of Mayor "Dr Hristo Grudev".\nSecond line.');
  assert.equal(bergama.region.en, 'İzmir Province');
  assert.equal(bergama.since, '1992');
});

test("the same sheet saved with ',', without a byte-order mark and with LF line ends gives the same feed", async () => {
  const semicolon = await twinCities('from-csv', cli('excel-semicolon.csv'), '--home', home);
  const comma = await twinCities('from-csv', cli('comma.csv'), '--home', home);
  assert.equal(comma.status, 0);
  assert.deepEqual(JSON.parse(comma.stdout), JSON.parse(semicolon.stdout));
});

test('from-csv: each bad row and cell named by row and column; the rest converted; exit 1', async () => {
  const csv = cli('bad-rows.csv');
  const feedFile = out('bad-rows.json');
  const {status, stderr} = await twinCities('from-csv', csv, '--home', home, '-o', feedFile);
  assert.equal(status, 1);
  assert.deepEqual(lines(stderr), [
    'row 3, column "country": missing; the row is skipped',
    'row 4, column "country": "Turkey" is not an ISO 3166-1 alpha-2 code; the row is skipped',
    'row 5, column "lat": "north" is not a number; the location is left out',
    'row 5, column "url": "javascript:alert(1)" is not an http(s) address; the cell is left out',
    'row 6, column "relation": "sister" is not one of "twin", "partner", "cooperation"; written as "partner"',
    'row 6, column "since": "1992-13" is not a date as YYYY, YYYY-MM or YYYY-MM-DD; the cell is left out',
    'row 7, column "id": "kilkis" is already the id of another place; the row is skipped',
    'row 8, column "id": "Nilüfer" is not an id of lower-case letters, digits and hyphens; the row is skipped',
    'row 9, column "name": a plain name beside name per language (name.en); the plain one is left out',
  ].map((line) => `${csv}: ${line}`));

  const feed = await json(feedFile);
  assert.deepEqual(feed.partners.map((p) => p.id), ['kilkis', 'prilep', 'bergama', 'denpasar']);
  const [kilkis, prilep, bergama, denpasar] = feed.partners;
  assert.equal(kilkis.name, 'Kilkis', 'the first of two rows with one id');
  assert.deepEqual([prilep.url, prilep.location, prilep.since], [undefined, undefined, '1993']);
  assert.deepEqual([bergama.relation, bergama.since], ['partner', undefined]);
  assert.deepEqual(denpasar.name, {en: 'Denpasar'});

  // What is written is a feed the widgets show whole.
  const check = await twinCities('validate', feedFile);
  assert.equal(check.status, 0, check.stdout);
});

test('from-csv --history: events by partner and row; an unknown partner and a bad date named by row', async () => {
  const history = cli('history.csv');
  const {status, stdout, stderr} = await twinCities('from-csv', cli('bad-rows.csv'), '--home', home, '--history', history);
  assert.equal(status, 1);
  const historyLines = lines(stderr).filter((line) => line.startsWith(history));
  assert.deepEqual(historyLines, [
    `${history}: row 3, column "partner": no partner "sofia" in the partners' sheet; the row is skipped`,
    `${history}: row 4, column "date": "1989-13" is not a date as YYYY, YYYY-MM or YYYY-MM-DD; the row is skipped`,
  ]);
  const kilkis = JSON.parse(stdout).partners[0];
  assert.deepEqual(kilkis.history, [{date: '1989', type: 'agreement-signed', text: {en: 'Cooperation agreement.'}}]);
});

const unreadable = [
  {what: 'columns the format does not have', csv: 'unknown-column.csv', says: /^.*unknown-column\.csv: unknown columns "colour", "Since"; the columns are id, name \(or name\.bg, name\.en…\), country,/},
  {what: 'a quote never closed', csv: 'broken-quote.csv', says: /broken-quote\.csv: not readable as CSV: Quote Not Closed: .* line 3/},
  {what: 'a CSV saved in Windows-1251, not UTF-8', csv: 'windows-1251.csv', says: /windows-1251\.csv is not UTF-8 text: save it as UTF-8 \(in Excel: "CSV UTF-8"\)/},
  {what: 'a file that is not there', csv: 'no-such.csv', says: /cannot read .*no-such\.csv: no such file/},
];
for (const {what, csv, says} of unreadable) {
  test(`from-csv of ${what}: one line on standard error, no feed, exit 1`, async () => {
    const target = out(`${csv}.json`);
    const {status, stdout, stderr} = await twinCities('from-csv', cli(csv), '--home', home, '-o', target);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(lines(stderr).length, 1, stderr);
    assert.match(stderr, says);
    assert.ok(noStackTrace(stderr), stderr);
    assert.equal(existsSync(target), false);
  });
}

test('from-csv with a home that is not JSON, or not a place: one line, exit 1', async () => {
  const notJson = await twinCities('from-csv', cli('comma.csv'), '--home', cli('not-json.json'));
  assert.equal(notJson.status, 1);
  assert.match(notJson.stderr, /^twin-cities: .*not-json\.json is not valid JSON: /);
  assert.equal(lines(notJson.stderr).length, 1);

  const badHome = cli('bad-home.json');
  const notPlace = await twinCities('from-csv', cli('comma.csv'), '--home', badHome);
  assert.equal(notPlace.status, 1);
  assert.equal(notPlace.stdout, '');
  assert.equal(notPlace.stderr, `${badHome}: home.country: "Bulgaria" is not an ISO 3166-1 alpha-2 code; no feed can be made\n`);
});
