// `npm run size`: each built file's size, minified and gzipped, and the budget of the page's bundle.
// With --check it fails when dist/twin-cities.js (everything but the chunks it loads on demand) is over budget.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

const BUDGET = 14 * 1024;
const BUNDLE = 'dist/twin-cities.js';
const files = ['dist/twin-cities.js', ...readdirSync('dist/chunks').map((file) => join('dist/chunks', file))];
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`.padStart(9);
const gzipped = (file) => gzipSync(readFileSync(file), {level: 9}).length;

for (const file of files) console.log(`${kb(statSync(file).size)} min ${kb(gzipped(file))} gzip  ${file}`);
// What a page loads before anything renders: the bundle and every chunk it imports statically (none,
// while the core stays in one file); languages and optional features, imported on demand, do not count.
const eager = new Set([BUNDLE]);
for (const file of eager) {
  for (const [, path] of readFileSync(file, 'utf8').matchAll(/(?:^|[;}])import(?:[^'"()]*from)?\s*["']([^"']+)["']/g)) {
    eager.add(join(file, '..', path));
  }
}
const size = [...eager].reduce((sum, file) => sum + gzipped(file), 0);
if (eager.size > 1) console.log(`\n${BUNDLE} imports ${[...eager].slice(1).join(', ')} before it runs: counted in the budget.`);
const verdict = size <= BUDGET ? 'within' : 'OVER';
console.log(`\n${BUNDLE}: ${kb(size).trim()} gzipped, ${verdict} the budget of ${kb(BUDGET).trim()} (Lit included, on-demand chunks not)`);
if (process.argv.includes('--check') && size > BUDGET) process.exit(1);
