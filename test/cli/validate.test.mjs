// twin-cities validate: files and URLs, every problem with its place and a sentence, exit 0 / 1 / 2.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {after, before, test} from 'node:test';
import {fixture, lines, noStackTrace, shipped, twinCities} from './run.mjs';

const bad = fixture('cli/bad-feed.json');

test("the shipped feed has no problem: exit 0", async () => {
  const {status, stdout, stderr} = await twinCities('validate', shipped);
  assert.equal(status, 0);
  assert.equal(stdout, `${shipped}: no problem\n`);
  assert.equal(stderr, '');
});

test('a feed with problems: each on a line with its path and a sentence, exit 1', async () => {
  const {status, stdout} = await twinCities('validate', bad);
  assert.equal(status, 1);
  assert.deepEqual(lines(stdout), [
    `${bad}: partners[1].country: missing; the entry is skipped`,
    `${bad}: partners[2].colour: not a field of format version 1; the widgets ignore it, the schema refuses it`,
    `${bad}: partners[3].url: "javascript:alert(document.cookie)" is not an http(s) address; the field is dropped`,
  ]);
});

test('--json: the same problems as data, with what the widgets do about each', async () => {
  const {status, stdout} = await twinCities('validate', '--json', bad, shipped);
  assert.equal(status, 1);
  assert.deepEqual(JSON.parse(stdout), [
    {feed: bad, problems: [
      {path: 'partners[1].country', message: 'missing; the entry is skipped', effect: 'entry'},
      {path: 'partners[2].colour', message: 'not a field of format version 1; the widgets ignore it, the schema refuses it', effect: 'schema'},
      {path: 'partners[3].url', message: '"javascript:alert(document.cookie)" is not an http(s) address; the field is dropped', effect: 'field'},
    ]},
    {feed: shipped, problems: []},
  ]);
});

test('a feed the widgets cannot show, and text that is not JSON: a problem each, exit 1', async () => {
  const version2 = fixture('cli/version-2.json');
  const notJson = fixture('cli/not-json.json');
  const {status, stdout} = await twinCities('validate', version2, notJson, shipped);
  assert.equal(status, 1);
  const [first, second, third] = lines(stdout);
  assert.equal(first, `${version2}: version: 2 is not 1; the feed cannot be shown`);
  assert.match(second, new RegExp(`^${notJson}: not valid JSON \\(.+\\); the feed cannot be shown$`));
  assert.equal(third, `${shipped}: no problem`);
});

test('a file that is not there: one line on standard error, the other feeds still checked, exit 1', async () => {
  const {status, stdout, stderr} = await twinCities('validate', 'no-such-feed.json', shipped);
  assert.equal(status, 1);
  assert.equal(stderr, 'twin-cities: cannot read no-such-feed.json: no such file\n');
  assert.equal(stdout, `${shipped}: no problem\n`);
});

test('a folder instead of a feed: one line, no stack trace, exit 1', async () => {
  const {status, stderr} = await twinCities('validate', fixture('cli'));
  assert.equal(status, 1);
  assert.equal(lines(stderr).length, 1);
  assert.match(stderr, /cannot read .*cli: it is a folder/);
  assert.ok(noStackTrace(stderr));
});

describeServer();

/** Feeds by URL, from a server on this machine that this file starts and stops. */
function describeServer() {
  let server;
  let base;
  before(async () => {
    const files = {'/twin-cities.json': await readFile(shipped), '/bad.json': await readFile(bad)};
    server = createServer((request, response) => {
      const body = files[request.url];
      response.writeHead(body ? 200 : 404, {'Content-Type': 'application/json'});
      response.end(body ?? '{"error": "not found"}');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  test('a feed by URL: checked like a file', async () => {
    const good = await twinCities('validate', `${base}/twin-cities.json`);
    assert.equal(good.status, 0);
    assert.equal(good.stdout, `${base}/twin-cities.json: no problem\n`);
    const {status, stdout} = await twinCities('validate', `${base}/bad.json`);
    assert.equal(status, 1);
    assert.match(stdout, /bad\.json: partners\[1\]\.country: missing; the entry is skipped/);
  });

  test('a URL the server answers with 404: one line on standard error, exit 1', async () => {
    const {status, stdout, stderr} = await twinCities('validate', `${base}/gone.json`);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, `twin-cities: cannot fetch ${base}/gone.json: the server answered 404\n`);
  });
}
