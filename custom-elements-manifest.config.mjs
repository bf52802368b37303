// The manifest is generated from the source's JSDoc (`npm run analyze`); package.json names it by hand.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  packagejson: false,
};
