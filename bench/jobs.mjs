// The benchmark's jobs, one per group of rows of the table. Each measures the widget and its reference
// interleaved in one run (A B B A A B …, so that neither always goes first), in fresh browser contexts,
// and reports medians. A job that fails reports why in its rows; the others run on.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {PHONE, applyThrottle, sample} from './browser.mjs';
import * as pages from './pages.mjs';
import {cls, count, failedRow, mb, median, ms, naRow, perMs, ratio, row} from './table.mjs';

const FEED = '/data/twin-cities.json';
const ITEM = '[part~="item"]';
const WIDGET = {roots: [{host: 'twin-cities-list', selector: ITEM}], expect: 9, feed: FEED};
const STATIC = {roots: [{host: '.static-list', selector: ITEM}], expect: 9};
// The snippet's entries before the upgrade, or the widget's after it, whichever the page has more of.
const PRERENDERED = {roots: [{host: null, selector: '[data-twin-cities] li'}, {host: 'twin-cities-list', selector: ITEM}], expect: 9};
/** Each response held back this long in the layout-shift samples (a distant server), so that every state is painted. */
const CLS_DELAY = 100;
const VIEWPORTS = [{width: 1280, height: 900}, {width: 390, height: 844}];
export const SIZES = [100, 1000, 10_000];

/** Runs each of `runs` `n` times, alternating the order; returns each one's values. */
async function interleave(n, runs) {
  const values = runs.map(() => []);
  for (let i = 0; i < n; i++) {
    const order = [...runs.keys()];
    if (i % 2) order.reverse();
    for (const k of order) values[k].push(await runs[k]());
  }
  return values;
}

const url = (ctx, page) => `${ctx.server.origin}/bench/${page}`;

/** Navigation start to the frame that paints every expected entry; and what the browser said meanwhile. */
function paintSample(ctx, {page, spec, throttle, repeat}) {
  return sample(ctx.browser, {origin: ctx.server.origin, spec, throttle: repeat ? undefined : throttle}, async ({page: tab, cdp}) => {
    if (repeat) {
      // The first visit fills the HTTP cache, unthrottled; the second is measured.
      await tab.goto(url(ctx, page), {waitUntil: 'commit'});
      await tab.evaluate(() => window.__bench.loaded);
      await tab.waitForLoadState('networkidle');
      if (throttle) await applyThrottle(cdp, throttle);
    }
    const messages = [];
    tab.on('console', (message) => messages.push(message.text().replaceAll(ctx.server.origin, '')));
    await tab.goto(url(ctx, page), {waitUntil: 'commit'});
    const {painted} = await tab.evaluate(() => window.__bench.loaded);
    return {painted, messages};
  });
}

/**
 * What the widget's page loads in `lang`, found by loading it: the scripts and the feed, for the preload
 * hints; and what it renders, for the static reference (written into the page as declarative shadow DOM).
 */
export function discover(ctx, lang) {
  ctx.discovered[lang] ??= sample(ctx.browser, {origin: ctx.server.origin, spec: WIDGET}, async ({page}) => {
    const requests = [];
    page.on('request', (request) => requests.push({path: new URL(request.url()).pathname, type: request.resourceType()}));
    await page.goto(url(ctx, `widget-${lang}.html`), {waitUntil: 'commit'});
    await page.evaluate(() => window.__bench.loaded);
    await page.waitForLoadState('networkidle');
    const found = await page.evaluate((tag) => {
      const root = document.querySelector('twin-cities-list').shadowRoot;
      const css = [...root.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .concat([...root.querySelectorAll('style')].map((style) => style.textContent)).join('\n');
      const html = root.innerHTML.replace(/<!--[\s\S]*?-->/g, '').replace(/<style[\s\S]*?<\/style>/g, '').replaceAll(location.origin, '');
      const sizes = Object.fromEntries(performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.transferSize]));
      return {snapshot: {css, html}, sizes, intl: Intl.DisplayNames.supportedLocalesOf(tag).length > 0 && Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0};
    }, lang);
    const resources = requests.filter(({type}) => type === 'script' || type === 'fetch');
    writeFileSync(join(ctx.dir, `static-${lang}.html`), pages.staticPage({lang, snapshot: found.snapshot}));
    writeFileSync(join(ctx.dir, `preload-${lang}.html`), pages.widgetPage({lang, head: pages.preloadLinks(resources)}));
    ctx.notes.resources[lang] = resources.map(({path}) => ({path, bytes: found.sizes[path]}));
    return {...found, resources};
  });
  return ctx.discovered[lang];
}

