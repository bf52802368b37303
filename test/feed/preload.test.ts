// The README's preload hints (Performance): with them in the page's head, the browser fetches the bundle,
// the feed and the widget's language at once, before the bundle has run; and the widget uses the feed the
// browser preloaded rather than fetching it a second time (its loader's request must match the preload's
// mode and credentials for that). Without hints, what a list needs besides (the chunks of its layout and its
// search) is requested with the feed, and a chunk that another imports is not left to wait for it. Each case
// is a page of its own (an iframe).
import {expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {requests, serve} from '../helpers.js';

interface Page {
  /** When the bundle had run: its elements were defined. */
  readonly defined: number;
  /** When the language's chunk was requested, and how many times. */
  readonly chunk: {readonly startTime: number; readonly count: number};
  /** How many times the test server was asked for the feed. */
  readonly feedRequests: number;
}

const bundle = new URL('/dist/twin-cities.js', location.href).href;
const chunk = (name: string) => new URL(`/dist/chunks/${name}.js`, location.href).href;

/** A page with the list of a fresh feed in Bulgarian, with or without the README's three lines in its head. */
async function load(hints: boolean): Promise<Page> {
  const {key, url} = serve('fixtures/list/smolyan.json', {delay: 50});
  const messages = chunk('messages-bg');
  const feed = new URL(url, location.href).href;
  const head = hints ? `<link rel="modulepreload" href="${bundle}">
    <link rel="preload" href="${feed}" as="fetch" crossorigin>
    <link rel="modulepreload" href="${messages}">` : '';
  const win = await page(head, `src="${feed}"`);
  const entries = win.performance.getEntriesByType('resource').filter((entry) => entry.name === messages);
  return {defined: win.defined, chunk: {startTime: entries[0]?.startTime ?? Infinity, count: entries.length}, feedRequests: await requests(key)};
}

/** The window of a page with the bundle and a list with `attributes`, once the list shows its entries. */
async function page(head: string, attributes: string) {
  const html_ = `<!doctype html><html lang="bg"><head><meta charset="utf-8">${head}
    <script>customElements.whenDefined('twin-cities-list').then(() => (window.defined = performance.now()));</script>
    <script type="module" src="${bundle}"></script></head>
    <body><twin-cities-list ${attributes}><a href="https://www.smolyan.bg">Побратимени градове</a></twin-cities-list></body></html>`;
  const frame = fixtureSync<HTMLIFrameElement>(html`<iframe style="width: 800px; height: 600px" srcdoc=${html_}></iframe>`);
  const list = () => frame.contentDocument?.querySelector('twin-cities-list');
  await waitUntil(() => list()?.shadowRoot?.querySelector('[part~=item]'), 'the list did not load', {timeout: 10_000});
  return frame.contentWindow as Window & {defined: number};
}

describe('feed loading: the preload hints of the README', function () {
  this.timeout(20_000);

  it('with them, the language chunk is requested before the bundle has run, once', async () => {
    const {defined, chunk} = await load(true);
    expect(chunk.count, 'requests for the chunk').to.equal(1);
    expect(chunk.startTime, `chunk requested at ${chunk.startTime} ms, elements defined at ${defined} ms`).to.be.below(defined);
  });

  it('without them, the bundle requests the language chunk when it runs (what the hints save)', async () => {
    const {defined, chunk} = await load(false);
    expect(chunk.count).to.equal(1);
    expect(chunk.startTime, `chunk requested at ${chunk.startTime} ms, elements defined at ${defined} ms`).to.be.at.least(defined);
  });

  it('a preloaded feed is fetched once: the widget uses the preload', async function () {
    // WebKitGTK fetches this feed (served with Cache-Control: no-store) a second time now and then, whatever the
    // request: a limit of that engine's preload cache, not of the hints (without `crossorigin`, Chromium fetches it twice too).
    if (/AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent)) this.skip();
    expect((await load(true)).feedRequests, 'requests for the feed').to.equal(1);
    expect((await load(false)).feedRequests, 'requests for the feed, without the hints').to.equal(1);
  });
});

describe('feed loading: what a list needs, with its feed', function () {
  this.timeout(20_000);

  it('a searchable grid asks for its chunks, and for the chunks they import, before any of them has arrived', async () => {
    const {url} = serve('fixtures/list/smolyan.json', {delay: 300});
    const win = await page('', `src="${new URL(url, location.href).href}" layout="grid" searchable`);
    const resources = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const timing = (name: string) => {
      const entry = resources.find((resource) => resource.name === chunk(name));
      return entry ? {start: entry.startTime, end: entry.responseEnd} : {start: Infinity, end: -Infinity};
    };
    const [grid, card, search, plural] = ['layouts-grid', 'card', 'search', 'i18n-plural'].map(timing);
    const feed = resources.find((resource) => resource.name.includes(url))!;
    expect([grid, search].every(({start}) => start < feed.responseEnd), 'the layout and the search requested before the feed arrived').to.equal(true);
    // At most, not below: WebKit's times are whole milliseconds. A chunk asked for only once another has arrived starts after it.
    expect(card.start, 'the card, which the grid imports, requested before the grid arrived').to.be.at.most(grid.end);
    expect(plural.start, 'the plural forms, which the search imports, requested before the search arrived').to.be.at.most(search.end);
  });
});
