// What every twin-cities element shares (src/element.ts), seen through <twin-cities-list> and <twin-city-card>.
import {expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import {FeedError} from '../src/feed/errors.js';
import '../src/define/twin-cities-list.js';
import '../src/define/twin-city-card.js';
import {TwinCitiesList} from '../src/twin-cities-list.js';
import {TwinCityCard} from '../src/twin-city-card.js';
import {
  $, $$, allAnswered, container, contrast, errorText, fallbackVisible, heard, ids, languageOf, listLabel, luminance, mount,
  pageStyle, requested, requests, retryButton, serve, settled, text, uncaught, uniqueKey, visible, warnings, type Attributes, type Widget,
} from './helpers.js';

type Tag = 'twin-cities-list' | 'twin-city-card';

/** A fixture of test/fixtures/element/, served under a fresh `key`. */
const served = (file: string, params: Record<string, string | number> = {}) => serve(`fixtures/element/${file}`, params);

/** Only Chromium's test driver can switch the system colour scheme; elsewhere the tests read the system's own. */
let canEmulate = true;
before(async () => {
  canEmulate = await emulateMedia({colorScheme: 'light'}).then(() => true, () => false);
});

afterEach(async () => {
  if (canEmulate) await emulateMedia({colorScheme: 'light'});
});

describe('loading state', () => {
  for (const tag of ['twin-cities-list', 'twin-city-card'] as const) {
    it(`<${tag}> is aria-busy and shows a skeleton hidden from screen readers while the feed loads`, async () => {
      const {url} = served('three.json', {delay: 500});
      // A list has placeholder rows where it knows how many: with a limit.
      const el = mount(tag, {src: url, lang: 'en', city: 'kilkis', ...(tag === 'twin-cities-list' ? {limit: '3'} : {})});
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      const skeleton = $(el, '[part~=base] [aria-hidden=true]')!;
      expect(skeleton, 'a skeleton').to.exist;
      expect(skeleton.getBoundingClientRect().height, 'the skeleton takes room').to.be.above(20);
      expect(text($(el, '[part~=base]')), 'nothing to read while loading').to.equal('');
      expect($(el, '[role=alert]')).to.equal(null);

      await settled(el);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect($(el, '[part~=base] [aria-hidden=true]'), 'the skeleton is gone').to.equal(null);
      expect(text($(el, '[part~=base]'))).to.include('Kilkis');
    });
  }

  it('reserves the height of the loaded list (limit="2", and "show all"), so the page does not jump', async () => {
    const {url} = served('three.json', {delay: 500});
    const el = mount('twin-cities-list', {src: url, lang: 'en', limit: '2'});
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const loading = el.getBoundingClientRect().height;
    await settled(el);
    expect(ids(el)).to.have.length(2);
    const loaded = el.getBoundingClientRect().height;
    expect(Math.abs(loaded - loading), `skeleton ${loading}px, loaded ${loaded}px`).to.be.at.most(4);
  });
});

describe('error states', () => {
  const cases: {what: string; file: string; params?: Record<string, string | number>; lang: string; tag: Tag; message: RegExp}[] = [
    {what: 'a 404', file: 'three.json', params: {status: 404}, lang: 'en', tag: 'twin-cities-list', message: /error 404/},
    {what: 'a 404', file: 'three.json', params: {status: 404}, lang: 'bg', tag: 'twin-cities-list', message: /грешка 404/},
    {what: 'a 404', file: 'three.json', params: {status: 404}, lang: 'bg', tag: 'twin-city-card', message: /грешка 404/},
    {what: 'an HTML error page served as 200', file: 'error-page.html', params: {type: 'text/html'}, lang: 'en', tag: 'twin-cities-list', message: /not valid JSON/},
    {what: 'an HTML error page served as 200', file: 'error-page.html', params: {type: 'text/html'}, lang: 'bg', tag: 'twin-city-card', message: /не е валиден JSON/},
    {what: 'truncated JSON', file: 'truncated.json', lang: 'en', tag: 'twin-city-card', message: /not valid JSON/},
    {what: 'a feed of format version 2', file: 'version-2.json', lang: 'en', tag: 'twin-cities-list', message: /not in the twin-cities format/},
    {what: 'a feed of format version 2', file: 'version-2.json', lang: 'bg', tag: 'twin-cities-list', message: /не е във формата за побратимени градове/},
  ];
  const retry: Record<string, string> = {en: 'Try again', bg: 'Опитай отново'};
  for (const c of cases) {
    it(`<${c.tag} lang="${c.lang}"> says so, in its language, on ${c.what}`, async () => {
      const el = await settled(mount(c.tag, {src: served(c.file, c.params).url, lang: c.lang, city: 'kilkis'}));
      const error = $(el, '[role=alert]')!;
      expect(error, 'an alert').to.exist;
      expect(error.getAttribute('part')).to.equal('error');
      expect(text(error)).to.match(c.message);
      expect(text(retryButton(el))).to.equal(retry[c.lang]);
      expect($(el, '[aria-hidden=true]'), 'no skeleton').to.equal(null);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });
  }

  it('speaks the language of an ancestor when the feed, and so its home language, is missing', async () => {
    const parent = container();
    parent.lang = 'bg';
    const el = await settled(mount('twin-cities-list', {src: served('three.json', {status: 404}).url}, {parent}));
    expect(errorText(el)).to.equal('Побратимените градове не можаха да бъдат заредени: сървърът отговори с грешка 404.');
  });
});

describe('"try again"', () => {
  it('fetches the feed again, and shows the error again when it fails again', async () => {
    const {key, url} = served('three.json', {status: 500});
    const el = await settled(mount('twin-cities-list', {src: url, lang: 'en'}));
    expect(errorText(el)).to.equal('The twin cities could not be loaded: the server answered with error 500.');
    expect(await requests(key)).to.equal(1);

    const button = retryButton(el)!;
    button.focus();
    button.click();
    expect(el.getAttribute('aria-busy'), 'busy again while retrying').to.equal('true');
    await requested(key, 2);
    await settled(el);
    expect(errorText(el)).to.equal('The twin cities could not be loaded: the server answered with error 500.');
    expect(el.shadowRoot!.activeElement === retryButton(el), 'focus stays on the button').to.equal(true);
  });
});

describe('events', () => {
  it('fires twin-cities-load with the feed and what was skipped, heard on the document', async () => {
    const events = heard();
    const el = await settled(mount('twin-cities-list', {src: served('one-bad.json').url, lang: 'en'}));
    const [load, ...more] = events.of('twin-cities-load', el);
    expect(load, 'a twin-cities-load event').to.exist;
    expect(more).to.have.length(0);
    expect(load!.bubbles).to.equal(true);
    expect(load!.composed).to.equal(true);
    const {feed, skipped} = load!.detail;
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['kilkis', 'prilep']);
    expect(skipped).to.have.length(1);
    expect(skipped[0]!.path).to.equal('partners[1]');
    expect(skipped[0]!.reason).to.be.a('string').and.not.equal('');
    expect(events.of('twin-cities-error', el)).to.have.length(0);
    expect(warnings.paths()).to.deep.equal(['partners[1]']);
  });

  for (const source of ['fetched', 'inline'] as const) {
    it(`fires twin-cities-load, and warns of a bad entry, once for a${source === 'inline' ? 'n' : ''} ${source} feed shown again in another language`, async () => {
      const events = heard();
      const {url} = served('one-bad.json');
      const el = document.createElement('twin-cities-list');
      el.lang = 'en';
      if (source === 'fetched') el.src = url;
      else el.feed = await (await fetch(url)).json();
      container().append(el);
      await settled(el);
      const shown = ids(el);
      expect(shown).to.have.members(['kilkis', 'prilep']);
      const english = listLabel(el);
      el.setAttribute('lang', 'bg');
      await waitUntil(() => listLabel(el) !== english, 'did not switch to Bulgarian');
      await settled(el);
      expect(ids(el)).to.deep.equal(shown);
      expect(events.of('twin-cities-load', el)).to.have.length(1);
      expect(warnings.paths()).to.deep.equal(['partners[1]']);
    });
  }

  it('fires twin-cities-error with the error, heard on the document', async () => {
    const events = heard();
    const el = await settled(mount('twin-city-card', {src: served('three.json', {status: 404}).url, lang: 'en', city: 'kilkis'}));
    const [failure, ...more] = events.of('twin-cities-error', el);
    expect(failure, 'a twin-cities-error event').to.exist;
    expect(more).to.have.length(0);
    expect(failure!.bubbles).to.equal(true);
    expect(failure!.composed).to.equal(true);
    const {error} = failure!.detail;
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('http');
    expect((error as FeedError).detail.status).to.equal(404);
    expect(events.of('twin-cities-load', el)).to.have.length(0);
  });

  it('reaches the document from inside another component’s shadow root', async () => {
    const events = heard();
    const host = container();
    const inner = document.createElement('div');
    host.attachShadow({mode: 'open'}).append(inner);
    const el = await settled(mount('twin-cities-list', {src: served('three.json').url, lang: 'en'}, {parent: inner}));
    expect(ids(el)).to.have.length(3);
    // Retargeted to the outer host, as composed events are.
    expect(events.of('twin-cities-load', host)).to.have.length(1);
  });

  const failing: {what: string; file: string; params?: Record<string, string | number>}[] = [
    {what: 'a 404', file: 'three.json', params: {status: 404}},
    {what: 'a parse error', file: 'truncated.json'},
    {what: 'an invalid feed', file: 'version-2.json'},
    {what: 'a refused connection', file: ''},
  ];
  for (const c of failing) {
    it(`lets no exception reach the window on ${c.what}, nor on trying again`, async () => {
      const errors = uncaught();
      const events = heard();
      const src = c.file ? served(c.file, c.params).url : 'http://127.0.0.1:9/feed.json';
      const el = await settled(mount('twin-cities-list', {src, lang: 'en'}));
      expect(errorText(el)).to.match(/^The twin cities could not be loaded: /);
      // Trying again fails again, by way of the network: what the first failure left to report has been reported by then.
      retryButton(el)!.click();
      await waitUntil(() => events.of('twin-cities-error', el).length === 2, 'trying again did not fail again');
      await settled(el);
      expect(errorText(el)).to.match(/^The twin cities could not be loaded: /);
      expect(errors.stop()).to.deep.equal([]);
    });
  }
});

