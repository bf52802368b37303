// Accessibility, in one place: axe finds nothing in any state a widget can be in (loading, loaded, an
// error, a saved copy, a search that finds nothing, a city that is not in the feed), in any layout of the
// list, in any variant of the card and the badge, in every language, and under a page's own CSS, each in
// the light theme and the dark one. What the widgets show in these states is checked by the other files.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {LANGUAGES} from '../src/i18n/locale.js';
import '../src/define/index.js';
import {
  $, accessibleInBothThemes, container, errorText, fallbackVisible, finished, has, mount, pageStyle, saveCopy, serve,
  settled, shows, type Attributes, type WidgetTag,
} from './helpers.js';

/** A feed of test/fixtures/element/ (three partners), served under a fresh key. */
const three = (params: Record<string, string | number> = {}) => serve('fixtures/element/three.json', params);
/** Smolyan's feed: an undated partner, a relation that ended, a partner without a site, Bulgarian names. */
const smolyan = () => serve('fixtures/list/smolyan.json').url;
/** The page's own link, the widget's fallback content. */
const FALLBACK = '<a href="/our-twin-cities.html">Our twin cities</a>';

/** Widgets of these tags and attributes, side by side in one container `width` px wide. */
function widgets(specs: [WidgetTag, Attributes][], width?: number) {
  const parent = container(width);
  return {parent, all: specs.map(([tag, attributes]) => mount(tag, attributes, {parent, children: FALLBACK}))};
}

describe('accessibility: every state of a widget, light and dark', () => {
  it('loading: the placeholders of a list, a card and a badge', async () => {
    const {url} = three({delay: 5000});
    const {parent, all} = widgets([
      ['twin-cities-list', {src: url, lang: 'en', limit: '3'}],
      ['twin-city-card', {src: url, lang: 'en', city: 'kilkis'}],
      ['twin-city-badge', {src: url, lang: 'en', city: 'kilkis'}],
    ]);
    await Promise.all(all.map((el) => el.updateComplete));
    expect(all.map(shows)).to.deep.equal(['skeleton', 'skeleton', 'skeleton']);
    await accessibleInBothThemes(parent, all);
    expect(all.every((el) => el.getAttribute('aria-busy') === 'true'), 'still loading when checked').to.equal(true);
  });

  it('an error: the message, "try again" and the page’s own link, in a list, a card and a badge', async () => {
    const {url} = three({status: 404});
    const {parent, all} = widgets([
      ['twin-cities-list', {src: url, lang: 'en'}],
      ['twin-city-card', {src: url, lang: 'bg', city: 'kilkis'}],
      ['twin-city-badge', {src: url, lang: 'en', city: 'kilkis'}],
    ]);
    await Promise.all(all.map((el) => settled(el)));
    expect(all.map((el) => errorText(el) !== '' && has(el, 'button[part~=retry]') && fallbackVisible(el))).to.deep.equal([true, true, true]);
    await accessibleInBothThemes(parent, all);
  });

  it('a city that is not in the feed: a card and the three badges say so', async () => {
    const {parent, all} = widgets([
      ['twin-city-card', {lang: 'en', city: 'atlantis'}],
      ...['full', 'compact', 'icon'].map((variant): [WidgetTag, Attributes] => ['twin-city-badge', {lang: 'en', city: 'atlantis', variant}]),
    ]);
    await Promise.all(all.map((el) => settled(el)));
    expect(all.map((el) => errorText(el))).to.deep.equal(Array(4).fill('There is no twin city “atlantis” in this list.'));
    await accessibleInBothThemes(parent, all);
  });

  it('a saved copy: the note above a list and a card shown from it (persist)', async () => {
    const {url} = three({status: 500});
    const href = new URL(url, location.href).href;
    saveCopy(href, '2024-05-23', await (await fetch('/test/fixtures/element/three.json')).json());
    const {parent, all} = widgets([
      ['twin-cities-list', {src: url, lang: 'en', persist: true}],
      ['twin-city-card', {src: url, lang: 'bg', city: 'kilkis', persist: true}],
    ]);
    await Promise.all(all.map((el) => settled(el)));
    expect(all.map((el) => has(el, '[part~=note]') && !has(el, '[role=alert]'))).to.deep.equal([true, true]);
    await accessibleInBothThemes(parent, all);
  });

  it('no match: a search that finds nothing says so', async () => {
    const el = await settled(mount('twin-cities-list', {lang: 'en', searchable: true}));
    $(el, 'input[part~=search]')!.focus();
    await sendKeys({type: 'xyz'});
    await el.updateComplete;
    expect(has(el, '[part~=no-match]') && !has(el, '[part~=item]'), shows(el)).to.equal(true);
    await accessibleInBothThemes(el);
  });
});

