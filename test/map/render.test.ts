import {expect, fixtureSync, html} from '@open-wc/testing';
import {loadFeed} from '../../src/feed/load.js';
import type {Feed, Partner} from '../../src/feed/types.js';
import {validateFeed} from '../../src/feed/validate.js';
import {loadLocale, type Locale} from '../../src/i18n/locale.js';
import {accessibleInBothThemes} from '../helpers.js';
import type {TestMap} from './host.js';
import './host.js';

// The map's chunk rendered with Asenovgrad's feed as it ships, a crowded 36-partner feed, and real locales.
const {feed} = await loadFeed('/data/twin-cities.json');
const {feed: crowded} = await loadFeed('/test/fixtures/map/thirty-six.json');
const en = await loadLocale('en');
const bg = await loadLocale('bg');

interface Options {
  width: number;
  height?: number;
  partners?: readonly Partner[];
  locale?: Locale;
  city?: string;
}

async function mapOf(data: Feed, {width, height = Math.round(width * 0.6), partners = data.partners, locale = en, city}: Options) {
  const el = fixtureSync<TestMap>(html`<test-map .feed=${data} .partners=${partners} .locale=${locale} .width=${width}
    .height=${height} city=${city ?? ''}></test-map>`);
  await el.updateComplete;
  return el;
}

const all = (el: TestMap, selector: string) => [...el.shadowRoot!.querySelectorAll<SVGElement>(selector)];
const box = (el: Element) => el.getBoundingClientRect();
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const within = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5;

/** The partner ids each marker stands for: one, or a cluster's. */
const shown = (el: TestMap) => all(el, '[part~=marker]').flatMap((marker) => (marker.dataset.members ?? marker.dataset.id!).split(' '));

/**
 * Where a shape is drawn, in the map's pixels: its geometry without its stroke (Firefox's client rects
 * include a label's halo, the other engines' do not).
 */
function drawn(shape: SVGGraphicsElement): DOMRect {
  const {x, y, width, height} = shape.getBBox();
  const {e, f} = shape.getCTM()!;
  return new DOMRect(x + e, y + f, width, height);
}

/** A marker's dot as a circle, in the map's pixels. */
function circle(dot: SVGGraphicsElement) {
  const {x, y, width} = drawn(dot);
  return {x: x + width / 2, y: y + width / 2, r: width / 2};
}

/** How far a circle's edge is from a rectangle: negative where they overlap. */
function clearance(rect: DOMRect, {x, y, r}: {x: number; y: number; r: number}) {
  return Math.hypot(x - Math.max(rect.left, Math.min(x, rect.right)), y - Math.max(rect.top, Math.min(y, rect.bottom))) - r;
}

/** Asserts that the markers and labels are inside the map, and that no two of them overlap. */
function expectReadable(el: TestMap) {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const canvas = new DOMRect(0, 0, svg.width.baseVal.value, svg.height.baseVal.value);
  const labels = all(el, '[part~=label]') as SVGGraphicsElement[];
  const dots = all(el, '.dot') as SVGGraphicsElement[];
  for (const dot of dots) expect(within(drawn(dot), canvas), `marker ${dot.parentElement!.dataset.key} inside the map`).to.equal(true);
  for (const [i, label] of labels.entries()) {
    expect(within(drawn(label), canvas), `label “${label.textContent}” inside the map`).to.equal(true);
    for (const other of labels.slice(i + 1)) {
      expect(overlap(drawn(label), drawn(other)), `labels “${label.textContent}” and “${other.textContent}” overlap`).to.equal(false);
    }
    for (const dot of dots) {
      expect(clearance(drawn(label), circle(dot)), `label “${label.textContent}” over marker ${dot.parentElement!.dataset.key}`).to.be.above(0);
    }
  }
  for (const [i, dot] of dots.entries()) {
    for (const other of dots.slice(i + 1)) {
      const [a, b] = [circle(dot), circle(other)];
      expect(Math.hypot(a.x - b.x, a.y - b.y), 'two markers overlap').to.be.above(a.r + b.r);
    }
  }
}

