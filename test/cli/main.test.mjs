// The tool as a whole: its help, its commands' help, and usage errors (exit status 2, one line).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {lines, noStackTrace, twinCities} from './run.mjs';

const COMMANDS = ['validate', 'to-csv', 'from-csv', 'wikidata-query', 'from-wikidata', 'render'];

test('--help lists every command, on standard output, exit 0', async () => {
  const {status, stdout, stderr} = await twinCities('--help');
  assert.equal(status, 0);
  assert.equal(stderr, '');
  for (const command of COMMANDS) assert.match(stdout, new RegExp(`^  ${command} +\\S`, 'm'));
});

test('without a command: the help on standard error, exit 2', async () => {
  const {status, stdout, stderr} = await twinCities();
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^Usage: twin-cities COMMAND/);
});

for (const command of COMMANDS) {
  test(`${command} --help shows its usage and options, exit 0`, async () => {
    const {status, stdout} = await twinCities(command, '--help');
    assert.equal(status, 0);
    assert.match(stdout, new RegExp(`^Usage: twin-cities ${command} `));
    assert.match(stdout, /Options:/);
  });
}

const usageErrors = [
  {what: 'an unknown command', args: ['frobnicate'], says: /unknown command "frobnicate"; the commands are validate, to-csv/},
  {what: 'an unknown option', args: ['validate', '--colour', 'feed.json'], says: /validate: unknown option '--colour'/},
  {what: 'no feed to validate', args: ['validate'], says: /validate takes FEED…/},
  {what: 'two feeds for to-csv', args: ['to-csv', 'a.json', 'b.json'], says: /to-csv takes FEED/},
  {what: 'from-csv without --home', args: ['from-csv', 'partners.csv'], says: /from-csv needs --home HOME\.json/},
  {what: '--home without its value', args: ['from-csv', 'partners.csv', '--home'], says: /option '--home <value>' argument missing/},
  {what: 'a bad Wikidata id', args: ['wikidata-query', 'Asenovgrad'], says: /"Asenovgrad" is not a Wikidata id/},
  {what: 'from-wikidata with a bad --home', args: ['from-wikidata', 'r.json', '--home', 'q191871'], says: /"q191871" is not a Wikidata id/},
];
for (const {what, args, says} of usageErrors) {
  test(`${what}: one line on standard error, exit 2`, async () => {
    const {status, stdout, stderr} = await twinCities(...args);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.equal(lines(stderr).length, 1, stderr);
    assert.match(stderr, says);
    assert.ok(noStackTrace(stderr), stderr);
  });
}
