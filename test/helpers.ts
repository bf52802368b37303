// The tests' harness: the test server's feeds and counts; widgets mounted in a sized container and waited
// for; what a widget shows; recorders of the console's warnings, the library's events and uncaught errors;
// colours and axe; and the words and formats a widget is expected to show.
//
// Importing it adds hooks around every test of the file: console.warn is recorded, and a test fails when it
// leaves a warning that no assertion took (`warnings.take()`, `warnings.paths()`); afterwards recorders stop,
// the page styles and saved copies a test added through it are removed, and the document's `lang` is put back.
import {expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {TwinCitiesEventName} from '../src/events.js';

// ---------------------------------------------------------------------------------------------------
// Around every test
// ---------------------------------------------------------------------------------------------------

/** One call of console.warn: the feed's path it names (`partners[1].url`), or its whole text when it names none. */
export interface Warning {
  readonly path: string;
  readonly text: string;
}

const recorded: Warning[] = [];
/** What recorders started during a test do to stop. */
const stops: (() => void)[] = [];
const documentLang = document.documentElement.getAttribute('lang');
let consoleWarn = console.warn;

beforeEach(() => {
  recorded.length = 0;
  consoleWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    recorded.push({path: /^twin-cities: (.+?) skipped: /.exec(text)?.[1] ?? text, text});
  };
});

