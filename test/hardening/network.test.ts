// Network faults and what a widget keeps on the visitor's device (issue "Network faults"):
// - a slow server, a 404, a 500, a refused connection and a CORS refusal end in the error state with
//   "try again", which works once the server is back;
// - by default a widget stores nothing on the device (no cookie, no storage: ePrivacy Art. 5(3)) and
//   its light-DOM fallback content stays visible when the feed fails;
// - with the opt-in `persist` attribute it keeps the last good copy of its feed (localStorage, bounded,
//   versioned, discarded when invalid) and shows it, with its date, when a later load fails;
// - a feed changed on the server is picked up on the next page load: no stale copy wins over a fresh success.
// Everything goes through the real network stack to test/server.mjs: no fetch is mocked.
import {expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {removeFile, writeFile} from '@web/test-runner-commands';
import {FeedError} from '../../src/feed/errors.js';
import {loadFeed} from '../../src/feed/load.js';
import type {Feed} from '../../src/feed/types.js';
import '../../src/define/twin-cities-list.js';
import '../../src/define/twin-city-card.js';
import type {TwinCitiesList} from '../../src/twin-cities-list.js';
import {
  $, dateIn, errorText, fallbackVisible, has, heard, mount, requested, requests, retryButton, saveCopy, savedCopyKey, serve, settled, text,
  shows, uniqueKey, watch,
} from '../helpers.js';

type Tag = 'twin-cities-list' | 'twin-city-card';

/** The documented storage: `twin-cities:v1:<absolute feed URL>` → `{"saved":"YYYY-MM-DD","feed":{…}}`, at most 512 KB. */
const MAX_COPY = 512 * 1024;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * What this file's tests may find in, or remove from, localStorage: keys that name their own URLs. Other
 * test files run at the same time in other pages of this origin, and share its localStorage.
 */
const ours = new Set<string>();
const own = <T extends {key: string}>(served: T) => (ours.add(served.key), served);
const isOurs = (storageKey: string) => [...ours].some((token) => storageKey.includes(token));
/** The saved copies (any prefix) whose key names this test server key. */
const copiesFor = (key: string) => Array.from({length: localStorage.length}, (_, i) => localStorage.key(i)!)
  .filter((k) => k.startsWith('twin-cities:') && k.includes(key));

/**
 * A fixture of test/fixtures/network/ served by the test server under a fresh `key`: `url` as a page
 * would write it (root-relative), `href` absolute, as the saved copy is keyed.
 */
function served(file: string, params: Record<string, string | number> = {}) {
  const {key, url} = own(serve(`fixtures/network/${file}`, params));
  return {key, url, href: new URL(url, location.href).href};
}

/**
 * Another origin than the test page's, on the same test server: the page is on localhost, so
 * 127.0.0.1 is cross-origin (and the other way round). Without `cors=1` the browser refuses the answer.
 */
function crossOrigin(file: string, params: Record<string, string | number> = {}) {
  const {key, url} = own(serve(`fixtures/network/${file}`, params));
  const host = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return {key, href: `http://${host}:${location.port}${url}`};
}

/**
 * A port on this machine where nothing listens: the connection is refused, as when the feed's server is
 * down. (Port 9, used elsewhere, is on the Fetch standard's list of "bad ports": browsers refuse it
 * without connecting, which is not the same fault.) No engine but Chromium's CDP can switch a page
 * offline, so "the server is gone" is modelled by this refused connection.
 */
const refused = () => `http://127.0.0.1:2/feed.json?key=${own({key: uniqueKey()}).key}`;

/** The files as they are on disk, for writing saved copies in the documented shape. */
const fixtureFeed = async (file: string): Promise<Feed> => (await fetch(`/test/fixtures/network/${file}`)).json();

/** A widget with these attributes and, as a page would give it, a link as its fallback content; and the events it fires. */
function widget(tag: Tag, attributes: Record<string, string> = {}) {
  const el = mount(tag, attributes, {children: '<a href="/our-twin-cities.html">Our twin cities</a>'});
  return {el, events: heard(el)};
}

/** What the widget shows: the partners of a list (their ids, sorted), the heading of a card. */
const shown = (el: Element) => el.localName === 'twin-city-card' ? [text($(el, '[role=heading]'))] :
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=item]')].map((item) => item.dataset.id ?? '').sort();
const THREE = ['bergama', 'kilkis', 'prilep'];

