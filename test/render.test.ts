// The pre-rendered snippet (src/render.ts): what it says, in which markup, and how the bundle takes it over.
import {expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {FeedError} from '../src/feed/errors.js';
import {renderSnippet, SnippetError, type SnippetOptions} from '../src/render.js';
import {expectTakenOverInPlace, inFront, layoutShifts as shifts, measuresLayoutShift, serve, settled, snippetPage as page} from './helpers.js';

const FEED = '/test/fixtures/render/asenovgrad.json';
const feed = async (url = FEED) => (await fetch(url)).json();
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The snippet parsed, as a page gets it: its outermost element. */
const parse = (snippet: string) => {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  return template.content.firstElementChild as HTMLElement;
};
const base = `${location.origin}/`;
/** A country's name as this browser's Intl says it in English (WebKit's still says "Turkey"). */
const countryName = (code: string) => new Intl.DisplayNames('en', {type: 'region'}).of(code)!;

describe('renderSnippet: the content', () => {
  it('lists every partner as the widget does, in the same order and the same words (English and Bulgarian)', async () => {
    const data = await feed();
    for (const lang of ['en', 'bg']) {
      const snippet = parse(await renderSnippet(data, {lang, base}));
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<twin-cities-list lang="${lang}" src="${FEED}"></twin-cities-list>`;
      await import('../src/define/twin-cities-list.js');
      const widget = await settled(host.firstElementChild as HTMLElement & {updateComplete: Promise<unknown>});
      const widgetItems = [...widget.shadowRoot!.querySelectorAll('[part~=item]')];
      const items = [...snippet.querySelectorAll('li')];
      expect(items.map((li) => li.dataset.id), lang).to.deep.equal(widgetItems.map((li) => (li as HTMLElement).dataset.id));
      expect(items.map(text), lang).to.deep.equal(widgetItems.map(text));
      expect(snippet.querySelector('ul')!.getAttribute('aria-label')).to.equal(widget.shadowRoot!.querySelector('[part~=list]')!.getAttribute('aria-label'));
    }
  });

  it('marks the own-language names with their language, dates with <time datetime>, and links only http(s) with rel="noopener noreferrer"', async () => {
    const snippet = parse(await renderSnippet(await feed(), {lang: 'en', base}));
    const naousa = snippet.querySelector('[data-id=naousa]')!;
    expect(text(naousa.querySelector('[lang=el]'))).to.equal('Νάουσα');
    expect(naousa.querySelector('time')!.getAttribute('datetime')).to.equal('1993');
    expect(text(naousa)).to.include('formerly Stenimachos');
    const links = [...snippet.querySelectorAll('a')];
    expect(links.length).to.equal(8);
    for (const link of links) {
      expect(link.protocol).to.match(/^https?:$/);
      expect(link.rel).to.equal('noopener noreferrer');
    }
    const flags = [...snippet.querySelectorAll('img')];
    expect(flags.map((img) => img.alt)).to.include('Flag of Greece');
    expect(flags.every((img) => img.src.startsWith(`${base}data/flags/`) && img.width === 21 && img.height === 16)).to.equal(true);
  });

  it('shows hostile feed text as text: no element, attribute or URL of the feed gets into the markup', async () => {
    const payload = '<img src=x onerror="window.__ran=1">"><svg onload=alert(1)>\'&amp;';
    const hostile = {
      version: 1,
      home: {id: 'home', name: payload, country: 'BG', url: 'https://home.example/"><script>'},
      partners: [
        {id: 'a', name: {en: payload, tr: payload}, languages: ['tr" onclick="x'], country: 'TR', relation: 'twin', since: '2001', url: 'javascript:alert(1)'},
        {id: 'b', name: 'B', formerName: payload, summary: payload, country: 'GR', relation: 'partner', url: 'https://b.example/?q="><b>'},
      ],
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const options of [{}, {layout: 'grid'}, {layout: 'timeline'}, {layout: 'compact'}, {element: 'twin-city-card', city: 'b'},
        {element: 'twin-city-badge', city: 'a'}] as SnippetOptions[]) {
        const snippet = parse(await renderSnippet(hostile, {lang: 'en', base, ...options}));
        const what = JSON.stringify(options);
        expect([...snippet.querySelectorAll('*')].map((el) => el.localName).filter((tag) => ['script', 'svg', 'b'].includes(tag)), what).to.deep.equal([]);
        expect([...snippet.querySelectorAll('img')].every((img) => img.getAttribute('src')!.startsWith(`${base}data/flags/`)), what).to.equal(true);
        const attributes = [...snippet.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
        expect(attributes.filter((name) => name.startsWith('on')), what).to.deep.equal([]);
        expect([...snippet.querySelectorAll('a')].map((a) => a.protocol).filter((p) => !/^https?:$/.test(p)), what).to.deep.equal([]);
        if (!options.element && options.layout !== 'compact') expect(text(snippet), what).to.include(payload.replace('&amp;', '&amp;'));
      }
    } finally {
      console.warn = warn;
    }
  });

  it('gives the element’s options as data- attributes of the placeholder, or as the element’s own with tag', async () => {
    const options: SnippetOptions = {lang: 'bg', layout: 'timeline', src: 'https://www.example-town.eu/twin-cities.json', headingLevel: 2, searchable: true, persist: false};
    const placeholder = parse(await renderSnippet(await feed(), options));
    expect(placeholder.localName).to.equal('div');
    expect(Object.fromEntries([...placeholder.attributes].map((a) => [a.name, a.value]))).to.deep.equal({
      'data-twin-cities': 'list', lang: 'bg', 'data-layout': 'timeline', 'data-src': options.src, 'data-heading-level': '2', 'data-searchable': '',
    });
    expect(placeholder.querySelector('h2')!.textContent).to.equal('1989 г.');
    const element = parse(await renderSnippet(await feed(), {...options, tag: true}));
    expect(element.localName).to.equal('twin-cities-list');
    expect(element.getAttribute('heading-level')).to.equal('2');
    expect(element.firstElementChild!.hasAttribute('data-twin-cities-prerendered')).to.equal(true);
  });

  it('refuses what makes no widget with a SnippetError saying what, and an unshowable feed with the FeedError', async () => {
    const data = await feed();
    const refusals: [SnippetOptions, RegExp][] = [
      [{element: 'twin-cities-map' as never}, /no element "twin-cities-map"/],
      [{layout: 'carousel'}, /no layout "carousel"/],
      [{element: 'twin-city-card', city: 'atlantis'}, /no partner "atlantis".*kocaeli/],
      [{element: 'twin-city-badge'}, /needs a city/],
      [{element: 'twin-city-card', city: 'naousa', layout: 'grid'}, /<twin-city-card> has no option "layout"/],
    ];
    for (const [options, message] of refusals) {
      const error = await renderSnippet(data, options).then(() => undefined, (caught: unknown) => caught);
      expect(error instanceof SnippetError, JSON.stringify(options)).to.equal(true);
      expect((error as Error).message).to.match(message);
    }
    const error = await renderSnippet({version: 2}).catch((caught: unknown) => caught);
    expect(error instanceof FeedError && error.code).to.equal('invalid');
  });
});

describe('renderSnippet: without JavaScript', () => {
  for (const layout of ['list', 'timeline', 'compact', 'grid']) {
    it(`reads as a list of the partners with links (layout="${layout}"), on a page without the bundle`, async () => {
      const snippet = await renderSnippet(await feed(), {lang: 'en', layout, base});
      const {doc} = await page(snippet, {width: 1280, height: 900, bundle: false});
      const items = [...doc.querySelectorAll('[data-twin-cities] li')].filter((li) => li.closest('ol') === null);
      expect(items.length).to.equal(9);
      expect(items.every((li) => li.getBoundingClientRect().height > 10)).to.equal(true);
      const words = text(doc.querySelector('[data-twin-cities]'));
      // The compact layout is one line of names, as the widget's; the others say the country and since when.
      if (layout === 'compact') expect(words).to.include('Kocaeli').and.include('Νάουσα');
      else expect(words).to.include('Kocaeli').and.include(countryName('TR')).and.include('since May 23, 2023');
      // A card's link is its "Official website"; the other layouts' links are the names.
      expect([...doc.querySelectorAll('[data-twin-cities] a')].map((a) => text(a))).to.include(layout === 'grid' ? 'Official website' : 'Nilüfer');
      // axe runs in this document: the same markup, here.
      const copy = fixtureSync<HTMLDivElement>(html`<div></div>`);
      copy.innerHTML = snippet;
      await expect(copy).to.be.accessible();
    });
  }
});

describe('renderSnippet: the bundle takes it over in place', function () {
  before(function () {
    if (!measuresLayoutShift()) this.skip();
  });
  // Where the driver can (WebKit's cannot), a window larger than the pages, so that they are painted whole.
  before(() => setViewport({width: 1320, height: 960}).catch(() => {}));

  const viewports = [{width: 1280, height: 900}, {width: 390, height: 844}];

  it('(control) the same content without the rows’ metrics (as a filter that drops style leaves it) does jump', async () => {
    const {url} = serve('fixtures/render/asenovgrad.json', {delay: 400});
    // Four partners, so that what follows the list is in view before and after, where a shift of it counts.
    const snippet = (await renderSnippet(await feed(), {lang: 'en', base, src: url, country: 'GR,TR'})).replace(/ style="[^"]*"/g, '');
    await inFront(async () => {
      const {doc, win} = await page(snippet, {width: 1280, height: 900, bundle: true});
      const after = doc.getElementById('after')!;
      const top = after.getBoundingClientRect().top;
      await waitUntil(() => doc.querySelector('twin-cities-list'), 'the placeholder was not upgraded');
      await settled(doc.querySelector('twin-cities-list') as HTMLElement & {updateComplete: Promise<unknown>});
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      expect(Math.abs(after.getBoundingClientRect().top - top), 'the paragraph after it moves').to.be.above(2);
      expect((await shifts(win)).total).to.be.at.least(0.01);
    });
  });
  // All nine partners, and four (the content after them in view, where a shift of it counts).
  for (const [layout, country] of [['list', undefined], ['list', 'GR,TR'], ['timeline', undefined], ['timeline', 'GR,TR'], ['compact', undefined]]) {
    for (const viewport of viewports) {
      it(`without a visible jump: layout="${layout}"${country ? ` country="${country}"` : ''} at ${viewport.width}×${viewport.height}, layout shift below 0.01`, async () => {
        const {url} = serve('fixtures/render/asenovgrad.json', {delay: 400});
        const snippet = await renderSnippet(await feed(), {lang: 'en', layout, base, src: url, country});
        await expectTakenOverInPlace(snippet, viewport);
      });
    }
  }
});
