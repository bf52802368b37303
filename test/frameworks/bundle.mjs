// A test-server plugin (web-test-runner.config.mjs): `/examples/<framework>/app.bundle.js` is the example app
// `examples/<framework>/app.tsx` (or `.ts`) bundled with its framework by esbuild, as an app's own build would, when
// a test asks for it; React and Vue come from npm as CommonJS or for bundlers, which a browser cannot load as they are.
import {existsSync} from 'node:fs';
import {build} from 'esbuild';

// Vue's build with the template compiler, for the templates the example writes as strings; and the flags Vue's
// bundler builds expect (development: each framework's warnings reach the test's console).
const define = {
  'process.env.NODE_ENV': '"development"',
  __VUE_OPTIONS_API__: 'true',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
};

export function exampleBundles() {
  return {
    name: 'example-bundles',
    async serve({path}) {
      const match = /^\/examples\/([a-z]+)\/app\.bundle\.js$/.exec(path);
      if (!match) return undefined;
      const entry = [`examples/${match[1]}/app.tsx`, `examples/${match[1]}/app.ts`].find((file) => existsSync(file));
      if (!entry) return undefined;
      const {outputFiles} = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        alias: {vue: 'vue/dist/vue.esm-bundler.js'},
        define,
        logLevel: 'silent',
      });
      return {body: outputFiles[0].text, type: 'js'};
    },
  };
}