/** One row: the widget's page against the static page, entries painted. */
async function paint(ctx, {figure, lang, throttle, n, preload = false, repeat = false}) {
  const {intl} = await discover(ctx, lang);
  const label = typeof figure === 'function' ? figure(intl) : figure;
  const [widget, reference] = await interleave(n, [
    () => paintSample(ctx, {page: `${preload ? 'preload' : 'widget'}-${lang}.html`, spec: WIDGET, throttle, repeat}),
    () => paintSample(ctx, {page: `static-${lang}.html`, spec: STATIC, throttle, repeat}),
  ]);
  const w = median(widget.map((s) => s.painted));
  const r = median(reference.map((s) => s.painted));
  // Chromium says so when a preload does not match the request that should use it (a wrong `as` or `crossorigin`).
  const unused = new Set(widget.flatMap((s) => s.messages).filter((message) => /preload/i.test(message)));
  for (const message of unused) ctx.notes.warnings.add(`${label}: Chromium said "${message}"`);
  return [row(label, ms(w), `static page ${ms(r)}`, ratio(w, r))];
}

/** Layout shift of one page at one viewport: from navigation to everything settled. */
function clsSample(ctx, {page, spec, viewport, repeat, upgrade}) {
  return sample(ctx.browser, {origin: ctx.server.origin, spec, viewport}, async ({page: tab}) => {
    if (repeat) {
      await tab.goto(url(ctx, page), {waitUntil: 'commit'});
      await tab.evaluate(() => window.__bench.loaded);
      await tab.waitForLoadState('networkidle');
    }
    ctx.server.delay = () => CLS_DELAY;
    try {
      await tab.goto(url(ctx, page), {waitUntil: 'commit'});
      await tab.evaluate(() => window.__bench.loaded);
      // A pre-rendered snippet shows its entries at once; the shift to measure comes with the upgrade.
      if (upgrade) {
        const upgraded = await tab.waitForFunction((selector) => document.querySelector('twin-cities-list')?.shadowRoot?.querySelector(selector),
          ITEM, {timeout: 5000}).then(() => true, () => false);
        if (!upgraded) ctx.notes.warnings.add('Pre-rendered snippet: the bundle had not upgraded it 5 s after its entries showed; its CLS is the snippet\'s alone.');
      }
      await tab.waitForTimeout(3 * CLS_DELAY);
      return await tab.evaluate(() => window.__bench.cls());
    } finally {
      ctx.server.delay = () => 0;
    }
  });
}

async function layoutShift(ctx, {n}) {
  await discover(ctx, 'bg');
  const variants = [
    {figure: 'layout shift (CLS), 1280×900 / 390×844: the bare tag', page: 'widget-bg.html', spec: WIDGET},
    {figure: '… with the README\'s `:not(:defined)` CSS', page: 'widget-css-bg.html', spec: WIDGET},
    {figure: '… repeat visit (the feed in the HTTP cache)', page: 'widget-bg.html', spec: WIDGET, repeat: true},
    {figure: '… pre-rendered snippet (`twin-cities render`)', page: 'prerendered-bg.html', spec: PRERENDERED, upgrade: true, snippet: true},
  ];
  const rows = [];
  for (const variant of variants) {
    if (variant.snippet && !ctx.snippet) {
      rows.push(naRow(variant.figure, ctx.snippetMissing));
      continue;
    }
    try {
      const [widget, reference] = [[], []];
      for (const viewport of VIEWPORTS) {
        const [w, r] = await interleave(n, [
          () => clsSample(ctx, {...variant, viewport}),
          () => clsSample(ctx, {page: 'static-bg.html', spec: STATIC, viewport, repeat: variant.repeat}),
        ]);
        widget.push(median(w));
        reference.push(median(r));
      }
      rows.push(row(variant.figure, widget.map(cls).join(' / '), `static page ${reference.map(cls).join(' / ')}`, '—'));
    } catch (error) {
      rows.push(failedRow(variant.figure, error));
    }
  }
  return rows;
}