describe('a feed with one bad entry', () => {
  it('shows the good entries and leaves the bad one out', async () => {
    const el = await settled(mount('twin-cities-list', {src: served('one-bad.json').url, lang: 'en', sort: 'name'}));
    expect(ids(el)).to.deep.equal(['kilkis', 'prilep']);
    expect(text($(el, '[part~=base]'))).not.to.include('Nowhere');
    expect($(el, '[role=alert]')).to.equal(null);
    expect(warnings.paths()).to.deep.equal(['partners[1]']);
  });
});

describe('the feed attribute', () => {
  const three = async () => JSON.stringify(await (await fetch('/test/fixtures/element/three.json')).json());

  it('takes the feed’s JSON text, validated and shown like the property, and makes no request', async () => {
    const el = await settled(mount('twin-cities-list', {lang: 'en', sort: 'name', feed: await three()}));
    expect(ids(el)).to.deep.equal(['bergama', 'kilkis', 'prilep']);
    expect(performance.getEntriesByName(new URL('/data/twin-cities.json', location.href).href), 'not the package’s feed').to.have.length(0);
  });

  it('that is not a feed’s JSON (a framework’s [object Object]) shows the error, says why on the console, and shows no other feed', async () => {
    const fallback = '<a href="/x">Our twin cities</a>';
    const el = await settled(mount('twin-cities-list', {lang: 'bg', feed: '[object Object]'}, {children: fallback}));
    expect(errorText(el)).to.equal('Побратимените градове не можаха да бъдат заредени: файлът не е валиден JSON.');
    expect($$(el, '[part~=item]'), 'no entries: not Asenovgrad’s, nor any').to.have.length(0);
    expect(fallbackVisible(el)).to.equal(true);
    expect(warnings.take().map((warning) => warning.text)).to.deep.equal([
      'twin-cities: the feed is text, not JSON: a framework should set the feed property to the object (README: React 19 and Vue 3)']);
  });

  it('changed to other JSON text shows the new feed', async () => {
    const el = await settled(mount('twin-city-card', {lang: 'en', city: 'prilep', feed: await three()}));
    expect(text($(el, '[part~=name]'))).to.equal('Prilep');
    el.setAttribute('feed', (await three()).replace('"Prilep"', '"Prilep, Pelagonia"'));
    await waitUntil(() => text($(el, '[part~=name]')) === 'Prilep, Pelagonia', 'the new text was not shown');
  });
});

