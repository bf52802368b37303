// The manifest is generated from the source's JSDoc (`npm run analyze`); package.json names it by hand. The plugins
// (scripts/manifest-plugins.mjs) make it the published package's: its public modules, under their dist/ paths, with
// the types of attributes and events spelled out, and valid against the Custom Elements Manifest schema.
import {readFileSync} from 'node:fs';
import {createProgram, noInternals, publicApi, publishedPaths, types} from './scripts/manifest-plugins.mjs';

/** The modules package.json's `exports` publish, as the unbundled build's inputs (rollup.config.mjs) name them. */
const entries = ['src/index.ts', 'src/elements.ts', 'src/twin-cities-list.ts', 'src/twin-city-card.ts', 'src/twin-city-badge.ts', 'src/twin-cities-map.ts', 'src/feed/index.ts'];

let program;

export default {
  globs: ['src/**/*.ts'],
  // Styles are the elements' business, documented by their @cssprop and @csspart; the command-line tools and
  // the functions they share with pages (src/cli/, src/tools/) are no part of the elements.
  exclude: ['src/**/*.styles.ts', 'src/styles.ts', 'src/cli/**', 'src/tools/**'],
  litelement: true,
  packagejson: false,
  // The analyzer lists modules in the order its glob walk finds files, which varies from one machine (and run) to
  // the next; a fixed order keeps the committed manifest comparable with a fresh one.
  overrideModuleCreation: ({ts, globs}) => {
    const files = [...globs].sort();
    program = createProgram(files);
    return files.map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true));
  },
  plugins: [
    publicApi({entries, program: () => program}),
    noInternals(),
    types({program: () => program}),
    // The version of the schema that `npm run check` validates the manifest against (npm `custom-elements-manifest`).
    publishedPaths({schemaVersion: '2.1.0'}),
  ],
};