describe('accessibility: every layout of the list, light and dark, 320 px wide', () => {
  // The narrowest a widget is meant to fit (WCAG 1.4.10): what wraps or crowds anywhere does here.
  const layouts: {what: string; attributes: Attributes}[] = [
    {what: 'list', attributes: {}},
    {what: 'grid', attributes: {layout: 'grid'}},
    {what: 'compact', attributes: {layout: 'compact'}},
    {what: 'timeline', attributes: {layout: 'timeline'}},
    {what: 'searchable', attributes: {searchable: true}},
    {what: 'limit, with "Show all"', attributes: {limit: '3', searchable: true}},
  ];
  for (const {what, attributes} of layouts) {
    it(`${what}: Asenovgrad’s feed in English, and Smolyan’s in Bulgarian at heading-level="2"`, async () => {
      const {parent, all} = widgets([
        ['twin-cities-list', {lang: 'en', ...attributes}],
        ['twin-cities-list', {src: smolyan(), lang: 'bg', 'heading-level': '2', ...attributes}],
      ], 320);
      await Promise.all(all.map((el) => settled(el)));
      expect(all.map((el) => has(el, '[part~=item]') && !has(el, '[role=alert]'))).to.deep.equal([true, true]);
      await accessibleInBothThemes(parent, all);
    });
  }
});

describe('accessibility: every variant of the card and the badge, light and dark', () => {
  const lyon = {
    version: 1,
    home: {id: 'asenovgrad', name: {en: 'Asenovgrad', bg: 'Асеновград'}, country: 'BG', location: {lat: 42.0167, lon: 24.8667}},
    partners: [{id: 'lyon', name: 'Lyon', country: 'FR', relation: 'partner', since: '2020-02', location: {lat: 45.764, lon: 4.8357}}],
  };

  it('card: Naousa in English, Kocaeli in Bulgarian at heading-level="1", and Lyon from a feed object', async () => {
    const parent = container();
    const all = [
      mount('twin-city-card', {lang: 'en', city: 'naousa'}, {parent}),
      mount('twin-city-card', {lang: 'bg', city: 'kocaeli', 'heading-level': '1'}, {parent}),
      mount('twin-city-card', {lang: 'en', city: 'lyon'}, {parent, feed: lyon}),
    ];
    await Promise.all(all.map((el) => settled(el)));
    expect(all.map((el) => has(el, '[part~=card]'))).to.deep.equal([true, true, true]);
    await accessibleInBothThemes(parent, all);
  });

  for (const variant of ['full', 'compact', 'icon']) {
    it(`badge, variant="${variant}": on Kocaeli’s site in Turkish, and on Prilep’s in Macedonian`, async () => {
      const {parent, all} = widgets([
        ['twin-city-badge', {lang: 'tr', city: 'kocaeli', variant}],
        ['twin-city-badge', {lang: 'mk', city: 'prilep', variant, href: 'https://example.org/'}],
      ], 720);
      await Promise.all(all.map((el) => settled(el)));
      expect(all.map((el) => has(el, '[part~=badge]'))).to.deep.equal([true, true]);
      await accessibleInBothThemes(parent, all);
    });
  }

  it('badge from attributes alone: linking home, and with neither a link nor a date', async () => {
    const home = {'home-name': 'Asenovgrad Belediyesi', 'home-country': 'BG', country: 'TR'};
    const {parent, all} = widgets([
      ['twin-city-badge', {...home, lang: 'tr', since: '2021-09-30', href: 'https://www.asenovgrad.bg/'}],
      ['twin-city-badge', {...home, lang: 'en'}],
      ['twin-city-badge', {...home, lang: 'el', variant: 'icon', relation: 'cooperation', since: '1993'}],
    ], 720);
    await Promise.all(all.map((el) => settled(el)));
    expect(all.map((el) => has(el, '[part~=badge]'))).to.deep.equal([true, true, true]);
    await accessibleInBothThemes(parent, all);
  });
});