describe('light-DOM fallback', () => {
  const fallback = '<a href="/x">Our twin cities</a>';

  it('shows the page’s own link when the feed fails', async () => {
    const el = await settled(mount('twin-cities-list', {lang: 'en', src: served('three.json', {status: 404}).url}, {children: fallback}));
    expect($(el, '[role=alert]')).to.exist;
    expect(fallbackVisible(el), 'the link is slotted, its wrapper not hidden, and it is seen').to.equal(true);
  });

  it('hides the page’s own link once the feed has loaded', async () => {
    const el = await settled(mount('twin-cities-list', {lang: 'en', src: served('three.json').url}, {children: fallback}));
    expect(ids(el)).to.have.length(3);
    expect(visible(el.querySelector('a')!), 'the link is hidden').to.equal(false);
  });

  it('shows the link before the element is defined, keeps it while the defined list loads (no placeholder that would grow), and hides it then', async () => {
    const tag = `late-twin-cities-${uniqueKey().replace(/[^a-z0-9]/g, '')}`;
    const parent = container();
    parent.innerHTML = `<${tag} lang="en" src="${served('three.json', {delay: 300}).url}">${fallback}</${tag}>`;
    const el = parent.firstElementChild as TwinCitiesList;
    const link = el.querySelector('a')!;
    expect(visible(link), 'visible before the upgrade').to.equal(true);
    (class extends TwinCitiesList {}).define(tag);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(visible(link), 'visible while loading').to.equal(true);
    await settled(el);
    expect(ids(el)).to.have.length(3);
    expect(visible(link), 'hidden once loaded').to.equal(false);
  });
});

