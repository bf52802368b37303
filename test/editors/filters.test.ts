// Two server filters that cannot run here (PHP of their own CMS), checked as data against their documented
// rules: Drupal's "Basic HTML" text format (its allowed tags and attributes, standard profile) and Joomla's
// InputFilter tag rule. What each keeps of the pre-rendered snippet is still a readable list.
import {expect} from '@open-wc/testing';
import {entries, links, parse, prerendered} from './readme.js';

// Drupal's Basic HTML: `<a href hreflang> <em> <strong> <cite> <blockquote cite> <code> <ul type> <ol start type>
// <li> <dl> <dt> <dd> <h2 id>…<h6 id> <p> <br> <span> <img src alt data-entity-type data-entity-uuid data-align
// data-caption width height>`. Other tags are removed and their content kept; other attributes removed.
const BASIC_HTML: Record<string, string[]> = {
  a: ['href', 'hreflang'], em: [], strong: [], cite: [], blockquote: ['cite'], code: [], ul: ['type'], ol: ['start', 'type'],
  li: [], dl: [], dt: [], dd: [], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'], p: [], br: [], span: [],
  img: ['src', 'alt', 'data-entity-type', 'data-entity-uuid', 'data-align', 'data-caption', 'width', 'height'],
};

/** The HTML as Basic HTML's rules leave it. */
function basicHtml(html: string): string {
  const fragment = parse(html);
  for (const element of [...fragment.querySelectorAll('*')].reverse()) {
    const allowed = BASIC_HTML[element.localName];
    if (!allowed) element.replaceWith(...element.childNodes);
    else for (const {name} of [...element.attributes]) if (!allowed.includes(name)) element.removeAttribute(name);
  }
  const out = document.createElement('div');
  out.append(fragment);
  return out.innerHTML;
}

// Joomla's InputFilter keeps a tag only if its name matches this (so no custom element, whose name has a "-").
const JOOMLA_TAG = /^[a-z][a-z0-9]*$/i;

describe('server filters, checked as data (their PHP is not run here)', () => {
  for (const layout of ['list', 'timeline', 'compact', 'grid']) {
    it(`Drupal's Basic HTML tag list leaves the pre-rendered snippet a readable list with its links and flags (layout="${layout}")`, async () => {
      const snippet = await prerendered({layout});
      const kept = basicHtml(snippet);
      const items = entries(kept).filter((entry) => entry.length);
      expect(items.length, kept).to.be.at.least(9);
      expect(links(kept)).to.deep.equal(links(snippet));
      const flags = [...parse(kept).querySelectorAll('img')];
      expect(flags.length).to.be.above(0);
      expect(flags.every((img) => img.alt && img.width === 21 && img.height === 16)).to.equal(true);
      if (layout !== 'compact') expect(kept).to.include(new Intl.DisplayNames('en', {type: 'region'}).of('TR')!).and.include('since May 23, 2023');
    });
  }

  it('Joomla\'s InputFilter tag rule keeps every tag of the pre-rendered snippet and of the placeholder, and no custom element', async () => {
    const tags = new Set([...parse(await prerendered()).querySelectorAll('*')].map((el) => el.localName));
    for (const options of [{layout: 'timeline'}, {layout: 'grid'}, {element: 'twin-city-card', city: 'naousa'}, {element: 'twin-city-badge', city: 'kocaeli'}] as const) {
      for (const el of parse(await prerendered(options)).querySelectorAll('*')) tags.add(el.localName);
    }
    expect([...tags].filter((tag) => !JOOMLA_TAG.test(tag))).to.deep.equal([]);
    expect(['twin-cities-list', 'twin-city-card', 'twin-city-badge'].filter((tag) => JOOMLA_TAG.test(tag))).to.deep.equal([]);
  });
});
