// Long lists: what a visitor sees of a list of 10,000 entries, in every layout. Only the entries near the
// viewport are in the DOM, yet every entry is there for whoever scrolls, tabs, searches, sorts or prints,
// and assistive technology hears one list of 10,000. Lists of 9 and 100 are plain lists, as before.
import {aTimeout, expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../src/define/twin-cities-list.js';
import type {TwinCitiesList} from '../src/twin-cities-list.js';
import {scrollPage, settled} from './helpers.js';

const COUNTRIES = ['GR', 'TR', 'MK', 'RS', 'RU', 'RO', 'DE', 'FR', 'IT', 'ES'];
const HOME = {id: 'asenovgrad', name: {bg: 'Асеновград', en: 'Asenovgrad'}, country: 'BG', languages: ['bg']};

/**
 * A feed of `count` partners, the same at every run: "Town 0" to "Town N", ten countries in turn, dates over
 * 75 years, every fourth without a site (so without a link), every seventh with a former name (a taller row).
 */
function feedOf(count: number) {
  return {
    version: 1,
    home: HOME,
    partners: Array.from({length: count}, (_, i) => ({
      id: `town-${i}`, name: {en: `Town ${i}`, bg: `Град ${i}`}, country: COUNTRIES[i % 10]!,
      relation: i % 3 ? 'twin' : 'cooperation', since: `${1950 + (i % 75)}-0${1 + (i % 9)}`,
      ...(i % 4 === 3 ? {} : {url: `https://town-${i}.example`}),
      ...(i % 7 === 0 ? {formerName: `Old Town ${i}`} : {}),
    })),
  };
}
const LONG = feedOf(10_000);

type Attributes = Record<string, string | boolean>;

/** A list of `feed` on the page, 640 px wide, with a button after it (where the keyboard goes next). */
async function mount(feed: unknown, attributes: Attributes = {}) {
  const container = fixtureSync<HTMLDivElement>(html`<div style="width: 640px"><twin-cities-list lang="en"></twin-cities-list><button>after</button></div>`);
  const el = container.querySelector('twin-cities-list')!;
  for (const [name, value] of Object.entries(attributes)) if (value !== false) el.setAttribute(name, value === true ? '' : value);
  el.feed = feed;
  await settled(el, 20_000);
  return el;
}

/** A long list, once its entries near the viewport are shown. */
async function long(attributes: Attributes = {}) {
  const el = await mount(LONG, attributes);
  await shown(el);
  return el;
}

/**
 * Waits until the entries the virtualizer places have been measured and placed: it does so in tasks after
 * the frames that show them. (Not by animation frames: a page the runner keeps in the background has none.)
 */
async function shown(el: TwinCitiesList) {
  await waitUntil(() => $$(el, '[part~=item]').length > 0, 'no entry shown', {timeout: 10_000});
  await settle();
}
const settle = () => aTimeout(150);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: Element) => $$(el, '[part~=item]');
/** The entries in the DOM, in DOM order, as their position in the list. */
const positions = (el: Element) => items(el).map((item) => Number(item.getAttribute('aria-posinset')));
const nameOf = (item: Element) => text(item.querySelector('[part~=name]')?.firstElementChild);
/** Every node of the shadow root: elements, text, comments. */
function nodes(el: Element) {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}
/** The entry that has the focus, by its partner's id, or `nothing`. */
const focusedId = (el: Element) => el.shadowRoot!.activeElement?.closest('[data-id]')?.getAttribute('data-id') ?? 'nothing';
/** Whether `node` is inside the viewport, at least in part. */
const inView = (node: Element) => {
  const {top, bottom} = node.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
};

/** Scrolls to the end of the page until it is the end, as a visitor does: the list's height is estimated until its entries are measured. */
async function toTheEnd(el: Element) {
  await waitUntil(() => (scrollPage(document.documentElement.scrollHeight), positions(el).includes(10_000)), 'the 10,000th entry never came',
    {timeout: 10_000, interval: 100});
}

/** Shift+Tab; a test that needs it is skipped where the driver cannot hold a key down (WebKit's WebDriver). */
async function shiftTab(test: Mocha.Context) {
  try {
    await sendKeys({down: 'Shift'});
  } catch (error) {
    if (/supported/.test(String(error))) test.skip();
    throw error;
  }
  await sendKeys({press: 'Tab'});
  await sendKeys({up: 'Shift'});
}

afterEach(() => scrollPage(0));

