// `npm run bench`: how fast the widgets are, against what a page could do without them, in headless
// Chromium on this machine. Prints a Markdown table and writes it to bench/results.md.
//   node scripts/bench.mjs [--quick] [--only REGEXP] [--out FILE] [--snippet FILE]
//     --quick    one or two samples a figure: a smoke run, not figures to quote
//     --only     runs the jobs whose id matches (paint, paint-phone, paint-cldr, preload, preload-phone,
//                preload-cldr, repeat-phone, prerendered, cls, partners-100, partners-1000,
//                partners-10000, validate-9, validate-10000)
//     --out      where to write the table (default bench/results.md)
//     --snippet  the pre-rendered HTML of `twin-cities render` for the shipped feed (default: run the
//                package's `twin-cities` command, if the package has one; else those rows say n/a)
//
// How it measures (bench/probe.js has the details):
// - The built files (dist/, data/) and the benchmark's pages are served from 127.0.0.1 by bench/server.mjs
//   with a static host's headers (brotli, ETag, Cache-Control: an hour for the package's files and the
//   feed, no-cache for pages). Run `npm run build` first (`npm run bench` does).
// - Every sample is a fresh browser context (empty HTTP cache), 1280×900 unless a row says otherwise.
//   "4× CPU and Fast 3G" is DevTools' throttling through its protocol: Emulation.setCPUThrottlingRate 4
//   and Network.emulateNetworkConditions with DevTools' Fast 3G (562.5 ms, 1.44 Mbps down, 675 kbps up).
// - Widget and reference samples alternate (A B B A …) within one run; each figure is the median.
// - "Painted" is the end of the first frame whose rendering starts with the awaited entries in the DOM
//   (inside the widget's shadow root, or the reference's), timed from navigation start, or from the
//   keydown's timestamp, or from just before `sort` is set. The same probe runs in every page.
// - References: the static page is the widget's own rendered markup and CSS written into the page as
//   declarative shadow DOM (same names, flags, links and layout, no script); the floors for long feeds
//   are a page that builds the same rows with one innerHTML, and one that renders them with Lit and
//   @lit-labs/virtualizer keyed by id (bench/floors/, bundled with rollup at run time).
// - Layout shift: CLS as Chrome defines it (largest session window of shifts without recent input),
//   with each response held back 100 ms by the server, so that every intermediate state is painted.
// - Long feeds: a generated feed (bench/feed.mjs, fixed seed) of 10,000 partners and its first 100 and
//   1,000. JS heap is V8's used size after a forced garbage collection; nodes are every node (elements,
//   text, comments) in the widget's shadow root, or in the floor's list.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, totalmem, tmpdir} from 'node:os';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {rollup} from 'rollup';
import {launch, sample} from '../bench/browser.mjs';
import {generateFeed} from '../bench/feed.mjs';
import {JOBS, SIZES, runJob} from '../bench/jobs.mjs';
import * as pages from '../bench/pages.mjs';
import {startServer} from '../bench/server.mjs';
import {markdown, reason} from '../bench/table.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const loadAtStart = loadavg()[0];

let options;
try {
  ({values: options} = parseArgs({options: {quick: {type: 'boolean'}, only: {type: 'string'}, out: {type: 'string'}, snippet: {type: 'string'}}}));
} catch (error) {
  stop(`${reason(error)} (usage: node scripts/bench.mjs [--quick] [--only REGEXP] [--out FILE] [--snippet FILE])`);
}
const only = options.only ? new RegExp(options.only, 'i') : undefined;
const jobs = JOBS.filter((job) => !only || only.test(job.id));
if (!jobs.length) stop(`--only ${options.only} matches no job; the jobs are ${JOBS.map((job) => job.id).join(', ')}`);
for (const file of ['dist/twin-cities.js', 'dist/feed/index.js']) {
  if (!existsSync(join(root, file))) stop(`${file} is missing: run \`npm run build\` first (or \`npm run bench\`, which builds)`);
}

// Sample counts chosen for a full run of under 5 minutes on 2 cores.
const n = options.quick
  ? {fast: 2, slow: 1, cls: 1, big: {100: 1, 1000: 1, 10000: 1}}
  : {fast: 9, slow: 3, cls: 2, big: {100: 3, 1000: 3, 10000: 2}};
const out = resolve(options.out ?? join(root, 'bench/results.md'));
const dir = mkdtempSync(join(tmpdir(), 'twin-cities-bench-'));
let server;
let browser;
// Stopped from the keyboard: the browser, the server and the pages go too, and no table is written.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    cleanUp().finally(() => process.exit(130));
  });
}
try {
  await run();
} catch (error) {
  process.exitCode = 1;
  console.error(`bench: ${reason(error)}`);
} finally {
  await cleanUp();
}

async function run() {
  const snippet = findSnippet();
  writePages(snippet, jobs.some((job) => job.needsFeed));
  if (jobs.some((job) => job.needsFloors)) await buildFloors();
  server = await startServer({'/dist/': join(root, 'dist'), '/data/': join(root, 'data'), '/bench/floors/': join(root, 'bench/floors'), '/bench/': dir},
    {isolated: ['/bench/validate.html']});
  browser = await launch();
  const ctx = {browser, server, dir, n, snippet: snippet.html, snippetMissing: snippet.missing, discovered: {}, notes: {resources: {}, warnings: new Set()}};
  // A first load warms the browser's own code (not the pages' caches: every sample has a new context).
  await sample(browser, {origin: server.origin}, ({page}) => page.goto(`${server.origin}/bench/widget-bg.html`, {waitUntil: 'networkidle'})).catch(() => {});

  const rows = [];
  for (const job of jobs) {
    const jobStarted = Date.now();
    const jobRows = await runJob(ctx, job);
    if (interrupted) return;
    rows.push(...jobRows);
    const failed = jobRows.filter((r) => r.widget.startsWith('failed:'));
    console.error(`${job.id}: ${((Date.now() - jobStarted) / 1000).toFixed(1)} s${failed.length ? ` (${failed.map((r) => r.widget).join('; ')})` : ''}`);
  }

  const table = markdown({title: 'Benchmark: twin-cities widgets', machine: machine(browser.version()), rows, notes: notes(ctx, snippet)});
  mkdirSync(dirname(out), {recursive: true});
  writeFileSync(out, table);
  console.log(table);
  console.error(`written to ${relative(process.cwd(), out) || out}`);
}

