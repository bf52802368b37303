// The plugin on a real WordPress (Debian's, with MariaDB), installed from the built zip: what the shortcode and
// the block put on the page for visitors and for editors, and which pages load the bundle, and how.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import {openingTags, path, startSite} from './wordpress.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(() => site?.stop());

/**
 * Markup through `filter` (`do_shortcode`, `do_blocks`, `the_content` as a post shows it, or a sidebar widget's
 * filter), as `user` or a visitor, in a page of its own: the HTML, and the tags that load the bundle.
 */
async function render(markup, {user = null, filter = 'do_shortcode'} = {}) {
  const {html: [html], bundle} = await site.php('render.php', {user, items: [{filter, markup}]});
  return {html, bundle};
}
/** Several pieces of markup, each [filter, markup], on one page: their HTML. */
const renderAll = async (items, user = null) =>
  (await site.php('render.php', {user, items: items.map(([filter, markup]) => ({filter, markup}))})).html;
const block = (attributes) => `<!-- wp:twin-cities-widgets/twin-cities ${JSON.stringify(attributes)} /-->`;
const bundleUrl = () => `${site.url}/wp-content/plugins/twin-cities-widgets/dist/twin-cities.js`;
const NOTE = /<div class="twin-cities-note" role="note"[^>]*>/;

