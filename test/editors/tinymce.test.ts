// TinyMCE 8 from npm, self-hosted (GPL licence key), in the browser: what it keeps of the README's snippets and
// of the pre-rendered snippet, with its defaults (what Joomla and many sites run), with Joomla's settings, and
// with the settings the README gives for keeping the elements.
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {expectTakenOverInPlace, measuresLayoutShift} from '../helpers.js';
import {entries, links, parse, placeholders, prerendered, readmeSnippets} from './readme.js';

interface Editor {
  setContent(html: string): void;
  getContent(): string;
  remove(): void;
}
declare const tinymce: {init(settings: Record<string, unknown>): Promise<Editor[]>};

let loaded: Promise<unknown> | undefined;
/** A TinyMCE editor with these settings over the defaults; removed after the test. */
async function editor(settings: Record<string, unknown> = {}): Promise<Editor> {
  loaded ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/tinymce/tinymce.min.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  await loaded;
  // Not a fixture: the editor is removed before its textarea (fixtures go first, and Firefox's TinyMCE then throws).
  const target = document.createElement('textarea');
  document.body.append(target);
  const [created] = await tinymce.init({target, license_key: 'gpl', base_url: '/node_modules/tinymce', suffix: '.min', promotion: false, ...settings});
  editors.push({editor: created!, target});
  return created!;
}
const editors: {editor: Editor; target: HTMLTextAreaElement}[] = [];
afterEach(() => editors.splice(0).forEach(({editor: e, target}) => {
  e.remove();
  target.remove();
}));

const roundTrip = (e: Editor, content: string) => {
  e.setContent(content);
  return e.getContent();
};

// Joomla's TinyMCE plugin: its default invalid elements, and the custom elements in "Extended Valid Elements".
const JOOMLA = {invalid_elements: 'script,applet,iframe', extended_valid_elements: 'twin-cities-list[*],twin-city-card[*],twin-city-badge[*],twin-cities-map[*]'};
const README_SETTINGS = {custom_elements: 'twin-cities-list,twin-city-card,twin-city-badge,twin-cities-map', ...JOOMLA};

describe('TinyMCE 8', () => {
  for (const [what, settings] of [['its defaults', {}], ['Joomla\'s settings', JOOMLA]] as const) {
    it(`keeps the README's placeholders with every attribute and their links, with ${what}; removes <script>`, async () => {
      const e = await editor(settings);
      const snippets = (await readmeSnippets()).filter((snippet) => snippet.includes('data-twin-cities='));
      expect(snippets.length).to.be.at.least(1);
      for (const snippet of snippets) {
        const kept = roundTrip(e, snippet);
        expect(placeholders(kept), snippet).to.deep.equal(placeholders(snippet));
        expect(links(kept), snippet).to.deep.equal(links(snippet));
      }
      for (const snippet of (await readmeSnippets()).filter((s) => s.includes('<script'))) {
        expect(roundTrip(e, snippet), 'the script goes in the template, not in content').not.to.include('<script');
      }
    });

    it(`keeps the pre-rendered snippet, which the bundle then takes over without a jump, with ${what}`, async () => {
      await setViewport({width: 1320, height: 960}).catch(() => {});
      const e = await editor(settings);
      const snippet = await prerendered();
      const kept = roundTrip(e, snippet);
      expect(placeholders(kept)).to.deep.equal(placeholders(snippet));
      expect(entries(kept)).to.deep.equal(entries(snippet));
      expect(links(kept)).to.deep.equal(links(snippet));
      expect([...parse(kept).querySelectorAll('img')].map((img) => img.alt)).to.deep.equal([...parse(snippet).querySelectorAll('img')].map((img) => img.alt));
      expect([...parse(kept).querySelectorAll('time')].map((time) => time.dateTime)).to.deep.equal([...parse(snippet).querySelectorAll('time')].map((time) => time.dateTime));
      // What TinyMCE writes back keeps the rows' metrics.
      if (measuresLayoutShift()) await expectTakenOverInPlace(kept, {width: 1280, height: 900});
    });
  }

  it('removes the elements with its defaults, and mangles them with Joomla\'s settings: the placeholder is the way there', async () => {
    const element = '<twin-cities-list lang="en" layout="grid"><a href="https://www.example-town.eu/twin-cities">Our twin cities</a></twin-cities-list>';
    const defaults = roundTrip(await editor(), element);
    expect(defaults).not.to.include('<twin-cities-list');
    expect(links(defaults)).to.deep.equal(links(element));
    const joomla = roundTrip(await editor(JOOMLA), element);
    const list = parse(joomla).querySelector('twin-cities-list');
    expect(list === null || list.querySelector('a') === null, `the link is no longer inside the element: ${joomla}`).to.equal(true);
  });

  it('keeps the elements whole with the README\'s settings (custom_elements and extended_valid_elements)', async () => {
    const e = await editor(README_SETTINGS);
    for (const snippet of (await readmeSnippets()).filter((s) => s.includes('<twin-'))) {
      const kept = parse(roundTrip(e, snippet));
      const sent = parse(snippet);
      const widgets = (fragment: DocumentFragment) => [...fragment.querySelectorAll('twin-cities-list, twin-city-card, twin-city-badge')]
        .map((el) => `${el.outerHTML.match(/^<[^>]*>/)![0]} ${el.textContent!.replace(/\s+/g, ' ').trim()}`);
      expect(widgets(kept), snippet).to.deep.equal(widgets(sent));
    }
  });
});