afterEach(function () {
  console.warn = consoleWarn;
  stops.splice(0).reverse().forEach((stop) => stop());
  if (documentLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', documentLang);
  const left = recorded.splice(0).map((warning) => warning.text);
  // A test that failed has said why already.
  if (left.length && this.currentTest?.state === 'passed') {
    throw new Error(`“${this.currentTest.fullTitle()}” left warnings that no assertion took:\n${left.join('\n')}`);
  }
});

/** The console's warnings of this test: each is taken once, and one that no test takes fails its test. */
export const warnings = {
  /** The warnings since the test began, or since they were last taken, in order. */
  take: (): Warning[] => recorded.splice(0),
  /** The same, as the paths they name. */
  paths: (): string[] => warnings.take().map((warning) => warning.path),
};

// ---------------------------------------------------------------------------------------------------
// The test server (test/server.mjs)
// ---------------------------------------------------------------------------------------------------

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

/** How many of them it has answered, after their delay, whether or not the browser still read the answer. */
export const answered = async (key: string): Promise<number> => (await fetch(`/test-server/count?key=${key}&of=answers`)).json();

/** Waits until the test server has had `count` requests with this key. */
export async function requested(key: string, count = 1) {
  let had = 0;
  await until(async () => (had = await requests(key)) === count, () => `the test server had ${had} requests with key ${key}, not ${count}`);
}

/** Waits until the test server has answered every request it had with these keys. */
export async function allAnswered(...keys: string[]) {
  let counts: string[] = [];
  await until(async () => {
    const pending = await Promise.all(keys.map(async (key) => [await requests(key), await answered(key)] as const));
    counts = pending.map(([asked, sent], index) => `${sent} of ${asked} requests with key ${keys[index]} answered`);
    return pending.every(([asked, sent]) => sent === asked);
  }, () => counts.join('; '));
}

/** Polls until `condition` holds; on timeout, fails saying what `state` says then. */
export async function until(condition: () => unknown, state: () => string, timeout = 4000) {
  try {
    await waitUntil(condition, '', {timeout, interval: 20});
  } catch {
    throw new Error(`timed out after ${timeout} ms: ${state()}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Widgets
// ---------------------------------------------------------------------------------------------------

export type WidgetTag = 'twin-cities-list' | 'twin-city-card' | 'twin-city-badge';
export type Widget = HTMLElement & {updateComplete: Promise<unknown>};
/** Attributes as a page writes them: `true` is present and empty, `false` absent. */
export type Attributes = Record<string, string | boolean>;

// Containers come from fixtureSync, not fixture: fixture() waits for an animation frame for plain elements,
// and a page the runner keeps in the background (it runs two files at once) never gets one.

/** A container `width` px wide for a test's widgets, removed after the test. */
export const container = (width = 640) => fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);

export interface Placement {
  /** Where the widget goes; by default a new `container` of `width` px. */
  readonly parent?: Node;
  readonly width?: number;
  /** The `feed` property, set before the widget connects. */
  readonly feed?: unknown;
  /** Its light-DOM content, as HTML: the page's fallback. */
  readonly children?: string;
}

/** Creates a widget with these attributes, as a page's script would, and puts it in the page. */
export function mount<K extends WidgetTag>(tag: K, attributes: Attributes = {}, {parent, width, feed, children}: Placement = {}) {
  const widget = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false) widget.setAttribute(name, value === true ? '' : value);
  }
  if (feed !== undefined) widget.feed = feed;
  if (children !== undefined) widget.innerHTML = children;
  (parent ?? container(width)).appendChild(widget);
  return widget;
}

/** Whether a widget shows its content (a list, a card, a badge, a map drawn to its size) or an error, and no longer loads. */
export const finished = (el: Element) =>
  !el.hasAttribute('aria-busy') && has(el, '[part~=list], [part~=card], [part~=badge], [part~=map] svg[role=group], [role=alert]');

/**
 * Waits until a widget shows its content or an error, then for its last render.
 * The pending update goes first: a change just made starts its load only there.
 */
export async function settled<T extends Widget>(el: T, timeout = 5000): Promise<T> {
  await el.updateComplete;
  await until(() => finished(el), () => `<${el.localName}> did not finish loading: it shows ${shows(el)}`, timeout);
  await el.updateComplete;
  return el;
}

// ---------------------------------------------------------------------------------------------------
// What a widget shows
// ---------------------------------------------------------------------------------------------------

/** The first element, and every element, of `selector` in the widget's shadow root (none before it is upgraded). */
export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot?.querySelector<E>(selector) ?? null;
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot?.querySelectorAll<E>(selector) ?? []];
/** Whether the widget has an element of `selector`: a boolean, for assertions (chai cannot print an element, and hangs). */
export const has = (el: Element, selector: string) => $(el, selector) !== null;

/** Whitespace collapsed, every kind of space a plain one (CLDR 48 writes "2023 г." with a narrow no-break space). */
export const words = (value: string) => value.replace(/\s+/g, ' ').trim();
export const text = (node: Node | null | undefined) => words(node?.textContent ?? '');

/** The first element of this part (`name`, `date`…). */
export const part = <E extends Element = HTMLElement>(el: Element, name: string) => $<E>(el, `[part~="${name}"]`);
export const partText = (el: Element, name: string) => text(part(el, name));

/** A list's entries, their partners' ids, and one entry by its id. */
export const items = (el: Element) => $$(el, '[part~=item]');
export const ids = (el: Element) => items(el).map((entry) => entry.dataset.id);
export function item(el: Element, id: string): HTMLElement {
  const entry = $(el, `[part~=item][data-id="${id}"]`);
  if (!entry) throw new Error(`<${el.localName}> has no entry for ${id}: it shows ${shows(el)}`);
  return entry;
}
/** A list's accessible name: it says the language and the home town. */
export const listLabel = (el: Element) => part(el, 'list')?.getAttribute('aria-label') ?? null;

/** The error's message as the visitor reads it (without its button), or '' when there is none. */
export const errorText = (el: Element) => text($(el, '[role=alert] p, p[role=alert]'));
/** The error's "try again". */
export const retryButton = (el: Element) => $<HTMLButtonElement>(el, 'button[part~=retry]');

/**
 * What a widget shows, as a visitor would sum it up: its error, its entries (with the list's name, which
 * says the language), its card, its badge, or the loading placeholder.
 */
export function shows(el: Element | null | undefined): string {
  if (!el) return 'no such element';
  const root = el.shadowRoot;
  if (!root) return 'not upgraded';
  const alert = root.querySelector('[role=alert]');
  if (alert) return `error: ${text(alert)}`;
  if (items(el).length) return `entries (${listLabel(el)}): ${ids(el).join(' ')}`;
  const card = root.querySelector('[part~=card]');
  if (card) return `card: ${text(card)}`;
  const badge = root.querySelector('[part~=badge]');
  if (badge) return `badge: ${text(badge)}`;
  // Loading: a placeholder, or (a list without a limit) the page's own content in the space kept for it.
  if (root.querySelector('.skeleton, .pending')) return 'skeleton';
  return `nothing: "${text(root)}"`;
}

/** Everything a widget shows from now on, in order: each render that changed what `shows` says. */
export function watch(el: Element) {
  const seen = [shows(el)];
  const record = () => {
    const now = shows(el);
    if (now !== seen.at(-1)) seen.push(now);
  };
  const observer = new MutationObserver(record);
  observer.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true, attributes: true});
  stops.push(() => observer.disconnect());
  return {seen, stop: () => (record(), observer.disconnect(), seen)};
}

/** Whether a node takes room on the page and is not hidden. */
export function visible(node: Element) {
  const {width, height} = node.getBoundingClientRect();
  return width > 0 && height > 0 && node.checkVisibility();
}

/** Whether the widget's light-DOM link (the page's fallback) is slotted into a wrapper that is not hidden, and seen. */
export function fallbackVisible(el: Element) {
  const link = el.querySelector('a')!;
  return link.assignedSlot !== null && link.assignedSlot.closest('[hidden]') === null && visible(link);
}

/** The language a screen reader reads a node in: the nearest lang, across shadow roots. */
export function languageOf(node: Element): string | null {
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) {
    if (at.hasAttribute('lang')) return at.getAttribute('lang');
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Recorders
// ---------------------------------------------------------------------------------------------------

const EVENTS: TwinCitiesEventName[] = ['twin-cities-load', 'twin-cities-error', 'twin-city-select'];

/**
 * The library's events heard on `target` (the document: what a page hears of its widgets; a widget itself
 * when it is not in the document) until the test ends.
 */
export function heard(target: EventTarget = document) {
  const events: CustomEvent[] = [];
  const listen = (event: Event) => void events.push(event as CustomEvent);
  for (const type of EVENTS) target.addEventListener(type, listen);
  stops.push(() => EVENTS.forEach((type) => target.removeEventListener(type, listen)));
  return {
    events,
    /** The events of this type, from `from` (after retargeting) when given. */
    of: <K extends TwinCitiesEventName>(type: K, from?: EventTarget) =>
      events.filter((event) => event.type === type && (!from || event.target === from)) as HTMLElementEventMap[K][],
    /** The types heard, in order. */
    types: () => events.map((event) => event.type),
  };
}

/** Records every exception and rejection that reaches the window until `stop()`, or the end of the test. */
export function uncaught() {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${event.reason}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const stop = () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    return seen;
  };
  stops.push(stop);
  return {seen, stop};
}

/** Adds a stylesheet of the page's own, removed after the test. */
export function pageStyle(css: string) {
  const style = document.head.appendChild(document.createElement('style'));
  style.textContent = css;
  stops.push(() => style.remove());
}

/** The key of a saved copy, as the library documents it: `twin-cities:v1:<absolute feed URL>`. */
export const savedCopyKey = (href: string) => `twin-cities:v1:${href}`;

/** Writes a saved copy (`persist`) the way the library documents it, removed after the test; returns the stored text. */
export function saveCopy(href: string, saved: string, feed: unknown) {
  const value = JSON.stringify({saved, feed});
  localStorage.setItem(savedCopyKey(href), value);
  stops.push(() => localStorage.removeItem(savedCopyKey(href)));
  return value;
}

// ---------------------------------------------------------------------------------------------------
// Colours and axe
// ---------------------------------------------------------------------------------------------------

/** WCAG 2 relative luminance of a computed `rgb(…)` colour: 0 is black, 1 is white. */
export function luminance(colour: string): number {
  const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two computed colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * axe finds nothing in `el` in the light theme nor in the dark one, given to `widgets` (`el` itself, or the
 * widgets inside it); their themes are restored afterwards.
 */
export async function accessibleInBothThemes(el: HTMLElement, widgets: readonly Widget[] = [el as Widget], options: {ignoredRules?: string[]} = {}) {
  const themes = widgets.map((widget) => widget.getAttribute('theme'));
  for (const t of ['light', 'dark']) {
    for (const widget of widgets) widget.setAttribute('theme', t);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    await expect(el).to.be.accessible(options);
  }
  widgets.forEach((widget, index) => {
    const theme = themes[index];
    if (theme == null) widget.removeAttribute('theme');
    else widget.setAttribute('theme', theme);
  });
  await Promise.all(widgets.map((widget) => widget.updateComplete));
}

// ---------------------------------------------------------------------------------------------------
// What a widget should say
// ---------------------------------------------------------------------------------------------------

/** The home town's name in each language, from data/twin-cities.json. */
export const ASENOVGRAD: Record<string, string> = {
  bg: 'Асеновград', en: 'Asenovgrad', tr: 'Asenovgrad', el: 'Ασένοβγκραντ', sr: 'Асеновград',
  'sr-Latn': 'Asenovgrad', mk: 'Асеновград', ru: 'Асеновград', id: 'Asenovgrad',
};

/** The relations' names in each language, as the messages files say them. */
export const RELATION: Record<string, Record<'twin' | 'cooperation', string>> = {
  bg: {twin: 'Побратимен град', cooperation: 'Договор за сътрудничество'},
  en: {twin: 'Twin city', cooperation: 'Cooperation agreement'},
  tr: {twin: 'Kardeş şehir', cooperation: 'İş birliği anlaşması'},
  el: {twin: 'Αδελφή πόλη', cooperation: 'Συμφωνία συνεργασίας'},
  sr: {twin: 'Братски град', cooperation: 'Споразум о сарадњи'},
  'sr-Latn': {twin: 'Bratski grad', cooperation: 'Sporazum o saradnji'},
  mk: {twin: 'Збратимен град', cooperation: 'Договор за соработка'},
  ru: {twin: 'Город-побратим', cooperation: 'Соглашение о сотрудничестве'},
  id: {twin: 'Kota kembar', cooperation: 'Perjanjian kerja sama'},
};

/** Whether this browser's own Intl formats the language (Debian's Chromium has no Macedonian). */
export const intlKnows = (lang: string) =>
  Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 && Intl.DisplayNames.supportedLocalesOf([lang]).length > 0;

/** Every kind of space as a plain one: CLDR 48's "2023 г." has a narrow no-break space, the browsers' a plain one. */
export const plain = <T extends string | undefined>(value: T): T => value?.replace(/[\u00a0\u2009\u202f]/g, ' ') as T;

/** What the widget says in Macedonian where the browser's Intl lacks it: CLDR 48's words. */
const MACEDONIAN: Record<string, string> = {
  BG: 'Бугарија', TR: 'Турција', GR: 'Грција', MK: 'Северна Македонија', '2023-05-23': '23 мај 2023 г.', '1993': '1993 г.',
};
function macedonian(lang: string, key: string) {
  if (lang === 'mk' && MACEDONIAN[key]) return MACEDONIAN[key];
  throw new Error(`this browser lacks ${lang}: no expectation for ${key}`);
}

/** A country's name as the widget writes it: the browser's Intl ("Türkiye" or "Turkey", as the engine has it). */
export const countryName = (lang: string, code: string): string =>
  intlKnows(lang) ? new Intl.DisplayNames(lang, {type: 'region'}).of(code)! : macedonian(lang, code);

/** A partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as the widget writes it: a year, a month, or a day in the long style. */
export function dateIn(lang: string, date: string): string {
  if (!intlKnows(lang)) return macedonian(lang, date);
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  const options: Intl.DateTimeFormatOptions = date.length === 4 ? {year: 'numeric'} : date.length === 7 ? {year: 'numeric', month: 'long'} : {dateStyle: 'long'};
  return new Intl.DateTimeFormat(lang, {timeZone: 'UTC', ...options}).format(Date.UTC(year, month - 1, day));
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
  // What each frame shows, from the page's load until the widget has taken over: never a placeholder of its own,
  // never a frame with neither the pre-rendered content nor the widget's.
  const seen: {skeleton: boolean; prerendered: boolean; content: boolean}[] = [];
  const tags = 'twin-cities-list, twin-city-card, twin-city-badge';
  let sampling = true;
  const sample = () => {
    const root = placeholder.querySelector(tags)?.shadowRoot;
    const shown = (node: Element | null | undefined) => !!node?.checkVisibility();
    seen.push({
      skeleton: [...root?.querySelectorAll('.skeleton') ?? []].some(shown),
      prerendered: shown(placeholder.querySelector('[data-twin-cities-prerendered]')),
      content: shown(root?.querySelector('[part~=list], [part~=card], [part~=badge]')),
    });
    if (sampling) win.requestAnimationFrame(sample);
  };
  sample();
  await waitUntil(() => placeholder.querySelector(tags), 'the placeholder was not upgraded');
  const widget = await settled(placeholder.querySelector(tags) as Widget);
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  sampling = false;
  expect(seen[0], 'the pre-rendered content shows first').to.include({prerendered: true, content: false});
  expect(seen.filter((frame) => frame.skeleton), 'frames with a skeleton').to.deep.equal([]);
  expect(seen.filter((frame) => !frame.prerendered && !frame.content), 'frames with nothing').to.deep.equal([]);
  expect(widget.querySelector<HTMLElement>('[data-twin-cities-prerendered]')!.checkVisibility(), 'replaced by the widget').to.equal(false);
  const after = placeholder.getBoundingClientRect().height;
  const {total, moved} = await layoutShifts(win);
  expect(total, `layout shift ${total} (moved: ${moved.join(', ')}); height ${before}px before, ${after}px after`).to.be.below(0.01);
  expect(Math.abs(after - before), `height ${before}px before, ${after}px after`).to.be.below(2);
  expect(Math.abs(doc.getElementById('after')!.getBoundingClientRect().top - following), 'what follows stays where it was').to.be.below(2);
}

/**
 * Scrolls the page to `top`. A page the runner keeps in the background renders no frames, so the browser
 * dispatches none of the scroll events it would in front: the one it would dispatch is dispatched here.
 */
export function scrollPage(top: number) {
  scrollTo(0, top);
  if (document.hidden) dispatchEvent(new Event('scroll'));
}