describe('accessibility: every language, light and dark', () => {
  // Each language of the widgets, German (which they do not speak: English stands in) and tags that fall back.
  // "xx" is no language at all: axe rightly reports the element's own lang="xx"; every other rule still applies.
  for (const lang of [...LANGUAGES, 'de', 'en-GB', 'de-AT', 'bg-BG', 'EN', 'xx']) {
    it(`lang="${lang}": a list, a card, and the three badges`, async () => {
      const {parent, all} = widgets([
        ['twin-cities-list', {lang}],
        ['twin-city-card', {lang, city: 'kocaeli'}],
        ...['full', 'compact', 'icon'].map((variant): [WidgetTag, Attributes] => ['twin-city-badge', {lang, city: 'kocaeli', variant}]),
      ], 720);
      await Promise.all(all.map((el) => settled(el)));
      expect(all.every((el) => finished(el) && !has(el, '[role=alert]')), all.map(shows).join('; ')).to.equal(true);
      await accessibleInBothThemes(parent, all, lang === 'xx' ? {ignoredRules: ['valid-lang']} : {});
    });
  }
});

describe('accessibility: under the page’s own CSS, light and dark', () => {
  const rules = [
    '* { color: red !important; line-height: 3 !important; letter-spacing: 5px !important; text-transform: uppercase !important }',
    'html { font-size: 62.5% } body { font-size: 1.6rem }',
    'body { font-family: Georgia, serif }',
  ];
  for (const css of rules) {
    // No fallback link here: the page's CSS is the page's to make readable.
    it(`${css}: a list, a card and a list that failed`, async () => {
      pageStyle(css);
      const parent = container();
      const all = [
        mount('twin-cities-list', {lang: 'en'}, {parent}),
        mount('twin-city-card', {lang: 'en', city: 'naousa'}, {parent}),
        mount('twin-cities-list', {lang: 'en', src: three({status: 404}).url}, {parent}),
      ];
      await Promise.all(all.map((el) => settled(el)));
      expect(all.map((el) => has(el, '[role=alert]'))).to.deep.equal([false, false, true]);
      await accessibleInBothThemes(parent, all);
    });
  }
});

describe('accessibility: the page’s bundle (dist/twin-cities.js) on a page of its own, light and dark', () => {
  /** test/fixtures/network/page.html in a frame: the built bundle and one list of `src`, waited for. */
  async function page(src: string) {
    const frame = container().appendChild(document.createElement('iframe'));
    frame.title = 'A town’s page';
    frame.style.cssText = 'width: 640px; height: 400px';
    await new Promise((loaded) => {
      frame.addEventListener('load', loaded, {once: true});
      frame.src = `/test/fixtures/network/page.html?${new URLSearchParams({src})}`;
    });
    const el = await settled(frame.contentDocument!.querySelector('twin-cities-list')!);
    return {frame, el};
  }

  /** axe, run inside the frame's own document (axe in this page does not reach into frames), in both themes. */
  async function accessibleInPage(frame: HTMLIFrameElement, el: Element) {
    type Axe = {run(context: Element): Promise<{violations: {id: string; help: string}[]}>};
    const win = frame.contentWindow as Window & {axe?: Axe};
    const doc = frame.contentDocument!;
    const script = doc.head.appendChild(doc.createElement('script'));
    await new Promise((loaded, failed) => {
      script.addEventListener('load', loaded);
      script.addEventListener('error', failed);
      script.src = '/node_modules/axe-core/axe.min.js';
    });
    for (const theme of ['light', 'dark']) {
      el.setAttribute('theme', theme);
      await (el as Element & {updateComplete: Promise<unknown>}).updateComplete;
      const {violations} = await win.axe!.run(el);
      expect(violations.map((v) => `${theme}: ${v.id}: ${v.help}`)).to.deep.equal([]);
    }
  }

  for (const {what, params} of [{what: 'loaded', params: {}}, {what: 'failed', params: {status: 404}}]) {
    it(`a list that ${what}`, async () => {
      const {frame, el} = await page(three(params).url);
      expect(has(el, '[role=alert]')).to.equal(what === 'failed');
      await accessibleInPage(frame, el);
    });
  }
});
