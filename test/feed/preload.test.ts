// The README's preload hints (Performance): with them in the page's head, the browser fetches the bundle,
// the feed and the widget's language at once, before the bundle has run; and the widget uses the feed the
// browser preloaded rather than fetching it a second time (its loader's request must match the preload's
// mode and credentials for that). Each case is a page of its own (an iframe).
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

/** A page with the list of a fresh feed in Bulgarian, with or without the README's three lines in its head. */
async function load(hints: boolean): Promise<Page> {
  const {key, url} = serve('fixtures/list/smolyan.json', {delay: 50});
  const bundle = new URL('/dist/twin-cities.js', location.href).href;
  const chunk = new URL('/dist/chunks/messages-bg.js', location.href).href;
  const feed = new URL(url, location.href).href;
  const page = `<!doctype html><html lang="bg"><head><meta charset="utf-8">
    ${hints ? `<link rel="modulepreload" href="${bundle}">
    <link rel="preload" href="${feed}" as="fetch" crossorigin>
    <link rel="modulepreload" href="${chunk}">` : ''}
    <script>customElements.whenDefined('twin-cities-list').then(() => (window.defined = performance.now()));</script>
    <script type="module" src="${bundle}"></script></head>
    <body><twin-cities-list src="${feed}"><a href="https://www.smolyan.bg">Побратимени градове</a></twin-cities-list></body></html>`;
  const frame = fixtureSync<HTMLIFrameElement>(html`<iframe style="width: 800px; height: 600px" srcdoc=${page}></iframe>`);
  const list = () => frame.contentDocument?.querySelector('twin-cities-list');
  await waitUntil(() => list()?.shadowRoot?.querySelector('[part~=item]'), 'the list did not load', {timeout: 10_000});
  const win = frame.contentWindow as Window & {defined: number};
  const entries = win.performance.getEntriesByType('resource').filter((entry) => entry.name === chunk);
  const result = {defined: win.defined, chunk: {startTime: entries[0]?.startTime ?? Infinity, count: entries.length}, feedRequests: await requests(key)};
  frame.remove();
  return result;
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