describe('long lists: short ones stay plain lists', () => {
  for (const count of [9, 100]) {
    it(`${count} partners: every entry in the DOM in one plain list, without the long list's chunk`, async () => {
      const el = await mount(feedOf(count));
      expect(items(el)).to.have.length(count);
      expect($(el, '.long') === null, 'a long list').to.equal(true);
      const list = $(el, '[part~=list]')!;
      expect(list.localName).to.equal('ul');
      expect(items(el).every((item) => item.parentElement === list), 'items are the list’s children').to.equal(true);
      expect(items(el).some((item) => item.hasAttribute('aria-posinset')), 'aria-posinset on a plain list').to.equal(false);
      expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/long-list')), 'the chunk loaded')
        .to.equal(count > 200);
      await expect(el).to.be.accessible();
    });
  }

  // What the browser draws: a row it skips (content-visibility) is not visible to `checkVisibility`.
  const drawn = (item: Element) => item.querySelector('[part~=country]')!.checkVisibility({contentVisibilityAuto: true});

  it('100 partners: the rows below the screen are drawn once scrolled to', async () => {
    const el = await mount(feedOf(100));
    const last = items(el).at(-1)!;
    expect([drawn(items(el)[0]!), drawn(last)], 'the first row, the last row').to.deep.equal([true, false]);
    last.scrollIntoView();
    await waitUntil(() => drawn(last), 'the last row was not drawn once scrolled to', {timeout: 5000});
  });

  it('100 partners: printing draws every row', async function () {
    const el = await mount(feedOf(100));
    // Firefox's and WebKit's drivers here cannot emulate print media.
    if (!(await emulateMedia({media: 'print'}).then(() => true, () => false))) this.skip();
    try {
      await waitUntil(() => items(el).every(drawn), 'a row not drawn when printing', {timeout: 5000});
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });
});

describe('long lists: 10,000 partners', function () {
  // Each test makes a list of 10,000 (validated once: the feed is one object); on a busy machine that is seconds.
  this.timeout(30_000);

  for (const layout of ['list', 'grid', 'compact', 'timeline']) {
    it(`layout="${layout}": a few entries in the DOM, each with its position of 10,000 (or of its year), the first at the top`, async () => {
      const el = await long({layout});
      const shownItems = items(el);
      expect(shownItems.length, 'entries in the DOM').to.be.within(1, 800);
      // A list row is about 4 em, a card 15 em: the entries in the DOM fill more than the viewport, not the page.
      expect(nodes(el), 'nodes in the shadow root').to.be.below(layout === 'compact' ? 8000 : 3000);
      const first = shownItems[0]!;
      expect(inView(first), 'the first entry in view').to.equal(true);
      expect(first.getAttribute('aria-posinset')).to.equal('1');
      if (layout === 'timeline') {
        // Oldest first: 1950's 134 partners under its heading, then 1951's.
        expect(first.getAttribute('aria-setsize')).to.equal('134');
        expect(text($(el, '[part~=year]'))).to.equal('1950');
      } else {
        expect(shownItems.every((item) => item.getAttribute('aria-setsize') === '10000'), 'aria-setsize="10000" on every item').to.equal(true);
      }
      // Consecutive positions, in order, as the DOM has them.
      const at = positions(el);
      expect(at.every((position, index) => index === 0 || position === at[index - 1]! + 1 || position === 1), at.join(' ')).to.equal(true);
      // The page is as tall as every entry, so the page's own scrollbar reaches them.
      expect(el.getBoundingClientRect().height, 'the list’s height').to.be.above(layout === 'compact' ? 10_000 : 100_000);
    });
  }

  it('the list is named and says how many entries it has; each entry is a list item of it', async () => {
    const el = await long();
    const list = $(el, '[part~=list]')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('Twin cities of Asenovgrad');
    for (const item of items(el)) expect(item.closest('[role=list]') === list, 'an item outside the list').to.equal(true);
    expect(items(el)[0]!.getAttribute('aria-setsize')).to.equal('10000');
  });

  it('the grid: a row of as many cards as its columns, in order; a narrower list, fewer columns', async () => {
    const el = await long({layout: 'grid'});
    const cards = items(el).slice(0, 6);
    const top = (card: HTMLElement) => Math.round(card.getBoundingClientRect().top);
    const columns = getComputedStyle(cards[0]!.parentElement!).gridTemplateColumns.split(' ').length;
    expect(columns, 'columns at 640 px').to.equal(2);
    expect(cards.map(top)).to.deep.equal([top(cards[0]!), top(cards[0]!), top(cards[2]!), top(cards[2]!), top(cards[4]!), top(cards[4]!)]);
    expect(top(cards[2]!)).to.be.above(top(cards[0]!));
    el.parentElement!.style.width = '300px';
    await waitUntil(() => {
      const [a, b] = items(el);
      return a && b && top(b) > top(a);
    }, 'one card a row at 300 px', {timeout: 5000});
    expect(positions(el).slice(0, 3)).to.deep.equal([1, 2, 3]);
  });

  it('scrolling the page to its end shows the last entry, and nothing overlaps what follows the list', async () => {
    const el = await long();
    const after = el.nextElementSibling!;
    await toTheEnd(el);
    await settle();
    scrollPage(document.documentElement.scrollHeight);
    await settle();
    const last = items(el).find((item) => item.getAttribute('aria-posinset') === '10000')!;
    expect(inView(last), 'the last entry in view').to.equal(true);
    // Oldest of all, by date: the list is newest first.
    expect(nameOf(last)).to.match(/^Town \d+$/);
    expect(last.getBoundingClientRect().bottom).to.be.at.most(after.getBoundingClientRect().top + 1);
  });

  it('Tab and Shift+Tab go from entry to entry in order, bringing the next one into view past the ones in the DOM', async function () {
    const el = await long();
    const linked = LONG.partners.filter((partner) => partner.url);
    // The last link in the DOM, focused without scrolling to it: the next entry's is not in the DOM yet.
    const links = $$(el, '[part~=item] a[href]');
    const last = links.at(-1)!;
    last.focus({preventScroll: true});
    const from = last.closest('[data-id]')!.getAttribute('data-id')!;
    await sendKeys({press: 'Tab'});
    await waitUntil(() => focusedId(el) !== from, `Tab from ${from} went nowhere`, {timeout: 5000});
    const next = focusedId(el);
    const nextItem = $(el, `[data-id="${next}"]`)!;
    expect(Number(nextItem.getAttribute('aria-posinset'))).to.be.above(Number(last.closest('[data-id]')!.getAttribute('aria-posinset')));
    expect(inView(nextItem), 'the entry Tab went to is in view').to.equal(true);
    // Every linked entry in between is skipped by none: the next linked one in the list's order.
    const shownOrder = byDateNewestFirst(linked);
    expect(shownOrder.indexOf(next)).to.equal(shownOrder.indexOf(from) + 1);
    // And back.
    await shiftTab(this);
    await waitUntil(() => focusedId(el) === from, `Shift+Tab from ${next} did not go back to ${from}, but to ${focusedId(el)}`, {timeout: 5000});
  });

  it('Shift+Tab from the first link in the DOM, further down the list, goes to the entry before it', async function () {
    const el = await long();
    scrollPage(el.getBoundingClientRect().top + scrollY + 200_000);
    await waitUntil(() => positions(el)[0]! > 1000, 'the list did not follow the scroll', {timeout: 10_000});
    await settle();
    const first = $$(el, '[part~=item] a[href]')[0]!;
    first.focus({preventScroll: true});
    const from = first.closest('[data-id]')!.getAttribute('data-id')!;
    await shiftTab(this);
    await waitUntil(() => focusedId(el) !== from, `Shift+Tab from ${from} went nowhere`, {timeout: 5000});
    const shownOrder = byDateNewestFirst(LONG.partners.filter((partner) => partner.url));
    expect(shownOrder.indexOf(focusedId(el))).to.equal(shownOrder.indexOf(from) - 1);
    expect(inView($(el, `[data-id="${focusedId(el)}"]`)!), 'in view').to.equal(true);
  });

  it('Tab from the last entry’s link leaves the list for what follows it', async () => {
    const el = await long({sort: '-date'});
    await toTheEnd(el);
    await settle();
    const links = $$(el, '[part~=item] a[href]');
    links.at(-1)!.focus();
    await sendKeys({press: 'Tab'});
    await aTimeout(100);
    expect(document.activeElement?.localName, 'focused after the last link').to.equal('button');
  });

  it('the search finds among all 10,000, says how many, and a query cleared shows them all again', async () => {
    const el = await long({searchable: true});
    const input = $(el, 'input[part~=search]') as HTMLInputElement;
    input.focus();
    await sendKeys({type: 'Town 123'});
    await el.updateComplete;
    await settle();
    // Town 123 and 1230–1239: few enough for a plain list.
    expect(text($(el, '[part~=count]'))).to.equal('11 twin cities');
    expect(items(el)).to.have.length(11);
    expect(items(el).every((item) => /^Town 123/.test(nameOf(item))), 'only matches').to.equal(true);
    await sendKeys({press: 'Backspace'});
    await el.updateComplete;
    await shown(el);
    // Town 12, 120–129 and 1200–1299: a long list again.
    expect(text($(el, '[part~=count]'))).to.equal('111 twin cities');
    expect(items(el)[0]!.getAttribute('aria-setsize')).to.equal('111');
    expect(items(el).every((item) => /^Town 12/.test(nameOf(item))), 'only matches').to.equal(true);
    input.select();
    await sendKeys({press: 'Backspace'});
    await el.updateComplete;
    await shown(el);
    expect(text($(el, '[part~=count]'))).to.equal('10,000 twin cities');
    expect(items(el)[0]!.getAttribute('aria-setsize')).to.equal('10000');
  });

  it('a change of sort orders all 10,000: by name, then by country and name', async () => {
    const el = await long();
    const collator = new Intl.Collator('en');
    el.sort = 'name';
    await el.updateComplete;
    await shown(el);
    const names = items(el).map(nameOf);
    const first = LONG.partners.map((partner) => partner.name.en).reduce((a, b) => (collator.compare(a, b) <= 0 ? a : b));
    expect(names[0]).to.equal(first);
    expect(names.every((name, index) => index === 0 || collator.compare(names[index - 1]!, name) <= 0), names.join(', ')).to.equal(true);
    el.sort = 'country';
    await el.updateComplete;
    await shown(el);
    // France comes first in English; its towns by name.
    const countries = items(el).map((item) => text(item.querySelector('[part~=country]')));
    expect(countries[0]).to.equal('France');
    const french = items(el).filter((_, index) => countries[index] === 'France').map(nameOf);
    expect(french.every((name, index) => index === 0 || collator.compare(french[index - 1]!, name) <= 0), french.join(', ')).to.equal(true);
  });

  it('sorted by name, one country\'s entries and then all of them are each in the order of their names', async () => {
    const el = await long({country: 'FR', sort: 'name'});
    const collator = new Intl.Collator('en');
    const first = (country?: string) => LONG.partners.filter((partner) => !country || partner.country === country)
      .map((partner) => partner.name.en).reduce((a, b) => (collator.compare(a, b) <= 0 ? a : b));
    const inOrder = (names: string[]) => names.every((name, index) => index === 0 || collator.compare(names[index - 1]!, name) <= 0);
    let names = items(el).map(nameOf);
    expect(items(el).every((item) => text(item.querySelector('[part~=country]')) === 'France'), 'only France').to.equal(true);
    expect([names[0], inOrder(names)]).to.deep.equal([first('FR'), true]);
    el.removeAttribute('country');
    await el.updateComplete;
    await shown(el);
    names = items(el).map(nameOf);
    expect([names[0], inOrder(names), items(el)[0]!.getAttribute('aria-setsize')]).to.deep.equal([first(), true, '10000']);
  });

  it('printing shows every entry, as a plain list, and the long list comes back afterwards', async function () {
    this.timeout(60_000);
    const el = await long();
    // Chromium's and Firefox's drivers can emulate print media, which a page hears as a change of `matchMedia('print')`;
    // WebKit's cannot, and a page the runner keeps in the background hears no change (it renders nothing): they get the
    // events a browser fires around printing.
    const emulated = await emulateMedia({media: 'print'}).then(() => true, () => false);
    const events = !emulated || document.hidden;
    if (events) dispatchEvent(new Event('beforeprint'));
    try {
      await waitUntil(() => items(el).length === 10_000, `${items(el).length} entries while printing`, {timeout: 30_000, interval: 50});
      await el.updateComplete;
      expect($(el, '.long') === null, 'still a long list').to.equal(true);
      const all = items(el);
      expect(all.every((item) => getComputedStyle(item).position !== 'absolute'), 'entries in the flow').to.equal(true);
      const [a, b] = [all[0]!.getBoundingClientRect(), all.at(-1)!.getBoundingClientRect()];
      expect(b.top, 'the last entry below the first').to.be.above(a.bottom);
    } finally {
      if (emulated) await emulateMedia({media: 'screen'});
      if (events) dispatchEvent(new Event('afterprint'));
    }
    await waitUntil(() => $(el, '.long [part~=item]'), 'the long list did not come back', {timeout: 20_000});
    expect(items(el).length).to.be.below(800);
  });

  it('axe finds nothing in a long list, in every layout', async function () {
    this.timeout(60_000);
    for (const layout of ['list', 'grid', 'compact', 'timeline']) {
      const el = await long({layout, searchable: true});
      await expect(el).to.be.accessible();
      el.parentElement!.remove();
    }
  });
});

/** The ids of these partners in the list's default order: newest first, and in feed order for equal dates. */
function byDateNewestFirst(partners: readonly {id: string; since: string}[]) {
  return [...partners].sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : 0)).map((partner) => partner.id);
}