async function cleanUp() {
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
  rmSync(dir, {recursive: true, force: true});
}

function stop(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

/** The pre-rendered snippet: --snippet's file, or what the package's `twin-cities render` prints, or why there is none. */
function findSnippet() {
  if (options.snippet) {
    const path = resolve(options.snippet);
    return existsSync(path) ? {html: readFileSync(path, 'utf8'), source: options.snippet} : {missing: `no file ${options.snippet}`};
  }
  const {bin} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const command = typeof bin === 'string' ? bin : bin?.['twin-cities'];
  if (!command || !existsSync(join(root, command))) return {missing: 'no snippet: the package has no `twin-cities render` yet (--snippet FILE)'};
  try {
    const html = execFileSync(process.execPath, [join(root, command), 'render', '--lang', 'bg'], {cwd: root, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe']});
    return {html, source: '`twin-cities render --lang bg`'};
  } catch (error) {
    return {missing: `\`twin-cities render --lang bg\` failed: ${reason(error.stderr || error)}`};
  }
}

function writePages(snippet, longFeeds) {
  const write = (name, text) => writeFileSync(join(dir, name), text);
  write('blank.html', pages.blankPage());
  write('validate.html', pages.blankPage());
  for (const lang of ['bg', 'mk']) write(`widget-${lang}.html`, pages.widgetPage({lang}));
  write('widget-css-bg.html', pages.widgetPage({lang: 'bg', head: pages.NOT_DEFINED_CSS}));
  if (snippet.html) write('prerendered-bg.html', pages.prerenderedPage({lang: 'bg', snippet: snippet.html}));
  if (!longFeeds) return;
  const feed = generateFeed(SIZES.at(-1));
  for (const size of SIZES) {
    const slice = {...feed, partners: feed.partners.slice(0, size)};
    const src = `/bench/feed-${size}.json`;
    write(`feed-${size}.json`, JSON.stringify(slice, null, 1));
    write(`widget-${size}.html`, pages.bigWidgetPage({feed: src}));
    write(`innerhtml-${size}.html`, pages.floorPage({feed: src, script: '/bench/innerhtml.js'}));
    write(`virtualizer-${size}.html`, pages.floorPage({feed: src, script: '/bench/virtualizer.js'}));
    write(`static-${size}.html`, pages.staticListPage({feed: slice}));
  }
}

/** The floors' pages' scripts, each one minified file as a site's build would make it (polyfills, never loaded here, apart). */
async function buildFloors() {
  for (const name of ['innerhtml', 'virtualizer']) {
    const bundle = await rollup({input: join(root, `bench/floors/${name}.js`), plugins: [nodeResolve({exportConditions: ['production']}), terser({ecma: 2022, module: true})]});
    await bundle.write({dir, format: 'es', entryFileNames: `${name}.js`, chunkFileNames: `${name}-[name].js`});
    await bundle.close();
  }
}

function machine(version) {
  const date = new Date().toISOString().slice(0, 10);
  const seconds = Math.round((Date.now() - started) / 1000);
  const run = options.quick ? 'quick run (1–2 samples a figure: not figures to quote)'
    : `samples: ${n.fast} unthrottled, ${n.slow} throttled, ${n.cls} per layout-shift viewport, ${n.big[100]}/${n.big[1000]}/${n.big[10000]} at 100/1,000/10,000 partners`;
  // Other work on the machine slows every figure: the load average says how much there was.
  const load = `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
  return `${date} · Chromium ${version} (headless) · ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}) · ` +
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB · Node ${process.version} · ${run}; ${Math.floor(seconds / 60)} min ${seconds % 60} s, ${load}`;
}

function notes(ctx, snippet) {
  const kb = (bytes) => (bytes ? ` (${(bytes / 1024).toFixed(1)} KB)` : '');
  return [
    'Widget: the bare `<twin-cities-list>` of the README (and its fallback link) on a municipal page, with the bundle in the head; ' +
    'static page: the widget\'s own rendered markup and CSS, as declarative shadow DOM, no script. "Painted": the end of the first ' +
    'frame showing every entry (or the first, or the new first five after an interaction). 4× CPU and Fast 3G: DevTools\' throttling ' +
    '(562.5 ms latency, 1.44 Mbps down). CLS: each response held back 100 ms. Floors: the same rows from the same feed, built with ' +
    'one innerHTML, or by Lit with @lit-labs/virtualizer keyed by id. Ratios: widget ÷ reference. `scripts/bench.mjs` says more.',
    ...Object.entries(ctx.notes.resources).map(([lang, list]) =>
      `\nWhat the widget loaded in \`lang="${lang}"\` (what its preload hints name), besides the flags: ${list.map(({path, bytes}) => `\`${path}\`${kb(bytes)}`).join(', ')}.`),
    ...(snippet.source ? [`\nPre-rendered snippet: ${snippet.source}.`] : []),
    ...[...ctx.notes.warnings].map((warning) => `\n${warning}`),
  ];
}
