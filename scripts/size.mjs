// `npm run size`: each built file's size, minified and gzipped, and the budgets of the page's bundle and of
// the on-demand features that have one. With --check it fails when dist/twin-cities.js (everything but the
// chunks it loads on demand) or such a feature is over budget, or when a chunk waits for one it imports.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

const BUDGET = 14 * 1024;
const BUNDLE = 'dist/twin-cities.js';
// A feature's chunks (by name) and every chunk they import, the page's bundle aside, which is loaded already.
const FEATURES = [{name: 'the map', chunks: /^map|twin-cities-map/, budget: 35 * 1024}];
const chunks = readdirSync('dist/chunks');
const files = [BUNDLE, ...chunks.map((file) => join('dist/chunks', file))];
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`.padStart(9);
const gzipped = (file) => gzipSync(readFileSync(file), {level: 9}).length;

/** The files a file imports statically (not with `import()`). */
const staticImports = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|[;}])import(?:[^'"()]*from)?\s*["']([^"']+)["']/g)].map(([, path]) => join(file, '..', path));

/** The files, and every file they import statically, but those in `loaded`. */
function imported(start, loaded = []) {
  const found = new Set(start);
  for (const file of found) {
    for (const target of staticImports(file)) if (!loaded.includes(target)) found.add(target);
  }
  return [...found];
}
const total = (list) => list.reduce((sum, file) => sum + gzipped(file), 0);

for (const file of files) console.log(`${kb(statSync(file).size)} min ${kb(gzipped(file))} gzip  ${file}`);
let failed = false;
// What a page loads before anything renders: the bundle and every chunk it imports statically (none,
// while the core stays in one file); languages and optional features, imported on demand, do not count.
const eager = imported([BUNDLE]);
const size = total(eager);
if (eager.length > 1) console.log(`\n${BUNDLE} imports ${eager.slice(1).join(', ')} before it runs: counted in the budget.`);
console.log(`\n${BUNDLE}: ${kb(size).trim()} gzipped, ${size <= BUDGET ? 'within' : 'OVER'} the budget of ${kb(BUDGET).trim()} (Lit included, on-demand chunks not)`);
failed ||= size > BUDGET;
for (const {name, chunks: pattern, budget} of FEATURES) {
  const own = chunks.filter((file) => pattern.test(file)).map((file) => join('dist/chunks', file));
  // A chunk renamed must not leave its budget unchecked.
  if (!own.length) {
    console.log(`${name}: no chunk in dist/chunks/ matches ${pattern}`);
    failed = true;
    continue;
  }
  const used = imported(own, eager);
  const bytes = total(used);
  console.log(`${name}: ${kb(bytes).trim()} gzipped (${used.join(', ')}), ${bytes <= budget ? 'within' : 'OVER'} its budget of ${kb(budget).trim()}`);
  failed ||= bytes > budget;
}

// A chunk that imports another statically makes the page wait one more round trip for it, unless whoever loads it
// asks for both at once: `(import('../card.js'), import('./grid.js'))` (src/layouts/index.ts). New waits fail the
// check; these are known: the long list's and the map's share Lit's `repeat` (and the map the plural forms) with
// another chunk, and the page's bundle has no bytes left to ask for them sooner.
const KNOWN_WAITS = new Set(['long-list.js → repeat.js', 'map-map.js → repeat.js', 'map-map.js → i18n-plural.js']);
for (const loader of files) {
  const text = readFileSync(loader, 'utf8');
  for (const [, path] of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) {
    const chunk = join(loader, '..', path);
    // Asked for in the same expression: `(import("a"), import("b"))`.
    const together = new Set([...text.matchAll(new RegExp(`\\(((?:import\\("[^"]+"\\),)+)import\\("${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\)\\)`, 'g'))]
      .flatMap(([, list]) => [...list.matchAll(/import\("([^"]+)"\)/g)].map(([, dep]) => join(loader, '..', dep))));
    for (const dep of staticImports(chunk)) {
      if (dep === BUNDLE || together.has(dep) || staticImports(loader).includes(dep)) continue;
      const wait = `${chunk.split('/').pop()} → ${dep.split('/').pop()}`;
      if (KNOWN_WAITS.has(wait)) continue;
      console.log(`${loader} loads ${chunk}, which then asks for ${dep}: a round trip more (ask for both at once)`);
      failed = true;
    }
  }
}

if (process.argv.includes('--check') && failed) process.exit(1);