const manifest = JSON.parse(readFileSync(path('custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);

describe('the shortcode', () => {
  it('shows every element of the manifest, by its short name', async () => {
    assert.ok(tags.length >= 3);
    const html = await renderAll(tags.map((tag) => ['do_shortcode', `[twin_cities widget="${tag.replace(/^twin-cit(?:y|ies)-/, '')}"]`]));
    assert.deepEqual(html, tags.map((tag) => `<${tag}></${tag}>`));
  });

  it('shows the list without a widget named, or without any option', async () => {
    assert.deepEqual(await renderAll([['do_shortcode', '[twin_cities layout="compact"]'], ['do_shortcode', '[twin_cities]']], 'author'),
      ['<twin-cities-list layout="compact"></twin-cities-list>', '<twin-cities-list></twin-cities-list>']);
  });

  for (const [shortcode, tag, attributes] of [
    ['[twin_cities widget="list" layout="grid" lang="bg" sort="-date" country="TR,GR" searchable limit="3" heading_level="2" theme="dark" persist src="https://www.example-town.eu/twin-cities.json"]',
      'twin-cities-list', {'layout': 'grid', 'lang': 'bg', 'sort': '-date', 'country': 'TR,GR', 'searchable': '', 'limit': '3',
        'heading-level': '2', 'theme': 'dark', 'persist': '', 'src': 'https://www.example-town.eu/twin-cities.json'}],
    ['[twin_cities widget="card" city="naousa" heading-level="4" lang="sr-Latn" theme="light"]',
      'twin-city-card', {'city': 'naousa', 'heading-level': '4', 'lang': 'sr-Latn', 'theme': 'light'}],
    ['[twin_cities widget="badge" lang="tr" country="TR" since="2023-05-23" home-name="Asenovgrad" home_country="BG" relation="twin" variant="compact" href="https://www.asenovgrad.bg/"]',
      'twin-city-badge', {'lang': 'tr', 'country': 'TR', 'since': '2023-05-23', 'home-name': 'Asenovgrad', 'home-country': 'BG',
        'relation': 'twin', 'variant': 'compact', 'href': 'https://www.asenovgrad.bg/'}],
    ['[twin_cities widget="list" searchable="true" persist="false" src="/wp-content/uploads/twin-cities.json"]',
      'twin-cities-list', {'searchable': '', 'src': '/wp-content/uploads/twin-cities.json'}],
  ]) {
    it(`gives <${tag}> its options: ${shortcode}`, async () => {
      const {html} = await render(shortcode, {user: 'author'});
      assert.doesNotMatch(html, NOTE);
      assert.deepEqual(openingTags(html), [{tag, attributes}]);
      assert.match(html, new RegExp(`></${tag}>$`));
    });
  }

  it('takes every shortcode of the README and of readme.txt without a note', async () => {
    const docs = readFileSync(path('README.md'), 'utf8') + readFileSync(path('wordpress/twin-cities-widgets/readme.txt'), 'utf8');
    const shortcodes = docs.match(/\[twin_cities\b[^\]]*\]/g);
    assert.ok(shortcodes.length >= 5);
    const html = await renderAll(shortcodes.map((shortcode) => ['do_shortcode', shortcode]), 'author');
    html.forEach((output, i) => {
      assert.doesNotMatch(output, NOTE, shortcodes[i]);
      assert.match(output, /^<twin-cit(?:y|ies)-[a-z]+[ >]/, shortcodes[i]);
    });
  });

  it('puts the fallback link inside the element', async () => {
    const {html} = await render('[twin_cities widget="list" fallback_url="https://www.asenovgrad.bg/bg/pobratimeni-gradove" fallback_text="Побратимени градове"]');
    assert.equal(html, '<twin-cities-list><a href="https://www.asenovgrad.bg/bg/pobratimeni-gradove">Побратимени градове</a></twin-cities-list>');
  });

  it('puts what it encloses inside the element, without the line breaks of the post around it', async () => {
    const {html} = await render('Our partners:\n\n[twin_cities widget="card" city="naousa"]\n<a href="https://www.dimosnaousas.gr">Naousa</a>\n[/twin_cities]\n\nMore text.', {filter: 'the_content'});
    assert.match(html, /<twin-city-card city="naousa"><a href="https:\/\/www\.dimosnaousas\.gr">Naousa<\/a><\/twin-city-card>/);
    assert.doesNotMatch(html, /<twin-city-card[^>]*>\s*<br|<\/p>\s*<\/twin-city-card>/);
  });
});

describe('bad input', () => {
  const bad = '[twin_cities widget="list" layout="gird" src="javascript:alert(1)" lang="b@d" colour="red" limit="many" searchable="maybe" heading-level="2"]';

  it('is named in a note for a user who can edit posts, and left out of the element', async () => {
    for (const user of ['author', 'editor', 'admin']) {
      const {html} = await render(bad, {user});
      assert.match(html, NOTE, user);
      for (const named of ['layout=&quot;gird&quot;', 'src=&quot;javascript:alert(1)&quot;', 'lang=&quot;b@d&quot;', '&quot;colour&quot;',
        'limit=&quot;many&quot;', 'searchable=&quot;maybe&quot;']) {
        assert.ok(html.includes(named), `${user}: the note names ${named}`);
      }
      assert.match(html, /<\/div><twin-cities-list heading-level="2"><\/twin-cities-list>$/, user);
    }
  });

  it('leaves visitors, and users who cannot edit, the element with the good options alone', async () => {
    for (const user of [null, 'subscriber']) {
      const {html, bundle} = await render(bad, {user});
      assert.equal(html, '<twin-cities-list heading-level="2"></twin-cities-list>', user ?? 'visitor');
      assert.equal(bundle.length, 1);
    }
  });

  it('gives visitors the fallback alone for a widget there is none of, and editors a note', async () => {
    const shortcode = '[twin_cities widget="lsit" fallback_url="https://www.asenovgrad.bg/bg/pobratimeni-gradove" fallback_text="Twin cities"]';
    const link = '<a href="https://www.asenovgrad.bg/bg/pobratimeni-gradove">Twin cities</a>';
    const visitor = await render(shortcode);
    assert.equal(visitor.html, link);
    assert.deepEqual(visitor.bundle, [], 'no widget, so no bundle');
    const author = await render(shortcode, {user: 'author'});
    assert.match(author.html, NOTE);
    assert.ok(author.html.includes('&quot;lsit&quot;') && author.html.endsWith(`</div>${link}`));
  });

  it('drops a fallback address that is not a web address, keeping its text', async () => {
    const {html} = await render('[twin_cities fallback_url="javascript:alert(1)" fallback_text="Twin cities"]');
    assert.equal(html, '<twin-cities-list>Twin cities</twin-cities-list>');
    assert.match((await render('[twin_cities fallback_url="javascript:alert(1)"]', {user: 'author'})).html, NOTE);
  });
});

describe('the block', () => {
  const cases = [
    [{widget: 'list', layout: 'grid', lang: 'bg', searchable: true, 'fallback-url': 'https://www.asenovgrad.bg/', 'fallback-text': 'Twin cities'},
      '[twin_cities widget="list" layout="grid" lang="bg" searchable fallback_url="https://www.asenovgrad.bg/" fallback_text="Twin cities"]'],
    [{widget: 'card', city: 'naousa', 'heading-level': '2'}, '[twin_cities widget="card" city="naousa" heading-level="2"]'],
    [{widget: 'badge', city: 'kocaeli', variant: 'icon', persist: false}, '[twin_cities widget="badge" city="kocaeli" variant="icon"]'],
    [{widget: 'list', layout: 'gird', src: 'ftp://example.test/feed.json', lang: 'b@d'}, '[twin_cities widget="list" layout="gird" src="ftp://example.test/feed.json" lang="b@d"]'],
    [{widget: 'map-of-the-world'}, '[twin_cities widget="map-of-the-world"]'],
  ];

  it('renders what the shortcode with the same options does, for visitors and for editors', async () => {
    for (const user of [null, 'author']) {
      const fromBlocks = await renderAll(cases.map(([attributes]) => ['do_blocks', block(attributes)]), user);
      const fromShortcodes = await renderAll(cases.map(([, shortcode]) => ['do_shortcode', shortcode]), user);
      cases.forEach(([attributes], i) =>
        assert.equal(fromBlocks[i], fromShortcodes[i], `${JSON.stringify(attributes)} as ${user ?? 'a visitor'}`));
      assert.match(fromShortcodes.join(''), user ? NOTE : /^(?!.*twin-cities-note)/s);
    }
  });

  it('is registered with every attribute of every element, for the editor', async () => {
    const type = await site.rest('editor', '/wp/v2/block-types/twin-cities-widgets/twin-cities');
    assert.equal(type.title, 'Twin cities');
    assert.equal(type.api_version, 3);
    const attributes = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)
      .flatMap((d) => d.attributes.map((a) => a.name));
    for (const name of ['widget', 'fallback-url', 'fallback-text', ...attributes]) assert.ok(type.attributes[name], name);
  });

  it('draws the editor\'s preview with the shortcode\'s output, notes included', async () => {
    const shortcodes = await renderAll(cases.map(([, shortcode]) => ['do_shortcode', shortcode]), 'author');
    for (const [i, [attributes]] of cases.entries()) {
      const preview = await site.rest('author', '/wp/v2/block-renderer/twin-cities-widgets/twin-cities',
        {method: 'POST', body: {context: 'edit', attributes}});
      assert.equal(preview.rendered, shortcodes[i], JSON.stringify(attributes));
    }
  });
});

describe('the bundle', () => {
  const once = (bundle) => {
    assert.equal(bundle.length, 1, 'one script tag for the bundle');
    const [tag] = bundle;
    assert.match(tag, /^<script type="module" /);
    assert.equal(tag.match(/src=['"]([^'"]*)['"]/)[1], bundleUrl(), 'the plain address: no ?ver=');
  };

  it('is loaded once, as a module, without a query string, on a page with widgets', async () => {
    const {bundle} = await render('[twin_cities]\n\n[twin_cities widget="card" city="naousa"]\n\n<twin-city-badge city="kocaeli"></twin-city-badge>', {filter: 'the_content'});
    once(bundle);
  });

  it('is loaded for a block, a pasted element, or a placeholder alone', async () => {
    for (const markup of [block({widget: 'list'}), '<twin-city-badge city="kocaeli" lang="tr"></twin-city-badge>',
      '<div data-twin-cities="list" data-layout="grid" lang="en"><a href="https://www.asenovgrad.bg/">Twin cities</a></div>']) {
      once((await render(markup, {filter: 'the_content'})).bundle);
    }
  });

  it('is loaded for an element pasted in a sidebar\'s text or HTML widget', async () => {
    for (const filter of ['widget_text_content', 'widget_block_content']) {
      once((await render('<twin-cities-list layout="compact"></twin-cities-list>', {filter})).bundle);
    }
  });

  it('is a module too where the theme does not declare HTML5 scripts (WordPress then adds type="text/javascript")', async () => {
    await site.php('theme.php', undefined, ['without-html5']);
    try {
      const {bundle} = await render('[twin_cities]', {filter: 'the_content'});
      once(bundle);
      assert.doesNotMatch(bundle[0], /text\/javascript/);
    } finally {
      await site.php('theme.php', undefined, ['twentytwentyone']);
    }
  });

  it('is not loaded on a page without a widget', async () => {
    const {bundle} = await render('<p>Our town has nine twin cities: <a href="https://www.asenovgrad.bg/">see them</a>.</p>', {filter: 'the_content'});
    assert.deepEqual(bundle, []);
  });
});

describe('PHP', () => {
  it('logs no error, warning or notice from the plugin', () => {
    const log = existsSync(site.log) ? readFileSync(site.log, 'utf8') : '';
    assert.doesNotMatch(log, /twin-cities-widgets/);
  });
});
