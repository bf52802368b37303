// `npm test`: the whole suite in headless Chromium (scripts/browser.mjs finds it and sets CHROME_PATH).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {mediaFeatures} from './test/commands.mjs';
import {exampleBundles} from './test/frameworks/bundle.mjs';
import {frontPlugin} from './test/front.mjs';
import {testServer} from './test/server.mjs';

export const common = {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'}), exampleBundles(), frontPlugin(), mediaFeatures()],
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
      // Each test file's page in a browser context, and so a window, of its own: a page behind another in one
      // window is hidden, and gets no animation frame, resize observation or pointer event at all.
      async createPage({browser}) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => context.close().catch(() => {}));
        return page;
      },
    }),
  ],
};