/**
 * Waits until a widget with `persist`, started now, has saved its feed. A widget saves its copy once its
 * feed has loaded, by the same steps: what widgets that loaded before this one were to store is stored by then.
 */
async function afterASave() {
  const pacer = served('one.json');
  await settled(mount('twin-cities-list', {src: pacer.href, lang: 'en', persist: true}));
  await waitUntil(() => localStorage.getItem(savedCopyKey(pacer.href)) !== null, 'the widget with persist saved nothing');
  return savedCopyKey(pacer.href);
}

afterEach(() => {
  const keys = Array.from({length: localStorage.length}, (_, i) => localStorage.key(i)!);
  for (const key of keys.filter(isOurs)) localStorage.removeItem(key);
  ours.clear();
});

describe('a slow server', () => {
  for (const tag of ['twin-cities-list', 'twin-city-card'] as const) {
    it(`<${tag}> stays busy behind its skeleton while the server takes 1.5 s, with no premature error, then shows the feed`, async () => {
      const {key, url} = served('three.json', {delay: 1500});
      // A list has placeholder rows where it knows how many: with a limit.
      const {el, events} = widget(tag, {src: url, lang: 'en', city: 'prilep', ...(tag === 'twin-cities-list' ? {limit: '3'} : {})});
      await el.updateComplete;
      const seen = watch(el);
      await requested(key);
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(has(el, '[part~=base] [aria-hidden=true] .skeleton, [part~=base] .skeleton[aria-hidden=true]'), 'the skeleton, hidden from screen readers').to.equal(true);
      expect(text($(el, '[part~=base]')), 'nothing to read while loading').to.equal('');
      expect(has(el, '[role=alert]'), 'no error yet').to.equal(false);
      expect(events.of('twin-cities-error').length).to.equal(0);
      expect(el.getBoundingClientRect().height, 'the box keeps its room').to.be.above(20);

      await settled(el, 3000);
      expect(shown(el)).to.deep.equal(tag === 'twin-city-card' ? ['Prilep'] : THREE);
      expect(seen.stop(), 'what it showed meanwhile').to.deep.equal(['skeleton', shows(el)]);
      expect(events.of('twin-cities-error').length).to.equal(0);
      expect(events.of('twin-cities-load').length).to.equal(1);
    });
  }

  it('the loader gives up after its timeout with a timeout error, and asks again when asked again', async () => {
    const {key, url} = served('three.json', {delay: 1000});
    const started = performance.now();
    const error = await loadFeed(url, {timeout: 300}).then(() => undefined, (e: unknown) => e);
    const waited = performance.now() - started;
    expect(error instanceof FeedError, `${error}`).to.equal(true);
    expect((error as FeedError).code).to.equal('timeout');
    expect((error as FeedError).detail.limit).to.equal(0.3);
    expect(waited, 'gave up at the timeout, not when the server answered').to.be.within(250, 900);

    // A failed request is forgotten: a second caller, patient enough, gets the feed from a new request.
    const valid = await loadFeed(url, {timeout: 3000});
    expect(valid.feed.partners.map((p) => p.id).sort()).to.deep.equal(THREE);
    expect(await requests(key)).to.equal(2);
  });

  it('a widget whose server does not answer within 10 s shows the timeout error with "try again" and its fallback', async function () {
    // The one slow test: a widget cannot be given a shorter timeout than the loader's 10 s.
    this.timeout(15000);
    const {url} = served('three.json', {delay: 12000});
    const {el, events} = widget('twin-cities-list', {src: url, lang: 'en'});
    await settled(el, 12000);
    expect(errorText(el)).to.equal('The twin cities could not be loaded: the server did not answer within 10 seconds.');
    expect(text(retryButton(el))).to.equal('Try again');
    const error = events.of('twin-cities-error')[0]?.detail.error;
    expect(error instanceof FeedError && error.code).to.equal('timeout');
    expect(fallbackVisible(el), 'the fallback link is visible').to.equal(true);
  });
});

