// The manifest is generated from the source's JSDoc (`npm run analyze`); package.json names it by hand.
import {readFileSync} from 'node:fs';

export default {
  globs: ['src/**/*.ts'],
  // Styles are the elements' business, documented by their @cssprop and @csspart; the command-line tools and
  // the functions they share with pages (src/cli/, src/tools/) are no part of the elements.
  exclude: ['src/**/*.styles.ts', 'src/styles.ts', 'src/cli/**', 'src/tools/**'],
  litelement: true,
  packagejson: false,
  // The analyzer lists modules in the order its glob walk finds files, which varies from one machine (and run) to
  // the next; a fixed order keeps the committed manifest comparable with a fresh one.
  overrideModuleCreation: ({ts, globs}) =>
    [...globs]
      .sort()
      .map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true)),
};
