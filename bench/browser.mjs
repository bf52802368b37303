// Headless Chromium for the benchmark: the system's browser (CHROME_PATH, or Debian's), one fresh browser
// context per sample (an empty HTTP cache, no code cache), the probe in every document, and throttling
// through the DevTools protocol.
import {readFileSync} from 'node:fs';
import {chromium} from 'playwright-core';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

/** DevTools' "Fast 3G" (also called "Slow 4G" since Chrome 119): ~1.6 Mbps down, 0.75 Mbps up, 150 ms RTT, with its factors. */
export const FAST_3G = {offline: false, latency: 150 * 3.75, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9};

/** A mid-range phone, as DevTools and Lighthouse emulate one: 4× CPU slowdown and Fast 3G. */
export const PHONE = {cpu: 4, network: FAST_3G};

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 60_000,
    // The benchmark closes it itself, on a signal too, after its own cleanup.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
}

/**
 * Runs `measure({page, cdp})` in a new context whose documents all get the probe with `spec`, under
 * `throttle` ({cpu, network}) from the first navigation on; the context is closed whatever happens.
 * With `throttle`, the server's blank page is loaded first, so that the renderer throttled is the one
 * the measured page then uses (same site, same process).
 */
export async function sample(browser, {origin, spec, viewport = {width: 1280, height: 900}, throttle, timeout = 60_000}, measure) {
  const context = await browser.newContext({viewport, deviceScaleFactor: 1});
  try {
    context.setDefaultTimeout(timeout);
    const page = await context.newPage();
    await page.addInitScript({content: `window.__benchSpec = ${JSON.stringify(spec ?? {roots: []})};\n${PROBE}`});
    const cdp = await context.newCDPSession(page);
    if (throttle) {
      await page.goto(`${origin}/bench/blank.html`);
      await applyThrottle(cdp, throttle);
    }
    return await withTimeout(measure({page, cdp}), timeout);
  } finally {
    await context.close().catch(() => {});
  }
}

export async function applyThrottle(cdp, {cpu = 1, network}) {
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpu});
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${ms / 1000} s`)), ms);
  })]).finally(() => clearTimeout(timer));
}