describe('the error state, and "try again" once the server is back', () => {
  interface Fault {
    what: string;
    /** The feed's URL, and the test server's key when the request reaches it. */
    source: () => {href: string; key?: string};
    tag: Tag;
    lang: 'en' | 'bg';
    message: string;
    code: 'http' | 'network';
    /** The server answers the second request: "try again" then shows the feed. */
    comesBack: boolean;
    /** The request reaches the test server (and so is counted there). */
    reachesServer: boolean;
  }
  const en = (reason: string) => `The twin cities could not be loaded: ${reason}.`;
  const bg = (reason: string) => `Побратимените градове не можаха да бъдат заредени: ${reason}.`;
  const faults: Fault[] = [
    {what: 'a 404', source: () => served('three.json', {status: 404, failures: 1}), tag: 'twin-cities-list', lang: 'en',
      message: en('the server answered with error 404'), code: 'http', comesBack: true, reachesServer: true},
    {what: 'a 500', source: () => served('three.json', {status: 500, failures: 1}), tag: 'twin-cities-list', lang: 'en',
      message: en('the server answered with error 500'), code: 'http', comesBack: true, reachesServer: true},
    {what: 'a 503', source: () => served('three.json', {status: 503, failures: 1}), tag: 'twin-city-card', lang: 'bg',
      message: bg('сървърът отговори с грешка 503'), code: 'http', comesBack: true, reachesServer: true},
    {what: 'a refused connection (the server is down)', source: () => ({href: refused()}), tag: 'twin-cities-list', lang: 'en',
      message: en('the server could not be reached (offline, refused or not allowed)'), code: 'network', comesBack: false, reachesServer: false},
    {what: 'a refused connection (the server is down)', source: () => ({href: refused()}), tag: 'twin-city-card', lang: 'bg',
      message: bg('сървърът е недостъпен (няма връзка, отказ или забрана)'), code: 'network', comesBack: false, reachesServer: false},
    // "Try again" cannot fix a server's missing CORS header: the same URL is refused again.
    {what: 'a CORS refusal (a server of another origin that does not allow this one)', source: () => crossOrigin('three.json'),
      tag: 'twin-cities-list', lang: 'en', message: en('the server could not be reached (offline, refused or not allowed)'),
      code: 'network', comesBack: false, reachesServer: true},
  ];

  for (const c of faults) {
    it(`<${c.tag} lang="${c.lang}"> on ${c.what}: the error, "try again", and the page’s own link`, async () => {
      const {href, key} = c.source();
      const {el, events} = widget(c.tag, {src: href, lang: c.lang, city: 'kilkis'});
      await settled(el);
      expect(errorText(el)).to.equal(c.message);
      expect(text(retryButton(el))).to.equal(c.lang === 'en' ? 'Try again' : 'Опитай отново');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(has(el, '.skeleton'), 'no skeleton').to.equal(false);
      expect(events.of('twin-cities-error').length).to.equal(1);
      const error = events.of('twin-cities-error')[0]?.detail.error;
      expect(error instanceof FeedError && error.code).to.equal(c.code);
      // Never an empty box: the message and the page's own link are there.
      expect(fallbackVisible(el), 'the fallback link is visible').to.equal(true);
      expect(el.getBoundingClientRect().height).to.be.above(20);
      if (key) expect(await requests(key), 'the request reached the server').to.equal(c.reachesServer ? 1 : 0);

      retryButton(el)!.click();
      expect(el.getAttribute('aria-busy'), 'busy again while retrying').to.equal('true');
      if (key) await requested(key, 2);
      await settled(el);
      if (c.comesBack) {
        expect(shown(el)).to.deep.equal(c.tag === 'twin-city-card' ? ['Кукуш'] : THREE);
        expect(has(el, '[role=alert]'), 'the error is gone').to.equal(false);
        expect(fallbackVisible(el), 'the fallback link is hidden').to.equal(false);
        expect(events.of('twin-cities-load').length).to.equal(1);
      } else {
        expect(errorText(el)).to.equal(c.message);
        expect(fallbackVisible(el), 'the fallback link is still visible').to.equal(true);
        expect(events.of('twin-cities-error').length).to.equal(2);
      }
    });
  }

  it('the CORS refusal is the browser’s: the same server, allowing other origins, is loaded from there', async () => {
    const {key, href} = crossOrigin('three.json', {cors: 1});
    const {el, events} = widget('twin-cities-list', {src: href, lang: 'en'});
    await settled(el);
    expect(shown(el)).to.deep.equal(THREE);
    expect(events.of('twin-cities-error').length).to.equal(0);
    expect(await requests(key)).to.equal(1);
  });
});