describe('language', () => {
  const en = 'Twin cities of Asenovgrad';
  const bg = 'Побратимени градове на Асеновград';

  const resolution: {what: string; page: string; documentLang?: string; lang?: string; expected: string}[] = [
    {what: 'its own lang, over an ancestor’s', page: '<div lang="bg"><div class="here"></div></div>', lang: 'en', expected: en},
    {what: 'its own lang, over the document’s', page: '<div class="here"></div>', documentLang: 'en', lang: 'bg', expected: bg},
    {what: 'the nearest ancestor’s lang', page: '<div lang="bg"><section lang="en"><div class="here"></div></section></div>', expected: en},
    {what: 'an ancestor’s lang, over the document’s', page: '<div lang="en"><div class="here"></div></div>', documentLang: 'bg', expected: en},
    {what: 'the document’s lang', page: '<div class="here"></div>', documentLang: 'en', expected: en},
    {what: 'the feed’s home language without any lang', page: '<div class="here"></div>', expected: bg},
  ];
  for (const c of resolution) {
    it(`speaks ${c.what}`, async () => {
      if (c.documentLang) document.documentElement.setAttribute('lang', c.documentLang);
      else document.documentElement.removeAttribute('lang');
      const page = container();
      page.innerHTML = c.page;
      const el = await settled(mount('twin-cities-list', c.lang ? {lang: c.lang} : {}, {parent: page.querySelector('.here')!}));
      expect(listLabel(el)).to.equal(c.expected);
    });
  }

  it('speaks the language of the host of the shadow root it is in', async () => {
    document.documentElement.removeAttribute('lang');
    const host = container();
    host.lang = 'en';
    const inner = document.createElement('div');
    host.attachShadow({mode: 'open'}).append(inner);
    const el = await settled(mount('twin-cities-list', {}, {parent: inner}));
    expect(listLabel(el)).to.equal(en);
  });

  const changes: {what: string; change: (el: Widget, ancestor: HTMLElement) => void}[] = [
    {what: 'its own lang', change: (el) => el.setAttribute('lang', 'en')},
    {what: 'its ancestor’s lang', change: (_, ancestor) => ancestor.setAttribute('lang', 'en')},
    {what: 'the document’s lang', change: () => document.documentElement.setAttribute('lang', 'en')},
  ];
  for (const c of changes) {
    it(`speaks the new language when ${c.what} changes`, async () => {
      document.documentElement.setAttribute('lang', 'bg');
      const ancestor = container();
      if (!c.what.includes('document')) ancestor.setAttribute('lang', 'bg');
      const el = await settled(mount('twin-cities-list', c.what.includes('own') ? {lang: 'bg'} : {}, {parent: ancestor}));
      expect(listLabel(el)).to.equal(bg);
      c.change(el, ancestor);
      await waitUntil(() => listLabel(el) === en, `did not switch to English (still "${listLabel(el)}")`);
      expect(text($(el, '[part~=item] [part~=name]'))).to.match(/^[A-Za-z]/);
    });
  }

  it('lets two widgets on one page speak different languages', async () => {
    const parent = container();
    const english = mount('twin-city-card', {lang: 'en', city: 'kocaeli'}, {parent});
    const bulgarian = mount('twin-city-card', {lang: 'bg', city: 'kocaeli'}, {parent});
    await settled(english);
    await settled(bulgarian);
    expect(text($(english, '[part~=relation]'))).to.equal('Twin city');
    expect(text($(bulgarian, '[part~=relation]'))).to.equal('Побратимен град');
    expect(text($(english, '[role=heading]'))).to.equal('Kocaeli');
    expect(text($(bulgarian, '[role=heading]'))).to.match(/^Коджаели/);
  });

  const unsupported: {lang: string; expected: string; speaks: string}[] = [
    {lang: 'en-GB', expected: en, speaks: 'en'},
    {lang: 'xx', expected: en, speaks: 'en'},
    {lang: 'de-AT', expected: en, speaks: 'en'},
    {lang: 'bg-BG', expected: bg, speaks: 'bg'},
    {lang: 'EN', expected: en, speaks: 'en'},
  ];
  for (const c of unsupported) {
    it(`falls back from lang="${c.lang}" along its chain, never showing empty text`, async () => {
      const el = await settled(mount('twin-cities-list', {lang: c.lang, layout: 'grid'}));
      expect(listLabel(el)).to.equal(c.expected);
      const cards = $$(el, '[part~=card]');
      expect(cards).to.have.length(9);
      for (const card of cards) {
        for (const p of ['name', 'country', 'relation', 'link']) {
          const node = card.querySelector(`[part~=${p}]`);
          if (p !== 'link' || node) expect(text(node), `${card.closest('[data-id]')?.getAttribute('data-id')}: ${p}`).not.to.equal('');
        }
      }
    });

    it(`marks its text with the language it speaks when asked for lang="${c.lang}" (WCAG 3.1.2)`, async () => {
      const el = await settled(mount('twin-cities-list', {lang: c.lang}));
      for (const node of [$(el, '[part~=list]')!, ...$$(el, '[part~=relation]'), ...$$(el, '[part~=country]')]) {
        const lang = languageOf(node) ?? '';
        expect(lang.toLowerCase().split('-')[0], `"${node.getAttribute('aria-label') ?? text(node)}" is read as lang="${lang}"`).to.equal(c.speaks);
      }
    });
  }
});

