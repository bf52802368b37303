// End to end, as a municipality would use it: a real WordPress with the plugin installed from the built zip, an
// Author (filtered: no `unfiltered_html`) who publishes a post through the REST API, as the editor does, with the
// shortcode and a pasted <twin-cities-list>, and the published page in headless Chromium; then the same Author
// in the block editor, with the block's sidebar and its live preview.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, it} from 'node:test';
import {chromium} from 'playwright-core';
import {path, startSite, until} from './wordpress.mjs';

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

it('lets an Author choose the block\'s widget and options in the sidebar, with a live preview, and publish it', async () => {
  // The Author closed the editor's welcome guide on an earlier visit (the editor keeps that in the user's meta).
  await site.rest('author', '/wp/v2/users/me', {method: 'POST', body: {meta: {persisted_preferences: {
    'core/edit-post': {welcomeGuide: false}, '_modified': new Date().toISOString()}}}});
  const context = await browser.newContext({viewport: {width: 1400, height: 1000}});
  const page = await context.newPage();
  const errors = [];
  const bundles = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  context.on('request', (request) => new URL(request.url()).pathname.endsWith('/twin-cities.js') && bundles.push(request.url()));
  await page.goto(`${site.url}/wp-login.php`);
  await page.fill('#user_login', 'author');
  await page.fill('#user_pass', 'author-password');
  await page.click('#wp-submit');
  await page.waitForURL(/wp-admin/);
  await page.goto(`${site.url}/wp-admin/post-new.php`);

  await page.getByRole('button', {name: 'Toggle block inserter'}).click();
  await page.getByPlaceholder('Search').fill('twin towns');
  await page.getByRole('option', {name: 'Twin cities'}).click();
  const block = page.locator('.wp-block-twin-cities-widgets-twin-cities');
  await block.locator('twin-cities-list [part~=item]').nth(partners.length - 1).waitFor({timeout: 15000});

  const settings = page.getByRole('button', {name: 'Settings', exact: true});
  if (await settings.getAttribute('aria-pressed') !== 'true') await settings.click();
  await page.locator('.edit-post-sidebar__panel-tab', {hasText: 'Block'}).click();
  await page.getByLabel('Layout').selectOption('compact');
  await block.locator('twin-cities-list[layout="compact"] [part~=item]').nth(partners.length - 1).waitFor();
  await page.getByLabel('Src').fill('ftp://example.test/twin-cities.json');
  await until(async () => /src="ftp:\/\/example\.test\/twin-cities\.json" was left out/.test(await block.locator('.twin-cities-note').innerText()),
    'the preview shows the note about the bad src');
  await page.getByLabel('Src').fill('');
  await page.getByLabel('Widget', {exact: true}).selectOption('card');
  await page.getByLabel('City').fill('naousa');
  await block.locator('twin-city-card[city="naousa"] [part~=card]').waitFor();
  assert.equal(await block.locator('.twin-cities-note').count(), 0);
  assert.deepEqual(bundles, [`${site.url}/wp-content/plugins/twin-cities-widgets/dist/twin-cities.js`], 'the editor loaded the bundle once');

  await page.getByRole('button', {name: 'Publish', exact: true}).click();
  await page.locator('.editor-post-publish-panel').getByRole('button', {name: 'Publish', exact: true}).click();
  await page.locator('.post-publish-panel__postpublish').waitFor();
  const id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
  const post = await site.rest('author', `/wp/v2/posts/${id}`, {params: {context: 'edit'}});
  assert.equal(post.content.raw, '<!-- wp:twin-cities-widgets/twin-cities {"widget":"card","city":"naousa"} /-->',
    'the layout, which a card does not have, and the emptied src are not saved');
  assert.deepEqual(errors, []);
  await context.close();

  const visitor = await browser.newPage();
  await visitor.goto(post.link);
  await visitor.locator('twin-city-card[city="naousa"] [part~=card]').waitFor();
  await visitor.close();
});

