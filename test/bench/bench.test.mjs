// `npm run test:bench`: the benchmark still runs. A quick run of three cheap rows, as a process, against
// the built files in the system's Chromium; checks the table it writes has those rows, each with
// numbers, not what the numbers are (they vary).
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {promisify} from 'node:util';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
after(() => rmSync(dir, {recursive: true, force: true}));

const bench = (...args) => run(process.execPath, ['scripts/bench.mjs', ...args], {timeout: 120_000});

/** The table's rows as {figure, widget, reference, ratio}. */
const rows = (markdown) => markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| figure |'))
  .map((line) => line.slice(2, -2).split(' | '))
  .map(([figure, widget, reference, ratio]) => ({figure, widget, reference, ratio}));

const MS = /^\d[\d,]*(\.\d)? ms$/;

test('a quick run writes the rows asked for, each with the widget\'s figure, the reference\'s and their ratio', async () => {
  const out = join(dir, 'results.md');
  const {stdout} = await bench('--quick', '--only', '^(paint|prerendered|validate-9)$', '--snippet', 'test/fixtures/bench/snippet.html', '--out', out);
  const table = readFileSync(out, 'utf8');
  assert.equal(stdout.trim(), table.trim(), 'it prints the table it writes');
  assert.match(table, /Chromium \d+\.\d+/);
  assert.match(table, /\d+ cores/);
  assert.match(table, /\d{4}-\d\d-\d\d/);

  const found = rows(table);
  assert.deepEqual(found.map((r) => r.figure), [
    '9 entries painted, no throttling',
    '9 entries painted, pre-rendered snippet (`twin-cities render`), no throttling',
    '`validateFeed`, 9 partners: first call in a fresh page',
    '… after the page\'s first `Intl.DisplayNames` (as the widget validates)',
  ]);
  for (const r of found) {
    assert.match(r.widget, MS, r.figure);
    assert.match(r.reference, /^(static page|`JSON\.parse` of the same feed) \d[\d,]*(\.\d)? ms$/, r.figure);
    assert.match(r.ratio, /^(\d[\d,]*(\.\d+)?×|—)$/, r.figure);
  }
  assert.match(table, /What the widget loaded in `lang="bg"`.*`\/dist\/twin-cities\.js`/, 'it names what the page loaded');
});

test('without a snippet, the pre-rendered row says n/a and why', async () => {
  const out = join(dir, 'na.md');
  await bench('--quick', '--only', '^prerendered$', '--snippet', join(dir, 'none.html'), '--out', out);
  const [row] = rows(readFileSync(out, 'utf8'));
  assert.equal(row.widget, 'n/a');
  assert.match(row.reference, /no file/);
});

test('an --only that matches no job: one line naming the jobs, exit status 1', async () => {
  const error = await bench('--only', 'nothing-like-this').then(() => undefined, (e) => e);
  assert.equal(error?.code, 1);
  assert.match(error.stderr, /^bench: --only nothing-like-this matches no job; the jobs are paint, .*validate-10000\n$/);
});