describe('map of the shipped feed', () => {
  for (const width of [320, 600, 1200]) {
    it(`at ${width} px: a marker for each of the nine partners, an arc to each, all inside and readable`, async () => {
      const el = await mapOf(feed, {width});
      const svg = el.shadowRoot!.querySelector('svg')!;
      expect(box(svg).width).to.equal(width);
      expect(shown(el).sort()).to.deep.equal(feed.partners.map((partner) => partner.id).sort());
      expect(all(el, '[part~=arc]').map((arc) => arc.dataset.id).sort()).to.deep.equal(feed.partners.map(({id}) => id).sort());
      for (const arc of all(el, '[part~=arc]')) expect(arc.getAttribute('d'), `arc to ${arc.dataset.id}`).to.match(/^M[\d.-]+,[\d.-]+L/);
      expect(all(el, '[part~=home]')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part~=land]')!.getAttribute('d')!.length).to.be.above(1000);
      expectReadable(el);
      // The labels are the partners' names (or a cluster's first name and how many more), at least Denpasar's, far from the rest.
      expect(all(el, '[part~=label]').map((label) => label.textContent)).to.include('Denpasar');
    });
  }

  it('spreads the partners when there is room: at 1200 px most have a marker and a label of their own', async () => {
    const el = await mapOf(feed, {width: 1200, height: 800});
    const singles = all(el, '[part~=marker]:not([part~=cluster])');
    expect(singles.length).to.be.at.least(4);
    expect(all(el, '[part~=label]').length).to.be.at.least(5);
  });

  it('fits one region tightly: with the Greek partners only, they and the home town spread over the map', async () => {
    const greek = feed.partners.filter((partner) => partner.country === 'GR');
    const el = await mapOf(feed, {width: 600, partners: greek});
    expect(shown(el).sort()).to.deep.equal(['kilkis', 'naousa']);
    expect(all(el, '[part~=arc]')).to.have.length(2);
    const points = [...all(el, '.dot'), el.shadowRoot!.querySelector('[part~=home]')!].map(box);
    const spread = Math.max(...points.map((p) => p.right)) - Math.min(...points.map((p) => p.left));
    // Home to Naousa is about 250 km: across a sixth of the map at least, where a map of all nine shows them as one cluster.
    expect(spread).to.be.above(100);
    expect(all(el, '[part~=label]').map((label) => label.textContent).sort()).to.deep.equal(['Asenovgrad', 'Kilkis', 'Naousa']);
    expectReadable(el);
  });

  it('lists partners without a location under the map, and draws the others', async () => {
    const json = structuredClone(await (await fetch('/data/twin-cities.json')).json());
    delete json.partners.find((partner: {id: string}) => partner.id === 'prilep').location;
    const {feed: partial} = validateFeed(json);
    const el = await mapOf(partial, {width: 600});
    expect(shown(el)).to.not.include('prilep');
    expect(shown(el)).to.have.length(8);
    const list = el.shadowRoot!.querySelector('[part~=unlocated]')!;
    expect(el.shadowRoot!.querySelector('[part~=unlocated-heading]')!.textContent).to.equal('Not on the map');
    expect(list.textContent).to.contain('Prilep');
    expect(list.querySelector('a')!.getAttribute('href')).to.equal(partial.partners.find(({id}) => id === 'prilep')!.url);
  });

  it('names each marker in the widget’s language: English and Bulgarian', async () => {
    const el = await mapOf(feed, {width: 1200, height: 800, partners: feed.partners.filter(({id}) => id === 'kocaeli')});
    expect(all(el, '[part~=marker]')[0]!.getAttribute('aria-label')).to.equal(`Kocaeli, ${en.country('TR')}, Twin city since ${en.date('2023-05-23')}`);
    const inBulgarian = await mapOf(feed, {width: 1200, height: 800, locale: bg, partners: feed.partners.filter(({id}) => id === 'kocaeli')});
    const name = all(inBulgarian, '[part~=marker]')[0]!.getAttribute('aria-label')!;
    expect(name).to.match(new RegExp(`^Коджаели, ${bg.country('TR')}, `));
    expect(name).to.contain(bg.date('2023-05-23'));
    expect(name).to.contain(bg.t.relation.twin);
  });

  it('names a cluster by how many partners it holds and which', async () => {
    const el = await mapOf(feed, {width: 320});
    const clusters = all(el, '[part~=cluster]');
    expect(clusters.length).to.be.at.least(1);
    const [first] = clusters;
    const members = first!.dataset.members!.split(' ');
    expect(first!.getAttribute('role')).to.equal('button');
    expect(first!.getAttribute('aria-label')).to.match(new RegExp(`^${members.length} twin cities: `));
    for (const id of members) expect(first!.getAttribute('aria-label')).to.contain(en.text(feed.partners.find((p) => p.id === id)!.name));
  });

  it('has a title and a description, and lists every partner on the map for screen readers', async () => {
    const el = await mapOf(feed, {width: 600});
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.querySelector('title')!.textContent).to.equal('Twin cities of Asenovgrad');
    expect(svg.querySelector('desc')!.textContent).to.equal('A map of Asenovgrad and its 9 twin cities, each joined to Asenovgrad by a line.');
    const items = [...el.shadowRoot!.querySelectorAll('.visually-hidden li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(9);
    expect(items.find((item) => item.startsWith('Kocaeli'))).to.equal(`Kocaeli, ${en.country('TR')}, Twin city since ${en.date('2023-05-23')}`);
  });

  it('highlights the partner given as `city`: its marker and its arc', async () => {
    const el = await mapOf(feed, {width: 1200, height: 800, city: 'denpasar'});
    expect(all(el, '[part~=arc][part~=highlight]').map((arc) => arc.dataset.id)).to.deep.equal(['denpasar']);
    expect(all(el, '[part~=marker][part~=highlight]').map((marker) => marker.dataset.key)).to.deep.equal(['denpasar']);
  });

  it('is accessible in both schemes, at 320 and 1200 px', async () => {
    for (const width of [320, 1200]) await accessibleInBothThemes(await mapOf(feed, {width}));
  });
});

describe('map of 36 partners on five continents', () => {
  for (const width of [320, 600, 1200]) {
    it(`at ${width} px: every partner on the map, no label over another, clusters where they crowd`, async () => {
      const el = await mapOf(crowded, {width});
      expect(shown(el).sort()).to.deep.equal(crowded.partners.map(({id}) => id).sort());
      expect(all(el, '[part~=arc]')).to.have.length(36);
      expect(all(el, '[part~=cluster]').length).to.be.at.least(1);
      expectReadable(el);
    });
  }

  it('shows the far partners on their own at 1200 px: Havana, Okayama, São Paulo', async () => {
    const el = await mapOf(crowded, {width: 1200, height: 640});
    const singles = all(el, '[part~=marker]:not([part~=cluster])').map((marker) => marker.dataset.id);
    expect(singles).to.include.members(['havana', 'okayama', 'sao-paulo']);
    expect(all(el, '[part~=label]').map((label) => label.textContent)).to.include.members(['Havana', 'Okayama', 'São Paulo']);
  });

  it('is accessible', async () => {
    await accessibleInBothThemes(await mapOf(crowded, {width: 600}));
  });
});
