// Two builds from one source:
// - dist/twin-cities.js: the page's file, one minified module with Lit inside that defines every element
//   (src/elements.ts); languages, on-demand layouts and features (the map among them) are chunks under
//   dist/chunks/ that it loads only when a page needs them.
// - dist/<module>.js + .d.ts: unbundled modules for apps, which import `lit` as a bare dependency so that
//   the app's bundler keeps a single copy of Lit.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {minifyTemplateLiterals} from 'rollup-plugin-minify-template-literals';

// Whitespace between inline elements is content ("Naousa Νάουσα"), so runs of it become one space, never none.
const minifyOptions = {include: 'src/**/*.ts', failOnError: true, options: {minifyOptions: {conservativeCollapse: true, minifyCSS: {level: 1}}}};

const compiler = (options) =>
  typescript({tsconfig: 'tsconfig.json', include: ['src/**/*.ts'], sourceMap: false, declaration: false, noEmitOnError: true, ...options});

// Chunks are named for what they hold, by folder (chunks/messages-bg.js, chunks/cldr-bg.js, chunks/layouts-grid.js,
// chunks/card.js): a CDN path carries the package's version already, and names without hashes keep the core's
// tables small and let a page preload the chunk it needs.
const chunkName = ({facadeModuleId, name}) => {
  const folder = facadeModuleId?.split('/').filter((part) => part !== 'generated').at(-2);
  return folder && folder !== 'src' ? `chunks/${folder}-${name}.js` : `chunks/${name}.js`;
};

export default [
  {
    input: {'twin-cities': 'src/elements.ts'},
    // Chunks may import from the page's file what they share with it (Lit, the helpers), so the core stays in it.
    preserveEntrySignatures: 'allow-extension',
    plugins: [nodeResolve({exportConditions: ['production']}), compiler(), minifyTemplateLiterals(minifyOptions), terser({ecma: 2022, module: true, compress: {passes: 3}, format: {comments: false}})],
    output: {dir: 'dist', format: 'es', chunkFileNames: chunkName},
  },
  {
    // …and the command-line tools (src/cli/, run by bin/twin-cities.mjs) with the functions they share with pages (src/tools/).
    input: ['src/index.ts', 'src/define/index.ts', 'src/define/twin-cities-list.ts', 'src/define/twin-city-card.ts', 'src/define/twin-city-badge.ts',
      'src/define/twin-cities-map.ts', 'src/feed/index.ts', 'src/cli/main.ts'],
    external: [/^lit(\/|$)/, /^@lit(-labs)?\//, /^d3-/, /^topojson-/, /^node:/, /^csv-(parse|stringify)\//, /^@cfworker\//],
    plugins: [compiler({declaration: true, declarationDir: 'dist', outDir: 'dist'})],
    output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src'},
  },
];
