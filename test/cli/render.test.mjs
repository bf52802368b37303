// twin-cities render: the pre-rendered snippet of a widget, from the package's feed or another, exit 0 / 1 / 2.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {test} from 'node:test';
import {fixture, lines, noStackTrace, scratch, shipped, twinCities} from './run.mjs';

const {renderSnippet} = await import(new URL('../../dist/render.js', import.meta.url).href);
const feed = JSON.parse(await readFile(shipped, 'utf8'));
const base = 'https://www.example-town.eu/twin-cities-widgets/';
const items = (html) => html.match(/<li data-id="[^"]+"/g)?.map((li) => li.slice(13, -1)) ?? [];

test('without FEED: the package\'s feed as the placeholder with the list inside, exit 0', async () => {
  const {status, stdout, stderr} = await twinCities('render', '--lang', 'en', '--base', base);
  assert.equal(status, 0);
  assert.equal(stderr, '');
  assert.match(stdout, /^<div data-twin-cities="list" lang="en">\n<ul data-twin-cities-prerendered aria-label="Twin cities of Asenovgrad"/);
  assert.deepEqual(items(stdout), ['kocaeli', 'denpasar', 'dimitrovgrad', 'nilufer', 'stary-oskol', 'prilep', 'naousa', 'bergama', 'kilkis']);
  assert.match(stdout, /<img src="https:\/\/www\.example-town\.eu\/twin-cities-widgets\/data\/flags\/tr\.svg" alt="Flag of Türkiye"/);
  assert.equal(stdout, await renderSnippet(feed, {lang: 'en', base}), 'what the exported function makes of the same options');
});

test('every option of the element, as its attribute; --tag prints the element itself', async () => {
  const {status, stdout} = await twinCities('render', shipped, '--lang', 'bg', '--layout', 'timeline', '--heading-level', '2',
    '--src', 'https://www.example-town.eu/twin-cities.json', '--searchable', '--tag', '--base', base);
  assert.equal(status, 0);
  assert.match(stdout, /^<twin-cities-list heading-level="2" lang="bg" layout="timeline" searchable src="https:\/\/www\.example-town\.eu\/twin-cities\.json">\n<div data-twin-cities-prerendered/);
  assert.match(stdout, /<h2 [^>]*>1989 г\.<\/h2>/);
  const card = await twinCities('render', '--element', 'twin-city-card', '--city', 'naousa', '--lang', 'el', '--base', base);
  assert.equal(card.status, 0);
  assert.match(card.stdout, /^<div data-twin-cities="card" data-city="naousa" lang="el">/);
  assert.match(card.stdout, /Νάουσα/);
});

test('-o FILE: the snippet in the file, nothing on standard output; without --base, a note that there are no flags', async () => {
  const file = (await scratch())('snippet.html');
  const {status, stdout, stderr} = await twinCities('render', '--country', 'GR', '-o', file);
  assert.equal(status, 0);
  assert.equal(stdout, '');
  assert.deepEqual(lines(stderr), ['twin-cities: render: no --base, so no flags: give the address the package is served from']);
  const html = await readFile(file, 'utf8');
  assert.deepEqual(items(html), ['naousa', 'kilkis']);
  assert.doesNotMatch(html, /<img/);
});

test('options that make no widget: one line naming it, no stack trace, exit 2', async () => {
  const cases = [
    [['--element', 'twin-cities-map'], /^twin-cities: render: no element "twin-cities-map"; the elements are twin-cities-list, twin-city-card, twin-city-badge\n$/],
    [['--layout', 'gird'], /^twin-cities: render: no layout "gird"; the layouts are list, grid, compact, timeline\n$/],
    [['--element', 'twin-city-card', '--city', 'atlantis'], /^twin-cities: render: no partner "atlantis" in the feed; its ids are kocaeli, /],
    [['--element', 'twin-city-card', '--city', 'naousa', '--layout', 'grid'], /^twin-cities: render: <twin-city-card> has no option "layout"\n$/],
    [['--limit', 'three'], /^twin-cities: render: --limit takes a whole number, not "three"\n$/],
    [['--base', 'javascript:alert(1)'], /^twin-cities: render: --base takes an http\(s\) address or a path from the site's root/],
    [['--colour', 'red'], /^twin-cities: render: unknown option '--colour'/],
  ];
  for (const [args, message] of cases) {
    const {status, stdout, stderr} = await twinCities('render', ...args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.equal(lines(stderr).length, 1, stderr);
    assert.match(stderr, message);
    assert.ok(noStackTrace(stderr));
  }
});

test('a feed the widgets cannot show: one line saying why, exit 1', async () => {
  const {status, stdout, stderr} = await twinCities('render', fixture('cli/version-2.json'));
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.equal(lines(stderr).length, 1, stderr);
  assert.match(stderr, /version-2\.json cannot be shown: /);
});
