// `npm run test:browsers`: the same suite in Blink, Gecko and WebKit, with the system's browsers
// (scripts/browser.mjs sets CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH and WEBKIT_DRIVER_PORT).
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import config, {common} from './web-test-runner.config.mjs';

export default {
  ...common,
  // WebKitGTK's WebDriver drives one session at a time.
  concurrency: 1,
  browsers: [
    ...config.browsers,
    puppeteerLauncher({
      launchOptions: {browser: 'firefox', executablePath: process.env.FIREFOX_PATH, headless: true},
    }),
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT),
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: process.env.MINIBROWSER_PATH, args: ['--automation']},
      },
    }),
  ],
};
