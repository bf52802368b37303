// End to end, as a municipality would use it: a real WordPress with the plugin installed from the built zip, an
// Author (filtered: no `unfiltered_html`) who publishes a post through the REST API, as the editor does, with the
// shortcode and a pasted <twin-cities-list>, and the published page in headless Chromium.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, it} from 'node:test';
import {chromium} from 'playwright-core';
import {path, startSite} from './wordpress.mjs';

const feed = JSON.parse(readFileSync(path('data/twin-cities.json'), 'utf8'));
const partners = feed.partners.map((p) => p.id).sort();

let site;
let browser;
before(async () => {
  site = await startSite();
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
  await site?.stop();
});

it('shows the widgets of an Author\'s post, with the bundle loaded once and nothing from outside', async () => {
  const pasted = '<twin-cities-list lang="bg" sort="name"><a href="https://www.asenovgrad.bg/bg/pobratimeni-gradove">Побратимени градове</a></twin-cities-list>';
  const post = await site.rest('author', '/wp/v2/posts', {method: 'POST', params: {context: 'edit'}, body: {
    title: 'Twin cities',
    status: 'publish',
    content: `[twin_cities widget="list" layout="grid" lang="en"]\n\n${pasted}\n\n<script>window.pasted = true;</script>`,
  }});
  assert.doesNotMatch(post.content.raw, /<script/, 'the Author\'s post went through the filter');
  assert.ok(post.content.raw.includes(pasted), 'and the pasted element was kept');

  const page = await browser.newPage();
  const requests = [];
  const failures = [];
  const errors = [];
  page.context().on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => response.status() >= 400 && failures.push(`${response.status()} ${response.url()}`));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(post.link);

  const widgets = page.locator('twin-cities-list');
  assert.equal(await widgets.count(), 2);
  for (const [index, label] of [[0, 'Twin cities of Asenovgrad'], [1, 'Побратимени градове на Асеновград']]) {
    const list = widgets.nth(index).locator(`[part~=list][aria-label="${label}"]`);
    await list.locator('[part~=item]').nth(partners.length - 1).waitFor({timeout: 15000});
    const shown = await list.locator('[part~=item]').evaluateAll((items) => items.map((item) => item.dataset.id));
    assert.deepEqual(shown.sort(), partners, `widget ${index + 1} shows every partner`);
  }
  assert.equal(await widgets.nth(0).locator('[part~=card]').count(), partners.length, 'the shortcode\'s layout="grid"');
  assert.equal(await page.evaluate(() => window.pasted), undefined, 'the pasted script did not run');

  const plugin = `${site.url}/wp-content/plugins/twin-cities-widgets/`;
  assert.deepEqual(requests.filter((url) => new URL(url).pathname.endsWith('/twin-cities.js')), [`${plugin}dist/twin-cities.js`], 'the bundle once, by its plain address');
  assert.deepEqual(requests.filter((url) => url.endsWith('.json')), [`${plugin}data/twin-cities.json`], 'the feed once, from the plugin');
  assert.ok(requests.some((url) => url.startsWith(`${plugin}data/flags/`)), 'the flags from the plugin');
  assert.deepEqual(requests.filter((url) => !url.startsWith(`${site.url}/`)), [], 'no request outside the site');
  assert.deepEqual(failures, []);
  assert.deepEqual(errors, []);
  await page.close();
});
