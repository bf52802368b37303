// What several test files share.
import {expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

let serial = 0;
/** A key no other request of the run carries, so the loader's cache and the server's counts start fresh. */
export const uniqueKey = () => `${Date.now()}-${Math.random().toString(36).slice(2)}-${serial++}`;

/** A file under test/ served by test/server.mjs (with a status, delay…), under a fresh `key`. */
export function serve(file: string, params: Record<string, string | number> = {}) {
  const key = uniqueKey();
  return {key, url: `/test-server?${new URLSearchParams({file, key, ...params} as Record<string, string>)}`};
}

/** How many requests the test server has had with this `key`. */
export const requests = async (key: string): Promise<number> => (await fetch(`/test-server/count?key=${key}`)).json();

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/**
 * axe finds nothing in `el` in the light theme nor in the dark one, given to `widgets` (`el` itself, or the
 * widgets inside it); their themes are restored afterwards.
 */
export async function accessibleInBothThemes(el: HTMLElement, widgets: readonly Widget[] = [el as Widget]) {
  const themes = widgets.map((widget) => widget.getAttribute('theme'));
  for (const t of ['light', 'dark']) {
    for (const widget of widgets) widget.setAttribute('theme', t);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    await expect(el).to.be.accessible();
  }
  widgets.forEach((widget, index) => {
    const theme = themes[index];
    if (theme == null) widget.removeAttribute('theme');
    else widget.setAttribute('theme', theme);
  });
  await Promise.all(widgets.map((widget) => widget.updateComplete));
}

/** Records every exception and rejection that reaches the window until `stop()`. */
export function uncaught() {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => seen.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return seen;
    },
  };
}

/**
 * Waits until a widget shows its content (a list, a card, a badge) or an error, then for its last render.
 * The pending update goes first: a change just made starts its load only there.
 */
export async function settled<T extends Widget>(el: T, timeout = 5000): Promise<T> {
  await el.updateComplete;
  await waitUntil(() => !el.hasAttribute('aria-busy') &&
    el.shadowRoot?.querySelector('[part~=list], [part~=card], [part~=badge], [role=alert]'),
  `<${el.localName}> did not finish loading`, {timeout});
  await el.updateComplete;
  return el;
}

export type Frame = {doc: Document; win: Window & typeof globalThis; frame: HTMLIFrameElement};

/** A page of this size with the snippet between a heading and a paragraph; with the bundle, or without (JavaScript's part off). */
export async function snippetPage(snippet: string, {width, height, bundle}: {width: number; height: number; bundle: boolean}): Promise<Frame> {
  const frame = fixtureSync<HTMLIFrameElement>(html`<iframe style="border: 0; width: ${width}px; height: ${height}px"></iframe>`);
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <style>body { margin: 0 auto; max-width: 44em; padding: 1em; font: 17px/1.7 Georgia, serif; color: #222; background: #f4f1ea }</style>
    ${bundle ? '<script type="module" src="/dist/twin-cities.js"></script>' : ''}</head>
    <body><h1>Twin cities</h1><p>Our town's partners, with links to their own sites.</p>${snippet}<p id="after">The paragraph after the list.</p>${
      // The rest of a page, below the list: what a jump would move.
      '<p>Partnerships bring schools, choirs, sports clubs and town halls together, year after year.</p>'.repeat(12)}</body></html>`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  return {frame, doc: frame.contentDocument!, win: frame.contentWindow as Window & typeof globalThis};
}

/** The page's layout shifts so far (the sum, as Cumulative Layout Shift counts them, and each shift's nodes). */
export async function layoutShifts(win: Window & typeof globalThis) {
  const entries = await new Promise<PerformanceEntry[]>((resolve) => {
    const observer = new win.PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries());
    });
    observer.observe({type: 'layout-shift', buffered: true});
    // No shift at all: the observer is never called.
    setTimeout(() => resolve([]), 500);
  });
  type Shift = PerformanceEntry & {value: number; hadRecentInput: boolean; sources: {node?: Node}[]};
  const counted = (entries as Shift[]).filter((entry) => !entry.hadRecentInput);
  return {
    total: counted.reduce((sum, entry) => sum + entry.value, 0),
    moved: counted.flatMap((entry) => entry.sources.map((source) => (source.node as Element | undefined)?.localName ?? '?')),
  };
}

/**
 * Whether this browser measures layout shifts (the Layout Instability API: Chromium's alone). The takeover
 * tests run where it does: elsewhere the rows can differ by a line where a text just fits (Firefox lays out the
 * widget's flex row and the snippet's float a fraction of a pixel apart).
 */
export const measuresLayoutShift = () => PerformanceObserver.supportedEntryTypes.includes('layout-shift');

/**
 * Loads the bundle on a page of this size with the pre-rendered snippet, and checks what a visitor sees: the
 * snippet in view while the widget loads (no skeleton), then the widget in its place at its height, with a
 * cumulative layout shift below 0.01.
 */
export async function expectTakenOverInPlace(snippet: string, viewport: {width: number; height: number}) {
  await inFront(() => takenOverInPlace(snippet, viewport));
}

/**
 * Runs `check` with the test's page in front, painted (test/front.mjs): one page at a time, as a tab behind
 * another gets no frames and no layout shifts.
 */
export async function inFront<T>(check: () => Promise<T>): Promise<T> {
  await executeServerCommand('front');
  try {
    return await check();
  } finally {
    await executeServerCommand('front-release');
  }
}

async function takenOverInPlace(snippet: string, viewport: {width: number; height: number}) {
  const {doc, win} = await snippetPage(snippet, {...viewport, bundle: true});
  const placeholder = doc.querySelector<HTMLElement>('[data-twin-cities]')!;
  const before = placeholder.getBoundingClientRect().height;
  const following = doc.getElementById('after')!.getBoundingClientRect().top;
  await waitUntil(() => placeholder.querySelector('twin-cities-list, twin-city-card, twin-city-badge'), 'the placeholder was not upgraded');
  const widget = placeholder.querySelector('twin-cities-list, twin-city-card, twin-city-badge') as Widget;
  await widget.updateComplete;
  const prerendered = () => widget.querySelector<HTMLElement>('[data-twin-cities-prerendered]')!.checkVisibility();
  expect(widget.getAttribute('aria-busy')).to.equal('true');
  expect([...widget.shadowRoot!.querySelectorAll('.skeleton')].some((node) => node.checkVisibility()), 'a skeleton shows').to.equal(false);
  expect(prerendered(), 'the pre-rendered content shows while the widget loads').to.equal(true);
  await settled(widget);
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  expect(prerendered(), 'replaced by the widget').to.equal(false);
  const after = placeholder.getBoundingClientRect().height;
  const {total, moved} = await layoutShifts(win);
  expect(total, `layout shift ${total} (moved: ${moved.join(', ')}); height ${before}px before, ${after}px after`).to.be.below(0.01);
  expect(Math.abs(after - before), `height ${before}px before, ${after}px after`).to.be.below(2);
  expect(Math.abs(doc.getElementById('after')!.getBoundingClientRect().top - following), 'what follows stays where it was').to.be.below(2);
}
