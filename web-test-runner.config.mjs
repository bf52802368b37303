// `npm test`: the whole suite in headless Chromium (scripts/browser.mjs finds it and sets CHROME_PATH).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {exampleBundles} from './test/frameworks/bundle.mjs';
import {frontPlugin} from './test/front.mjs';
import {testServer} from './test/server.mjs';

export const common = {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'}), exampleBundles(), frontPlugin()],
  middleware: [testServer],
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 5 * 60 * 1000,
};

export default {
  ...common,
  concurrency: 2,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH,
        // No network beyond this machine; and test pages that are not in front must not be throttled
        // (requestAnimationFrame stops in a hidden page, and fixtures wait for it).
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
      },
    }),
  ],
};
