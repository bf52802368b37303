// Two builds from one source:
// - dist/twin-cities.js: the page's file, one minified module with Lit inside that defines every element
//   (src/elements.ts); languages (and, later, the map) are chunks under dist/chunks/ that it loads only when
//   a page needs them.
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

// Chunks are named for what they hold (chunks/messages-bg.js, chunks/cldr-bg.js): a CDN path carries the
// package's version already, and names without hashes keep the core's table of languages small.
const chunkName = ({facadeModuleId, name}) =>
  facadeModuleId ? `chunks/${facadeModuleId.split('/').at(-2)}-${name}.js` : `chunks/${name}.js`;

// The map's chunk, until <twin-cities-map> imports it on demand: with MAP_CHUNK=1 the build emits it as that
// import will, loaded after the page's file and importing from it what they share, so that `npm run size`
// measures it. Only then: the names the page's file exports to it would cost the core's budget for nothing.
const mapChunk = {
  name: 'map-chunk',
  buildStart() {
    if (process.env.MAP_CHUNK) this.emitFile({type: 'chunk', id: 'src/map/index.ts', implicitlyLoadedAfterOneOf: ['src/elements.ts']});
  },
};

export default [
  {
    input: {'twin-cities': 'src/elements.ts'},
    // Chunks may import from the page's file what they share with it (Lit, the helpers), so the core stays in it.
    preserveEntrySignatures: 'allow-extension',
    plugins: [nodeResolve({exportConditions: ['production']}), compiler(), minifyTemplateLiterals(minifyOptions), terser({ecma: 2022, module: true, format: {comments: false}}), mapChunk],
    output: {dir: 'dist', format: 'es', chunkFileNames: chunkName},
  },
  {
    input: ['src/index.ts', 'src/twin-cities-list.ts', 'src/twin-city-card.ts', 'src/twin-city-badge.ts', 'src/feed/index.ts'],
    external: [/^lit(\/|$)/, /^@lit\//, /^d3-/],
    plugins: [compiler({declaration: true, declarationDir: 'dist', outDir: 'dist'})],
    output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src'},
  },
];