describe('by default a widget stores nothing on the visitor’s device', () => {
  /** Everything a page can keep on the device, as text: storage, cookies, databases, caches. */
  async function device() {
    // Copies other test files' widgets keep meanwhile (same origin, other pages) are theirs, not this test's.
    const entries = (storage: Storage) => Object.fromEntries(Array.from({length: storage.length}, (_, i) => storage.key(i)!)
      .filter((k) => !k.startsWith('twin-cities:') || isOurs(k)).sort().map((k) => [k, storage.getItem(k)]));
    return {
      localStorage: entries(localStorage),
      sessionStorage: entries(sessionStorage),
      cookie: document.cookie,
      indexedDB: typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((db) => db.name).sort() : 'unknown',
      caches: 'caches' in window ? (await caches.keys()).sort() : 'unknown',
    };
  }

  // The control row proves that the check sees what a widget stores.
  for (const persist of [false, true]) {
    it(persist ? 'with persist, it keeps the copies of the feeds it loaded, and nothing else' :
      'without persist: no cookie, no local or session storage, no database, no cache, on success or failure', async () => {
      const before = await device();
      const list = served('three.json');
      const card = served('one.json');
      const attributes: Record<string, string> = persist ? {persist: ''} : {};
      const widgets = [
        widget('twin-cities-list', {src: list.href, lang: 'en', ...attributes}).el,
        widget('twin-city-card', {src: card.href, lang: 'bg', city: 'denpasar', ...attributes}).el,
        widget('twin-cities-list', {src: served('three.json', {status: 500}).href, lang: 'en', ...attributes}).el,
        widget('twin-cities-list', {src: refused(), lang: 'en', ...attributes}).el,
      ];
      for (const el of widgets) await settled(el);
      expect(widgets.map((el) => has(el, '[role=alert]'))).to.deep.equal([false, false, true, true]);
      const pacer = await afterASave();
      const after = await device();
      const added = Object.keys(after.localStorage).filter((k) => !(k in before.localStorage) && k !== pacer).sort();
      expect(added).to.deep.equal(persist ? [savedCopyKey(list.href), savedCopyKey(card.href)].sort() : []);
      for (const key of [...added, pacer]) delete (after.localStorage as Record<string, unknown>)[key];
      expect(after).to.deep.equal(before);
    });
  }

  it('without persist, a copy already on the device is neither shown nor touched', async () => {
    const {href} = served('three.json', {status: 500});
    const stored = saveCopy(href, '2024-05-23', await fixtureFeed('three.json'));
    const {el} = widget('twin-cities-list', {src: href, lang: 'en'});
    await settled(el);
    expect(errorText(el)).to.equal('The twin cities could not be loaded: the server answered with error 500.');
    expect(has(el, '[part~=note]'), 'no note').to.equal(false);
    expect(shown(el)).to.deep.equal([]);
    expect(fallbackVisible(el)).to.equal(true);
    expect(localStorage.getItem(savedCopyKey(href)) === stored, 'the copy is left as it was').to.equal(true);
  });
});

