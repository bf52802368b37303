// CKEditor 5 from npm, self-hosted (licenseKey 'GPL'), in the browser, with the plugins of a default setup
// (Essentials, Paragraph, Heading, Bold, Italic, Link, List), which Drupal's editor starts from: the
// placeholder is lost, the pre-rendered snippet stays a readable list; with General HTML Support allowing the
// placeholder, as the README says, it is kept.
import {expect, fixtureSync, html} from '@open-wc/testing';
import type {ClassicEditor as Editor} from 'ckeditor5';
import {entries, links, parse, placeholders, prerendered, readmeSnippets} from './readme.js';

// The package's browser build, one module with its dependencies inside (its npm entry imports CommonJS ones).
const BUILD = '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
const {Bold, ClassicEditor, Essentials, GeneralHtmlSupport, Heading, Italic, Link, List, Paragraph}: typeof import('ckeditor5') = await import(BUILD);

const editors: Editor[] = [];
afterEach(async () => Promise.all(editors.splice(0).map((e) => e.destroy())));

async function editor(config: Record<string, unknown> = {}) {
  const element = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const created = await ClassicEditor.create(element, {licenseKey: 'GPL', plugins: [Essentials, Paragraph, Heading, Bold, Italic, Link, List], ...config});
  editors.push(created);
  return created;
}
const roundTrip = (e: Editor, content: string) => {
  e.setData(content);
  return e.getData();
};

describe('CKEditor 5', () => {
  it('keeps the pre-rendered snippet as a readable list: every partner with its names, country, relation and date, and the links', async () => {
    const snippet = await prerendered();
    const kept = roundTrip(await editor(), snippet);
    const words = entries(kept).map((entry) => entry.replace(/\s+/g, ''));
    expect(words).to.deep.equal(entries(snippet).map((entry) => entry.replace(/\s+/g, '')));
    expect(entries(kept)[6]).to.match(/^Naousa Νάουσα\s*formerly Stenimachos\s*Greece · Cooperation agreement since 1993$/);
    expect(links(kept)).to.deep.equal(links(snippet));
  });

  it('turns the README\'s placeholders into paragraphs without their data- attributes, keeping the links (no widget there)', async () => {
    const e = await editor();
    for (const snippet of (await readmeSnippets()).filter((s) => s.includes('data-twin-cities='))) {
      const kept = roundTrip(e, snippet);
      expect(placeholders(kept), snippet).to.deep.equal([]);
      expect(links(kept), snippet).to.deep.equal(links(snippet));
    }
  });

  it('shows a <style> block\'s CSS as a paragraph of text: theming CSS belongs in the theme', async () => {
    const kept = roundTrip(await editor(), '<style>twin-cities-list { --twin-cities-accent: #8a1538; }</style><p>Our twin cities</p>');
    expect(parse(kept).querySelector('style') === null).to.equal(true);
    expect(parse(kept).textContent).to.include('--twin-cities-accent: #8a1538');
  });

  it('keeps the placeholders with General HTML Support allowing them, as the README says', async () => {
    const e = await editor({
      plugins: [Essentials, Paragraph, Heading, Bold, Italic, Link, List, GeneralHtmlSupport],
      htmlSupport: {allow: [{name: 'div', attributes: [{key: /^data-/, value: true}, {key: 'lang', value: true}]}]},
    });
    for (const snippet of (await readmeSnippets()).filter((s) => s.includes('data-twin-cities='))) {
      const kept = roundTrip(e, snippet);
      expect(placeholders(kept), snippet).to.deep.equal(placeholders(snippet));
      expect(links(kept), snippet).to.deep.equal(links(snippet));
    }
  });
});
