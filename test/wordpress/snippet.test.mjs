// The pre-rendered snippet (src/render.ts, built to dist/render.js) through WordPress's filter of posts,
// wp_kses_post() from Debian's WordPress, as an Author's post goes through it on save, without the plugin: every
// tag, attribute and inline style declaration is kept but `<time>` (WordPress 6.1 does not allow it: its text
// stays), so the rows keep the metrics that make the bundle's takeover jump-free (test/render.test.ts measures
// that in a browser).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {fixture, path, php, wordpress} from './wordpress.mjs';

const core = await wordpress();
const kses = (snippets) => php(fixture('kses.php'), [core], snippets);
const {renderSnippet} = await import(path('dist/render.js'));
const feed = JSON.parse(readFileSync(path('data/twin-cities.json'), 'utf8'));
const base = 'https://www.example-town.eu/twin-cities-widgets/';

const cases = [
  {lang: 'en'}, {lang: 'bg', layout: 'timeline', headingLevel: 2}, {lang: 'tr', layout: 'compact'}, {lang: 'el', layout: 'grid'},
  {lang: 'en', theme: 'dark'}, {element: 'twin-city-card', city: 'naousa', lang: 'en'}, {element: 'twin-city-badge', city: 'kocaeli', lang: 'tr'},
];

/** Each `style` attribute's declarations, in order, as the filter writes them back (`a:b;c:d`, spaces trimmed). */
const styles = (html) => [...html.matchAll(/ style="([^"]*)"/g)].map(([, css]) =>
  css.split(';').map((declaration) => declaration.trim()).filter(Boolean).join(';'));

describe('the pre-rendered snippet through wp_kses_post (an Author\'s post, without the plugin)', () => {
  for (const options of cases) {
    it(`keeps it whole: ${JSON.stringify(options)}`, async () => {
      const snippet = await renderSnippet(feed, {base, ...options});
      const [kept] = await kses([snippet]);
      assert.deepEqual(styles(kept), styles(snippet), 'every inline style declaration');
      // Beyond the styles' spacing, the markup comes back as it went in, the dates as text.
      const plain = (html) => html.replace(/ style="[^"]*"/g, '');
      assert.equal(plain(kept), plain(snippet).replace(/<\/?time[^>]*>/g, ''));
      if (/<time/.test(snippet)) assert.match(kept, /since|beri|от|από/, 'the dates\' text');
    });
  }
});