/** Which entries each interaction must show first: in the browser, with its own `Intl`, as the floors sort. */
function expectations(ctx, size) {
  return sample(ctx.browser, {origin: ctx.server.origin}, async ({page}) => {
    await page.goto(url(ctx, 'blank.html'));
    return page.evaluate(async (feedUrl) => {
      const {prepare, byDate, byCountry, search} = await import('/bench/floors/rows.js');
      const {rows, collator} = prepare(await (await fetch(feedUrl)).json(), '');
      const ids = (list) => list.slice(0, 5).map((entry) => entry.id);
      const date = byDate(rows);
      // One letter: the one that finds closest to a third of the list, and changes the first entry.
      let best;
      for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
        const found = search(date, letter);
        const score = Math.abs(found.length / date.length - 1 / 3);
        if (found.length && found[0].id !== date[0].id && (!best || score < best.score)) best = {letter, score, found};
      }
      return {query: best.letter, found: ids(best.found), matches: best.found.length, date: ids(date), country: ids(byCountry(rows, collator))};
    }, `/bench/feed-${size}.json`);
  });
}

/** Collects garbage, then waits for the page to be idle. */
async function settle(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestAnimationFrame(() => setTimeout(done, 100)), {timeout: 5000})));
}

/**
 * One page of `size` partners: first entry painted (from navigation and from the feed's arrival); after
 * a garbage collection, JS heap and nodes; then a search keystroke, clearing it, and a sort change, each
 * from its start (the keydown's timestamp, or just before `sort` is set) to the frame that paints it.
 */