describe('persist: the last good copy', () => {
  const srcForms: {what: string; src: (s: ReturnType<typeof served>) => string}[] = [
    {what: 'an absolute src', src: (s) => s.href},
    {what: 'a root-relative src (/test-server?…)', src: (s) => s.url},
  ];
  for (const c of srcForms) {
    it(`saves the loaded feed under twin-cities:v1:<absolute URL>, dated today, for ${c.what}`, async () => {
      const feed = served('three.json');
      const {el, events} = widget('twin-cities-list', {src: c.src(feed), lang: 'en', persist: ''});
      await settled(el);
      expect(shown(el)).to.deep.equal(THREE);
      await waitUntil(() => copiesFor(feed.key).length > 0, 'nothing was saved');
      expect(copiesFor(feed.key)).to.deep.equal([savedCopyKey(feed.href)]);
      const copy = JSON.parse(localStorage.getItem(savedCopyKey(feed.href)) ?? 'null') as {saved: string; feed: Feed} | null;
      expect(copy?.saved).to.equal(today());
      expect(copy?.feed).to.deep.equal(events.of('twin-cities-load')[0]!.detail.feed);
      expect(has(el, '[part~=note]'), 'no note on a fresh load').to.equal(false);
    });
  }

  it('a copy saved by another page for its relative src is not shown for this page’s feed of the same relative name', async () => {
    // /test/fixtures/network/page.html?src=three.json loads /test/fixtures/network/three.json and keeps it;
    // here, src="three.json" is another URL, which does not exist.
    const frame = fixtureSync<HTMLIFrameElement>(html`<iframe title="Another page of the site" style="width: 640px; height: 400px"></iframe>`);
    const other = await openPage(frame, 'three.json', {persist: true});
    expect(shown(other)).to.deep.equal(THREE);
    const there = new URL('three.json', frame.contentWindow!.location.href).href;
    expect(new URL('three.json', location.href).href === there, 'the two pages’ three.json are one URL').to.equal(false);
    const keys = [savedCopyKey(there), savedCopyKey('three.json')];
    keys.forEach((k) => ours.add(k));
    await waitUntil(() => keys.some((k) => localStorage.getItem(k) !== null), 'the other page saved nothing');
    frame.remove();

    const {el} = widget('twin-cities-list', {src: 'three.json', lang: 'en', persist: ''});
    await settled(el);
    expect(has(el, '[part~=note]'), 'the other page’s copy is shown').to.equal(false);
    expect(errorText(el)).to.match(/^The twin cities could not be loaded: the server answered with error 404\.$/);
  });

  const shows: {tag: Tag; lang: 'en' | 'bg'; fault: string; source: () => {href: string; key?: string}; expected: string[]; note: RegExp; code: string}[] = [
    {tag: 'twin-cities-list', lang: 'en', fault: 'a 500', source: () => served('three.json', {status: 500}),
      expected: THREE, note: /^Saved copy of (.+): the list could not be updated just now\.$/, code: 'http'},
    {tag: 'twin-cities-list', lang: 'bg', fault: 'a refused connection', source: () => ({href: refused()}),
      expected: THREE, note: /^Запазено копие от (.+): списъкът не можа да бъде обновен в момента\.$/, code: 'network'},
    {tag: 'twin-city-card', lang: 'en', fault: 'a CORS refusal', source: () => crossOrigin('three.json'),
      expected: ['Kilkis'], note: /^Saved copy of (.+): the list could not be updated just now\.$/, code: 'network'},
  ];
  for (const c of shows) {
    it(`<${c.tag} lang="${c.lang}" persist> on ${c.fault} shows its saved copy with a note of the copy’s date, and still reports the fault`, async () => {
      const {href} = c.source();
      const stored = saveCopy(href, '2024-05-23', await fixtureFeed('three.json'));
      const {el, events} = widget(c.tag, {src: href, lang: c.lang, city: 'kilkis', persist: ''});
      await settled(el);
      expect(shown(el)).to.deep.equal(c.expected);
      const note = $(el, '[part~=note]');
      expect(note?.getAttribute('role')).to.equal('status');
      const [, date] = c.note.exec(text(note)) ?? [];
      expect(date, `the note: "${text(note)}"`).to.equal(dateIn(c.lang, '2024-05-23'));
      expect(has(el, '[role=alert]'), 'no error box over the copy').to.equal(false);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      const error = events.of('twin-cities-error')[0]?.detail.error;
      expect(error instanceof FeedError && error.code, 'twin-cities-error').to.equal(c.code);
      expect(localStorage.getItem(savedCopyKey(href)) === stored, 'the copy keeps its date: a failure saves nothing').to.equal(true);
    });
  }

  const invalid: {what: string; value: (feed: Feed) => string}[] = [
    {what: 'is not JSON', value: () => '{"saved":"2024-05-23","feed":{"version":1,'},
    {what: 'has no date', value: (feed) => JSON.stringify({feed})},
    {what: 'has a date in another format', value: (feed) => JSON.stringify({saved: '23.05.2024', feed})},
    {what: 'has a day that does not exist', value: (feed) => JSON.stringify({saved: '2024-02-30', feed})},
    {what: 'holds a feed of format version 2', value: (feed) => JSON.stringify({saved: '2024-05-23', feed: {...feed, version: 2}})},
    {what: 'holds a feed without partners', value: (feed) => JSON.stringify({saved: '2024-05-23', feed: {...feed, partners: undefined}})},
    {what: 'holds no feed', value: () => JSON.stringify({saved: '2024-05-23'})},
    {what: 'is JSON null', value: () => 'null'},
  ];
  for (const c of invalid) {
    it(`discards a saved copy that ${c.what}, and shows the error with "try again"`, async () => {
      const {href} = served('three.json', {status: 500});
      localStorage.setItem(savedCopyKey(href), c.value(await fixtureFeed('three.json')));
      const {el} = widget('twin-cities-list', {src: href, lang: 'en', persist: ''});
      await settled(el);
      expect(errorText(el)).to.equal('The twin cities could not be loaded: the server answered with error 500.');
      expect(has(el, 'button[part~=retry]')).to.equal(true);
      expect(has(el, '[part~=note]'), 'no note').to.equal(false);
      expect(localStorage.getItem(savedCopyKey(href)), 'the copy is removed').to.equal(null);
      expect(fallbackVisible(el)).to.equal(true);
    });
  }

  it('does not read a copy stored under another version of the storage format', async () => {
    const {href} = served('three.json', {status: 500});
    const feed = await fixtureFeed('three.json');
    for (const prefix of ['twin-cities:v0:', 'twin-cities:v2:', 'twin-cities:']) {
      localStorage.setItem(prefix + href, JSON.stringify({saved: '2024-05-23', feed}));
    }
    const {el} = widget('twin-cities-list', {src: href, lang: 'en', persist: ''});
    await settled(el);
    expect(errorText(el)).to.equal('The twin cities could not be loaded: the server answered with error 500.');
    expect(has(el, '[part~=note]'), 'no note').to.equal(false);
  });

  const sizes: {file: string; kept: boolean}[] = [
    {file: 'under-limit.json', kept: true},
    {file: 'over-limit.json', kept: false},
  ];
  for (const c of sizes) {
    it(`${c.kept ? 'keeps' : 'does not keep'} a copy ${c.kept ? 'under' : 'over'} 512 KB (${c.file})`, async () => {
      const feed = served(c.file);
      const {el, events} = widget('twin-cities-list', {src: feed.href, lang: 'en', limit: '3', persist: ''});
      await settled(el, 5000);
      expect(shown(el).length, 'entries shown').to.equal(3);
      const loaded = events.of('twin-cities-load')[0]!.detail.feed;
      const size = JSON.stringify({saved: today(), feed: loaded}).length;
      expect(size > MAX_COPY, `the copy would be ${size} characters`).to.equal(!c.kept);
      await afterASave();
      const stored = localStorage.getItem(savedCopyKey(feed.href));
      expect(stored === null ? 'nothing' : `${stored.length} characters`).to.equal(c.kept ? `${size} characters` : 'nothing');
    });
  }

  it('a fresh success wins over the saved copy: the new feed shows, with no note, and replaces the copy', async () => {
    const {href} = served('one.json');
    saveCopy(href, '2024-05-23', await fixtureFeed('three.json'));
    const {el, events} = widget('twin-cities-list', {src: href, lang: 'en', persist: ''});
    await settled(el);
    expect(shown(el)).to.deep.equal(['denpasar']);
    expect(has(el, '[part~=note]'), 'no note').to.equal(false);
    expect(events.of('twin-cities-error').length).to.equal(0);
    await waitUntil(() => (JSON.parse(localStorage.getItem(savedCopyKey(href)) ?? '{}') as {saved?: string}).saved === today(),
      'the old copy was not replaced');
    const copy = JSON.parse(localStorage.getItem(savedCopyKey(href))!) as {feed: Feed};
    expect(copy.feed.partners.map((p) => p.id)).to.deep.equal(['denpasar']);
  });

  it('with no copy yet, a failure is the error state; "try again" once the server is back shows and keeps the feed', async () => {
    const {key, href} = served('three.json', {status: 500, failures: 1});
    const {el} = widget('twin-cities-list', {src: href, lang: 'en', persist: ''});
    await settled(el);
    expect(errorText(el)).to.equal('The twin cities could not be loaded: the server answered with error 500.');
    expect(copiesFor(key)).to.deep.equal([]);
    expect(fallbackVisible(el)).to.equal(true);

    retryButton(el)!.click();
    await requested(key, 2);
    await settled(el);
    expect(shown(el)).to.deep.equal(THREE);
    await waitUntil(() => localStorage.getItem(savedCopyKey(href)) !== null, 'the feed was not kept');
    expect((JSON.parse(localStorage.getItem(savedCopyKey(href))!) as {saved: string}).saved).to.equal(today());
  });

  it('shows the saved copy of its new src when it fails, after an earlier src had failed without one', async () => {
    const first = served('three.json', {status: 500});
    const second = served('three.json', {status: 502});
    saveCopy(second.href, '2024-05-23', await fixtureFeed('three.json'));
    const {el} = widget('twin-cities-list', {src: first.href, lang: 'en', persist: ''});
    await settled(el);
    expect(has(el, '[role=alert]')).to.equal(true);

    el.setAttribute('src', second.href);
    await el.updateComplete;
    await requested(second.key);
    await settled(el);
    expect(has(el, '[role=alert]'), 'the first src’s error is still shown').to.equal(false);
    expect(text($(el, '[part~=note]'))).to.equal(`Saved copy of ${dateIn('en', '2024-05-23')}: the list could not be updated just now.`);
    expect(shown(el)).to.deep.equal(THREE);
  });
});

