// What WordPress's filter of posts, wp_kses_post() from Debian's WordPress, keeps of what a user without
// `unfiltered_html` pastes: the README's snippets and every element with every attribute, with the plugin
// loaded and, as the control, without it.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {PLUGIN, fixture, openingTags, path, php, wordpress} from './wordpress.mjs';

const core = await wordpress();
const kses = (snippets, plugin) => php(fixture('kses.php'), plugin ? [core, PLUGIN] : [core], snippets);

/** The opening tags of the widgets (`<twin-…>`) and of the placeholders (`<div data-twin-cities>`). */
const widgets = (html) => openingTags(html).filter(({tag, attributes}) => tag.startsWith('twin-') || 'data-twin-cities' in attributes);
const links = (html) => html.match(/<a\s[^>]*>[^<]*<\/a>/g) ?? [];

const readme = readFileSync(path('README.md'), 'utf8');
const snippets = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map(([, html]) => html).filter((html) => widgets(html).length);

const manifest = JSON.parse(readFileSync(path('custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
/** The element with every attribute the manifest gives it, and a link inside, as an Author would paste it. */
const pasted = ({tagName, attributes}) => {
  const values = attributes.map(({name, type}) =>
    /^boolean\b/.test(type?.text ?? '') ? name : `${name}="${name === 'src' || name === 'href' ? 'https://www.example-town.eu/twin-cities.json' : name === 'lang' ? 'bg' : `some-${name}`}"`);
  return `<${tagName} ${values.join(' ')}><a href="https://www.example-town.eu/twin-cities">Twin cities</a></${tagName}>`;
};

describe('wp_kses_post', () => {
  it('finds the README\'s snippets', () => {
    assert.ok(snippets.length >= 3, `only ${snippets.length} snippets with a widget in the README`);
  });

  it('keeps every widget of the README\'s snippets, with its attributes, where the plugin is active', async () => {
    const kept = await kses(snippets, true);
    snippets.forEach((snippet, i) => {
      assert.deepEqual(widgets(kept[i]), widgets(snippet), `snippet ${i + 1}:\n${snippet}`);
      assert.deepEqual(links(kept[i]), links(snippet), `snippet ${i + 1}: its fallback links`);
      assert.doesNotMatch(kept[i], /<script/, 'a <script> is still removed: the plugin loads the bundle itself');
    });
  });

  it('removes the elements of the README\'s snippets without the plugin, and keeps their links and placeholders', async () => {
    const kept = await kses(snippets, false);
    snippets.forEach((snippet, i) => {
      assert.deepEqual(widgets(kept[i]), widgets(snippet).filter(({tag}) => !tag.startsWith('twin-')), `snippet ${i + 1}`);
      assert.deepEqual(links(kept[i]), links(snippet), `snippet ${i + 1}: its fallback links`);
    });
  });

  it('keeps every element of the manifest with every attribute, unchanged, where the plugin is active', async () => {
    assert.ok(elements.length >= 3);
    const html = elements.map(pasted);
    assert.deepEqual(await kses(html, true), html);
  });

  it('removes every element without the plugin, and keeps the link inside it', async () => {
    const kept = await kses(elements.map(pasted), false);
    kept.forEach((html) => assert.equal(html, '<a href="https://www.example-town.eu/twin-cities">Twin cities</a>'));
  });

  it('keeps the placeholder form with its data- attributes, with the plugin and without', async () => {
    const placeholder = '<div data-twin-cities="list" data-layout="grid" data-searchable="" lang="en"><a href="https://www.example-town.eu/twin-cities">Twin cities</a></div>';
    assert.deepEqual(await kses([placeholder], true), [placeholder]);
    assert.deepEqual(await kses([placeholder], false), [placeholder]);
  });

  it('still removes event handlers and javascript: addresses from the elements it lets through', async () => {
    const [kept] = await kses(['<twin-cities-list onclick="alert(1)" onload="alert(2)" src="javascript:alert(3)" layout="grid"></twin-cities-list>'], true);
    assert.doesNotMatch(kept, /onclick|onload|javascript:/);
    assert.match(kept, /^<twin-cities-list [^>]*layout="grid"[^>]*><\/twin-cities-list>$/);
  });
});