function bigSample(ctx, {page, spec, expected, interactive, size}) {
  // Today's widget takes seconds per step at 10,000 partners, and many more on a busy machine.
  return sample(ctx.browser, {origin: ctx.server.origin, spec, timeout: 60_000 + size * 20}, async ({page: tab, cdp}) => {
    const figures = {};
    const measure = async (name, run) => {
      try {
        figures[name] = await run();
      } catch (error) {
        figures[name] = error instanceof Error ? error : new Error(String(error));
      }
    };
    await tab.goto(url(ctx, page), {waitUntil: 'commit'});
    const first = await tab.evaluate(() => window.__bench.first);
    figures.navigation = first.painted;
    if (!interactive) return figures;
    figures.feed = first.painted - await tab.evaluate(() => window.__bench.feedEnd());
    await settle(tab, cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    figures.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
    figures.nodes = await tab.evaluate(() => window.__bench.nodes());

    const key = async (ids, press) => {
      await tab.evaluate((first) => window.__bench.expect(first), ids);
      await tab.keyboard.press(press);
      const {painted} = await tab.evaluate(() => window.__bench.changed());
      return painted - await tab.evaluate(() => window.__bench.keydown());
    };
    await measure('keystroke', async () => {
      await tab.focus('input[type="search"]');
      return key(expected.found, expected.query);
    });
    await settle(tab, cdp);
    await measure('clear', () => key(expected.date, 'Backspace'));
    await settle(tab, cdp);
    await measure('sort', () => tab.evaluate(async (ids) => {
      window.__bench.expect(ids);
      const start = performance.now();
      window.benchSort('country');
      const {painted} = await window.__bench.changed();
      return painted - start;
    }, expected.country));
    return figures;
  });
}

async function partners(ctx, {size, n}) {
  const name = `${count(size)} partners`;
  const expected = await expectations(ctx, size);
  const list = {roots: [{host: null, selector: '#list > li'}], expect: 1, feed: `/bench/feed-${size}.json`, nodes: {selector: '#list'}};
  const variants = [
    {page: `widget-${size}.html`, spec: {roots: [{host: 'twin-cities-list', selector: ITEM}], expect: 1, feed: list.feed, nodes: {host: 'twin-cities-list'}}},
    {page: `virtualizer-${size}.html`, spec: list},
    {page: `innerhtml-${size}.html`, spec: list},
    {page: `static-${size}.html`, spec: {...list, feed: undefined}},
  ];
  const [widget, virtualizer, innerHTML, staticPage] = await interleave(n, variants.map((variant, index) =>
    () => bigSample(ctx, {...variant, expected, size, interactive: index < 3}).catch((error) => ({error}))));

  // A figure is the median of its samples, or the first error among them.
  const medianOf = (samples, key) => {
    const values = samples.map((s) => s.error ?? s[key]);
    const error = values.find((value) => value instanceof Error);
    if (error) throw error;
    return median(values);
  };
  const compare = (label, references, key, unit) => {
    try {
      const w = medianOf(widget, key);
      const r = references.map(([, samples]) => medianOf(samples, key));
      return row(`${name}: ${label}`, unit(w), references.map(([reference], i) => `${reference} ${unit(r[i])}`).join(' · '),
        r.map((value) => ratio(w, value)).join(' · '));
    } catch (error) {
      return failedRow(`${name}: ${label}`, error);
    }
  };
  const floors = [['virtualizer', virtualizer], ['innerHTML', innerHTML]];
  return [
    compare('feed arrival to first entry painted', floors, 'feed', ms),
    compare('first entry painted, from navigation', [['static page', staticPage]], 'navigation', ms),
    compare(`one search keystroke ("${expected.query}", ${count(expected.matches)} found), keydown to painted`, floors, 'keystroke', ms),
    compare('clearing the query, keydown to painted', floors, 'clear', ms),
    compare('sort change (`sort="country"`), to painted', floors, 'sort', ms),
    compare('JS heap after GC', floors, 'heap', mb),
    compare('DOM nodes (shadow root; floors: the list)', floors, 'nodes', count),
  ];
}

/**
 * validateFeed's first call in a fresh page (cold `Intl`, as a page pays it), against parsing the same
 * text; for the long feed, also as throughput. For the short feed, also after the page's first
 * `Intl.DisplayNames`, as the widget validates: it makes that one while the feed is on its way.
 */
async function validate(ctx, {feed, size, n}) {
  const once = (warm) => sample(ctx.browser, {origin: ctx.server.origin}, async ({page}) => {
    await page.goto(url(ctx, 'validate.html'));
    return page.evaluate(async ([feedUrl, warm]) => {
      const {validateFeed} = await import('/dist/feed/index.js');
      const text = await (await fetch(feedUrl)).text();
      if (warm) new Intl.DisplayNames('en', {type: 'region', fallback: 'none'}).of('BG');
      let start = performance.now();
      const json = JSON.parse(text);
      const parse = performance.now() - start;
      start = performance.now();
      validateFeed(json);
      return {parse, validate: performance.now() - start};
    }, [feed, warm]);
  });
  const [cold, warm] = await interleave(n, size < 100 ? [() => once(false), () => once(true)] : [() => once(false)]);
  const measured = (samples) => [median(samples.map((s) => s.validate)), median(samples.map((s) => s.parse))];
  const [v, p] = measured(cold);
  const figure = `\`validateFeed\`, ${count(size)} partners: first call in a fresh page`;
  if (size >= 100) return [row(figure, `${perMs(size / v)} (${ms(v)})`, `\`JSON.parse\` of the same feed ${perMs(size / p)} (${ms(p)})`, ratio(v, p))];
  const [vw, pw] = measured(warm);
  return [
    row(figure, ms(v), `\`JSON.parse\` of the same feed ${ms(p)}`, ratio(v, p)),
    row(`… after the page's first \`Intl.DisplayNames\` (as the widget validates)`, ms(vw), `\`JSON.parse\` of the same feed ${ms(pw)}`, ratio(vw, pw)),
  ];
}

// Says whether this browser really takes the CLDR path for Macedonian (Debian's Chromium does).
const intlLabel = (what) => (intl) => `${what} (lang="mk"${intl ? ', which this Chromium\'s `Intl` has: no CLDR path' : ': CLDR path'}), 4× CPU and Fast 3G`;

/** Every job: `id` for `--only`, and what it measures. `n` are the sample counts of a full or a quick run. */
export const JOBS = [
  {id: 'paint', run: (ctx) => paint(ctx, {figure: '9 entries painted, no throttling', lang: 'bg', n: ctx.n.fast})},
  {id: 'paint-phone', run: (ctx) => paint(ctx, {figure: 'the same, 4× CPU and Fast 3G', lang: 'bg', throttle: PHONE, n: ctx.n.slow})},
  {id: 'paint-cldr', run: (ctx) => paint(ctx, {figure: intlLabel('the same where `Intl` lacks the language'), lang: 'mk', throttle: PHONE, n: ctx.n.slow})},
  {id: 'preload', run: (ctx) => paint(ctx, {figure: '9 entries painted, page with preload hints, no throttling', lang: 'bg', preload: true, n: ctx.n.fast})},
  {id: 'preload-phone', run: (ctx) => paint(ctx, {figure: '… preload hints, 4× CPU and Fast 3G', lang: 'bg', preload: true, throttle: PHONE, n: ctx.n.slow})},
  {id: 'preload-cldr', run: (ctx) => paint(ctx, {figure: intlLabel('… preload hints'), lang: 'mk', preload: true, throttle: PHONE, n: ctx.n.slow})},
  {id: 'repeat-phone', run: (ctx) => paint(ctx, {figure: '9 entries painted, repeat visit (HTTP cache), 4× CPU and Fast 3G', lang: 'bg', repeat: true, throttle: PHONE, n: ctx.n.slow})},
  {id: 'prerendered', run: async (ctx) => {
    const figure = '9 entries painted, pre-rendered snippet (`twin-cities render`), no throttling';
    if (!ctx.snippet) return [naRow(figure, ctx.snippetMissing)];
    await discover(ctx, 'bg');
    const [widget, reference] = await interleave(ctx.n.fast, [
      () => paintSample(ctx, {page: 'prerendered-bg.html', spec: PRERENDERED}),
      () => paintSample(ctx, {page: 'static-bg.html', spec: STATIC}),
    ]);
    const [w, r] = [median(widget.map((s) => s.painted)), median(reference.map((s) => s.painted))];
    return [row(figure, ms(w), `static page ${ms(r)}`, ratio(w, r))];
  }},
  {id: 'cls', run: (ctx) => layoutShift(ctx, {n: ctx.n.cls})},
  ...SIZES.map((size) => ({id: `partners-${size}`, title: `${count(size)} partners`, needsFeed: true, needsFloors: true, run: (ctx) => partners(ctx, {size, n: ctx.n.big[size]})})),
  {id: 'validate-9', run: (ctx) => validate(ctx, {feed: FEED, size: 9, n: ctx.n.fast})},
  {id: 'validate-10000', needsFeed: true, run: (ctx) => validate(ctx, {feed: `/bench/feed-${SIZES.at(-1)}.json`, size: SIZES.at(-1), n: ctx.n.slow})},
];

/** Runs a job; a failure becomes one row that says why. */
export async function runJob(ctx, job) {
  try {
    return await job.run(ctx);
  } catch (error) {
    return [failedRow(job.title ?? job.id, error)];
  }
}