/** Loads test/fixtures/network/page.html (the built bundle, one widget) in `frame`, and waits for its widget. */
async function openPage(frame: HTMLIFrameElement, src: string, {persist = false, reload = false} = {}) {
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, {once: true});
    if (reload) frame.contentWindow!.location.reload();
    else frame.src = `/test/fixtures/network/page.html?${new URLSearchParams({src, ...(persist ? {persist: ''} : {})})}`;
  });
  const el = frame.contentDocument!.querySelector<TwinCitiesList>('twin-cities-list')!;
  await settled(el, 5000);
  return el;
}

describe('a feed changed on the server is picked up on the next page load', () => {
  // The test server sends Cache-Control: no-store, as a feed that changes should be served; the file
  // itself is rewritten between page loads, and at last half-written, as during a botched upload.
  for (const persist of [false, true]) {
    it(`${persist ? 'with' : 'without'} persist: the next page load shows the changed feed${persist ?
      ', keeps it, and shows that copy when the server then fails' : ', and the page’s link when the server then fails'}`, async () => {
      const file = `changing-${uniqueKey()}.json`;
      const write = (content: string) => writeFile({path: `../fixtures/network/${file}`, content});
      try {
        await write(JSON.stringify(await fixtureFeed('three.json')));
        const {key, href} = served(file);
        const frame = fixtureSync<HTMLIFrameElement>(html`<iframe title="The town’s page" style="width: 640px; height: 400px"></iframe>`);
        let el = await openPage(frame, href, {persist});
        expect(shown(el)).to.deep.equal(THREE);
        expect(await requests(key)).to.equal(1);

        await write(JSON.stringify(await fixtureFeed('one.json')));
        el = await openPage(frame, href, {persist, reload: true});
        expect(shown(el), 'the changed feed').to.deep.equal(['denpasar']);
        expect(await requests(key), 'the page asked the server again').to.equal(2);
        expect(has(el, '[part~=note]'), 'no note').to.equal(false);
        if (persist) {
          await waitUntil(() => (JSON.parse(localStorage.getItem(savedCopyKey(href)) ?? '{}') as {feed?: Feed}).feed?.partners.length === 1,
            'the changed feed was not kept');
        } else {
          expect(copiesFor(key), 'nothing kept').to.deep.equal([]);
        }

        await write('{"version": 1, "home": {"id": "asenovgrad", "na');
        el = await openPage(frame, href, {persist, reload: true});
        expect(await requests(key)).to.equal(3);
        if (persist) {
          expect(shown(el), 'the last good copy').to.deep.equal(['denpasar']);
          expect(text($(el, '[part~=note]'))).to.equal(`Saved copy of ${dateIn('en', today())}: the list could not be updated just now.`);
        } else {
          expect(errorText(el)).to.equal('The twin cities could not be loaded: the file is not valid JSON.');
          expect(fallbackVisible(el), 'the page’s own link').to.equal(true);
        }
      } finally {
        await removeFile({path: `../fixtures/network/${file}`});
      }
    });
  }
});
