// Finds the browsers the tests run in, installs Debian's packages for the missing ones when it may,
// then runs the command after `--` with their paths in the environment:
//   node scripts/browser.mjs chromium [firefox] [webkit] -- wtr …
// No test tool may download a browser of its own here, so the system's browsers are the only ones.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {freePort} from './port.mjs';

const ENGINES = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
    packages: ['chromium'],
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    packages: ['firefox-esr'],
  },
  webkit: {
    env: 'MINIBROWSER_PATH',
    paths: ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'],
    packages: ['webkit2gtk-driver', 'xvfb'],
    needs: ['/usr/bin/WebKitWebDriver', '/usr/bin/Xvfb'],
  },
};

const split = process.argv.indexOf('--');
const engines = process.argv.slice(2, split);
const command = process.argv.slice(split + 1);
if (split < 0 || !command.length || engines.some((e) => !ENGINES[e])) {
  fail(`usage: node scripts/browser.mjs ${Object.keys(ENGINES).join('|')}… -- command`);
}

const find = (engine) => {
  const {env, paths, needs = []} = ENGINES[engine];
  const path = [process.env[env], ...paths].find((p) => p && existsSync(p));
  return path && needs.every((p) => existsSync(p)) ? path : undefined;
};

const missing = engines.filter((e) => !find(e));
if (missing.length) {
  const packages = missing.flatMap((e) => ENGINES[e].packages);
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    fail(`No ${missing.join(', ')} found for the browser tests: install it (Debian: apt-get install ${packages.join(' ')})` +
      ` or set ${missing.map((e) => ENGINES[e].env).join(', ')} to its path.`);
  }
  console.log(`No ${missing.join(', ')} found: installing Debian's ${packages.join(', ')} (about two minutes)…`);
  const apt = (...args) => spawnSync('apt-get', args, {stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}}).status === 0;
  if (!apt('update', '-qq') || !apt('install', '-y', '-qq', ...packages) || missing.some((e) => !find(e))) {
    fail(`Installing ${packages.join(' ')} failed; install it by hand (apt-get install ${packages.join(' ')}).`);
  }
}

const env = {...process.env};
for (const engine of engines) env[ENGINES[engine].env] = find(engine);

// WebKitGTK is driven through WebDriver and needs a display: both are started here, for this run only.
const helpers = [];
if (engines.includes('webkit')) {
  if (!env.DISPLAY) {
    const display = `:${90 + (process.pid % 100)}`;
    helpers.push(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {stdio: 'ignore'}));
    env.DISPLAY = display;
  }
  const port = await freePort();
  helpers.push(spawn('WebKitWebDriver', [`--port=${port}`], {stdio: 'ignore', env}));
  env.WEBKIT_DRIVER_PORT = String(port);
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

const child = spawn(command[0], command.slice(1), {stdio: 'inherit', env, shell: process.platform === 'win32'});
const stop = () => helpers.forEach((helper) => helper.kill());
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  stop();
  process.exit(code ?? (signal ? 1 : 0));
});


function fail(message) {
  console.error(message);
  process.exit(1);
}