describe('theme', () => {
  const themes: {theme: 'light' | 'dark'; dark: boolean}[] = [
    {theme: 'light', dark: false},
    {theme: 'dark', dark: true},
  ];
  for (const c of themes) {
    it(`theme="${c.theme}" gives a ${c.theme} background, and every text meets 4.5:1 on it`, async () => {
      const el = await settled(mount('twin-cities-list', {lang: 'en', theme: c.theme}));
      const base = $(el, '[part~=base]')!;
      const background = getComputedStyle(base).backgroundColor;
      const colour = getComputedStyle(base).color;
      if (c.dark) {
        expect(luminance(background), `background ${background}`).to.be.below(0.1);
        expect(luminance(colour), `text ${colour}`).to.be.above(0.6);
      } else {
        expect(luminance(background), `background ${background}`).to.be.above(0.9);
        expect(luminance(colour), `text ${colour}`).to.be.below(0.1);
      }
      for (const selector of ['[part~=base]', '[part~=link]', '[part~=country]', '[part~=date]']) {
        const node = $(el, selector)!;
        const fg = getComputedStyle(node).color;
        expect(contrast(fg, background), `${selector}: ${fg} on ${background}`).to.be.at.least(4.5);
      }
    });
  }

  it('without a theme, takes the page’s text colour for its text and links, draws no background, and keeps the page’s contrast', async () => {
    const parent = fixtureSync<HTMLDivElement>(html`<div style="width: 640px; color: rgb(40, 48, 61); background: rgb(209, 228, 221)"></div>`);
    const el = await settled(mount('twin-cities-list', {lang: 'en'}, {parent}));
    const base = $(el, '[part~=base]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(base).paddingTop).to.equal('0px');
    for (const selector of ['[part~=base]', '[part~=link]', '[part~=country]', '[part~=date]']) {
      expect(getComputedStyle($(el, selector)!).color, selector).to.equal('rgb(40, 48, 61)');
    }
    // The separators: the text colour, faint.
    const border = getComputedStyle($(el, '[part~=item]')!).borderBottomColor;
    expect(border).to.match(/^color\(srgb 0\.15\d* 0\.18\d* 0\.23\d* \/ 0\.3\)$|^rgba\(40, 48, 61, 0\.3\)$/);
    await expect(el).to.be.accessible();
  });

  // The same colours as the theme of the system's scheme: what test/accessibility.test.ts checks of that theme holds for "auto".
  it('theme="auto" follows the visitor’s system setting, in the colours of theme="dark" or theme="light"', async () => {
    const parent = container();
    const [el, dark, light] = await Promise.all(([{theme: 'auto'}, {theme: 'dark'}, {theme: 'light'}] as Attributes[]).map((theme) =>
      settled(mount('twin-cities-list', {lang: 'en', ...theme}, {parent}))));
    const colours = (widget: Element) => ['[part~=base]', '[part~=link]', '[part~=country]', '[part~=date]'].map((selector) => {
      const style = getComputedStyle($(widget, selector)!);
      return `${selector}: ${style.color} on ${style.backgroundColor}`;
    });
    const schemes = canEmulate ? ['dark', 'light'] as const : [matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'] as const;
    for (const scheme of schemes) {
      if (canEmulate) await emulateMedia({colorScheme: scheme});
      const lum = luminance(getComputedStyle($(el, '[part~=base]')!).backgroundColor);
      expect(scheme === 'dark' ? lum < 0.1 : lum > 0.9, `${scheme}: luminance ${lum}`).to.equal(true);
      expect(colours(el), scheme).to.deep.equal(colours(scheme === 'dark' ? dark! : light!));
    }
  });

  it('--twin-cities-accent on the host colours the links', async () => {
    const el = await settled(mount('twin-cities-list', {lang: 'en', theme: 'light', style: '--twin-cities-accent: rgb(0, 0, 139)'}));
    const links = $$(el, '[part~=link]');
    expect(links.length).to.be.above(0);
    for (const link of links) expect(getComputedStyle(link).color).to.equal('rgb(0, 0, 139)');
    el.style.removeProperty('--twin-cities-accent');
    await el.updateComplete;
    expect(getComputedStyle(links[0]!).color).not.to.equal('rgb(0, 0, 139)');
  });
});

describe('focus', () => {
  /** The keyboard's way in: Tab from a button just before the widget; what it reaches inside, or null. */
  async function tabInto(el: Widget) {
    const before = fixtureSync<HTMLButtonElement>(html`<button>before</button>`);
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    return el.shadowRoot!.activeElement as HTMLElement | null;
  }
  const ring = (node: Element) => {
    const style = getComputedStyle(node);
    return {style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor};
  };

  it('rings what the keyboard reaches, in --twin-cities-focus', async () => {
    const el = await settled(mount('twin-cities-list', {
      src: served('three.json', {status: 404}).url, lang: 'en', theme: 'light', style: '--twin-cities-focus: rgb(200, 0, 0)',
    }));
    const focused = await tabInto(el);
    expect(focused?.getAttribute('part') ?? 'nothing focused').to.equal('retry');
    expect(ring(focused!)).to.deep.equal({style: 'solid', width: 3, colour: 'rgb(200, 0, 0)'});
  });

  // A typo in a colour, or light-dark() in a browser that predates it (Safari before 17.5), voids the colour only.
  it('keeps the ring and the button’s border when a colour cannot be read', async () => {
    const el = await settled(mount('twin-cities-list', {
      src: served('three.json', {status: 404}).url, lang: 'en', style: '--twin-cities-focus: #12345; --twin-cities-accent: light-dork(#000, #fff)',
    }));
    const focused = await tabInto(el);
    expect(focused?.getAttribute('part') ?? 'nothing focused').to.equal('retry');
    const {style, width} = ring(focused!);
    expect({style, width}).to.deep.equal({style: 'solid', width: 3});
    const border = getComputedStyle(focused!);
    expect([border.borderTopStyle, border.borderTopWidth]).to.deep.equal(['solid', '1px']);
  });
});

describe('style isolation', () => {
  const properties = ['color', 'lineHeight', 'letterSpacing', 'textTransform', 'fontSize'] as const;
  const styleOf = (node: Element) => {
    const style = getComputedStyle(node);
    return Object.fromEntries(properties.map((p) => [p, style[p]]));
  };

  it('keeps a hostile page stylesheet out of its entries', async () => {
    const control = await settled(mount('twin-cities-list', {lang: 'en', theme: 'light'}));
    const expected = styleOf($(control, '[part~=item] [part~=name]')!);
    const height = control.getBoundingClientRect().height;
    control.parentElement!.remove();

    pageStyle('* { color: red !important; line-height: 3 !important; letter-spacing: 5px !important; text-transform: uppercase !important }');
    const el = await settled(mount('twin-cities-list', {lang: 'en', theme: 'light'}));
    const name = $(el, '[part~=item] [part~=name]')!;
    expect(styleOf(name)).to.deep.equal(expected);
    expect(getComputedStyle(name).color).not.to.equal('rgb(255, 0, 0)');
    expect(el.getBoundingClientRect().height).to.be.closeTo(height, 1);
  });

  it('is not shrunk by html { font-size: 62.5% }: its text is the size of the text around it', async () => {
    const control = await settled(mount('twin-cities-list', {lang: 'en'}, {parent: fixtureSync<HTMLDivElement>(html`<div style="font-size: 16px; width: 640px"></div>`)}));
    const height = control.getBoundingClientRect().height;
    control.parentElement!.remove();

    pageStyle('html { font-size: 62.5% }');
    const parent = fixtureSync<HTMLDivElement>(html`<div style="font-size: 1.6rem; width: 640px"></div>`);
    expect(getComputedStyle(parent).fontSize).to.equal('16px');
    const el = await settled(mount('twin-cities-list', {lang: 'en'}, {parent}));
    expect(getComputedStyle($(el, '[part~=base]')!).fontSize).to.equal('16px');
    expect(el.getBoundingClientRect().height, 'the same size as without the rule').to.be.closeTo(height, 1);
  });

  it('takes the page’s font family, unless --twin-cities-font says otherwise', async () => {
    const parent = fixtureSync<HTMLDivElement>(html`<div style="font-family: Georgia, serif"></div>`);
    const el = await settled(mount('twin-cities-list', {lang: 'en'}, {parent}));
    const name = $(el, '[part~=item] [part~=name]')!;
    expect(getComputedStyle(name).fontFamily).to.equal(getComputedStyle(parent).fontFamily);
    el.style.setProperty('--twin-cities-font', '"Courier New", monospace');
    expect(getComputedStyle(name).fontFamily).to.equal('"Courier New", monospace');
  });
});

describe('registration', () => {
  it('defining an element again under its tag is not an error', () => {
    const list = customElements.get('twin-cities-list');
    const card = customElements.get('twin-city-card');
    expect(() => TwinCitiesList.define('twin-cities-list')).not.to.throw();
    expect(() => TwinCityCard.define('twin-city-card')).not.to.throw();
    expect(customElements.get('twin-cities-list')).to.equal(list);
    expect(customElements.get('twin-city-card')).to.equal(card);
  });

  it('two copies of the bundle on one page throw nothing, and the widgets still work', async () => {
    const list = customElements.get('twin-cities-list');
    const errors = uncaught();
    for (const copy of ['/dist/twin-cities.js?copy=1', '/dist/twin-cities.js?copy=2']) await import(copy);
    expect(customElements.get('twin-cities-list')).to.equal(list);
    expect(customElements.get('twin-city-card')).to.exist;
    const el = await settled(mount('twin-cities-list', {lang: 'en', src: served('three.json').url}));
    expect(ids(el)).to.have.length(3);
    expect(errors.seen).to.deep.equal([]);
  });
});

describe('removal and changes during a load', () => {
  it('cancels the request of a widget removed while it loads, without an error', async () => {
    const errors = uncaught();
    const {key, url} = served('three.json', {delay: 400});
    const el = mount('twin-cities-list', {src: url, lang: 'en'});
    // Out of the document, its events reach only itself.
    const events = heard(el);
    await requested(key);
    el.remove();
    // The cancel runs in a microtask, before this await returns.
    await el.updateComplete;

    // The first request was aborted rather than kept: a new widget for the same URL fetches again, and its
    // answer comes after the first one's would have.
    const next = await settled(mount('twin-cities-list', {src: url, lang: 'en'}));
    expect(ids(next)).to.have.length(3);
    expect(await requests(key)).to.equal(2);
    expect(events.types()).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~=list], [role=alert]') === null, 'the removed widget shows nothing').to.equal(true);
    expect(errors.seen).to.deep.equal([]);
  });

  it('loads again when a widget removed during its load is put back', async () => {
    const {key, url} = served('three.json', {delay: 200});
    const el = mount('twin-cities-list', {src: url, lang: 'en'});
    const parent = el.parentElement!;
    await requested(key);
    el.remove();
    // Its request is cancelled in a microtask, before this await returns.
    await el.updateComplete;
    parent.append(el);
    await settled(el);
    expect(ids(el)).to.have.length(3);
    expect(await requests(key), 'a request of its own once back').to.equal(2);
  });

  it('shows the last src when src changes during a load, even if the first feed arrives later', async () => {
    const events = heard();
    const slow = served('three.json', {delay: 700});
    const fast = served('one.json', {delay: 100});
    const el = mount('twin-cities-list', {src: slow.url, lang: 'en'});
    await requested(slow.key);
    el.setAttribute('src', fast.url);
    await settled(el);
    expect(ids(el)).to.deep.equal(['denpasar']);
    await allAnswered(slow.key);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['denpasar']);
    expect(events.of('twin-cities-load', el).map((e) => e.detail.feed.partners.length)).to.deep.equal([1]);
  });
});

describe('many widgets', () => {
  it('five widgets with one src make one request between them', async () => {
    const {key, url} = served('three.json', {delay: 100});
    const parent = container();
    const widgets = Array.from({length: 5}, (_, i) =>
      mount(i % 2 ? 'twin-city-card' : 'twin-cities-list', {src: url, lang: 'en', city: 'prilep'}, {parent}));
    for (const el of widgets) await settled(el);
    expect(widgets.filter((el) => el.localName === 'twin-cities-list').map((el) => ids(el).length)).to.deep.equal([3, 3, 3]);
    for (const card of widgets.filter((el) => el.localName === 'twin-city-card')) expect(text($(card, '[role=heading]'))).to.match(/^Prilep/);
    expect(await requests(key)).to.equal(1);
  });
});
