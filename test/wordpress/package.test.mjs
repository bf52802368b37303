// The installable zip that `npm run build` makes (dist/twin-cities-widgets.zip), and the plugin's readme.txt.
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync, statSync, utimesSync} from 'node:fs';
import {describe, it} from 'node:test';
import {unzipSync} from 'fflate';
import {PLUGIN_ZIP, path, run} from './wordpress.mjs';

/** The files under a folder of the repository, by their paths relative to it. */
const files = (folder) => readdirSync(path(folder), {recursive: true}).filter((name) => statSync(path(folder + name)).isFile());
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the zip', () => {
  const entries = unzipSync(readFileSync(PLUGIN_ZIP));
  const names = Object.keys(entries);

  it('holds the plugin, the bundle with its chunks, the flags and the feed, under twin-cities-widgets/', () => {
    const expected = [
      ...files('wordpress/twin-cities-widgets/'),
      'elements.php',
      'dist/twin-cities.js',
      ...files('dist/chunks/').map((f) => `dist/chunks/${f}`),
      'data/twin-cities.json',
      ...files('data/flags/').map((f) => `data/flags/${f}`),
    ].map((f) => `twin-cities-widgets/${f}`);
    assert.deepEqual(names.filter((n) => !n.endsWith('/')).sort(), expected.sort());
    for (const [entry, source] of [['dist/twin-cities.js', 'dist/twin-cities.js'], ['data/twin-cities.json', 'data/twin-cities.json'],
      ['twin-cities-widgets.php', 'wordpress/twin-cities-widgets/twin-cities-widgets.php']]) {
      assert.deepEqual(Buffer.from(entries[`twin-cities-widgets/${entry}`]), readFileSync(path(source)), entry);
    }
  });

  it('lists its entries in order, each folder before what it holds', () => {
    assert.deepEqual(names, [...names].sort());
    assert.equal(names[0], 'twin-cities-widgets/');
  });

  it('comes out byte-identical from another build, at another time and in another time zone', async () => {
    const before = sha256(PLUGIN_ZIP);
    const now = new Date();
    utimesSync(path('wordpress/twin-cities-widgets/readme.txt'), now, now);
    utimesSync(path('dist/twin-cities.js'), now, now);
    await run(process.execPath, [path('scripts/wordpress-plugin.mjs')], {env: {TZ: 'Pacific/Kiritimati'}});
    assert.equal(sha256(PLUGIN_ZIP), before);
  });
});

describe('readme.txt', () => {
  const readme = readFileSync(path('wordpress/twin-cities-widgets/readme.txt'), 'utf8');
  const plugin = readFileSync(path('wordpress/twin-cities-widgets/twin-cities-widgets.php'), 'utf8');
  const field = (text, name) => text.match(new RegExp(`^(?: \\* )?${name}:\\s*(.+)$`, 'm'))?.[1].trim();
  const {version} = JSON.parse(readFileSync(path('package.json'), 'utf8'));

  it('is in WordPress\'s format, with every header and section', () => {
    assert.match(readme, /^=== Twin cities widgets ===\n/);
    for (const name of ['Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License', 'License URI']) {
      assert.ok(field(readme, name), name);
    }
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) {
      assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'), section);
    }
    assert.match(readme, new RegExp(`^= ${version.replace(/\./g, '\\.')} =$`, 'm'), 'the changelog has this version');
  });

  it('agrees with the plugin\'s header and the package on the version and what it requires', () => {
    assert.equal(field(readme, 'Stable tag'), version);
    assert.equal(field(plugin, 'Version'), version);
    for (const name of ['Requires at least', 'Requires PHP', 'License']) assert.equal(field(plugin, name), field(readme, name), name);
  });
});
