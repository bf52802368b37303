import {expect} from '@open-wc/testing';
import {loadLocale} from '../../src/i18n/locale.js';
import type {TwinCitiesMap} from '../../src/twin-cities-map.js';
import {accessibleInBothThemes} from '../helpers.js';
import {all, markers, mountMap, shippedJson, shown, text} from './mount.js';

// What the map draws (src/map/render.ts, layout.ts, labels.ts), in the element: Asenovgrad's feed as it
// ships, a crowded 36-partner feed, one region, partners without a location, names in two languages.
const CROWDED = '/test/fixtures/map/thirty-six.json';
const en = await loadLocale('en');
const bg = await loadLocale('bg');
const shipped = await shippedJson();
const partnerIds = (json: {partners: {id: string}[]}) => json.partners.map(({id}) => id).sort();

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const within = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5;

/**
 * Where a shape is drawn, in the map's own coordinates: its geometry without its stroke (Firefox's client
 * rects include a label's halo, the other engines' do not).
 */
function drawn(shape: SVGGraphicsElement): DOMRect {
  const svg = shape.ownerSVGElement!;
  const {a, d, e, f} = svg.getScreenCTM()!.inverse().multiply(shape.getScreenCTM()!);
  const {x, y, width, height} = shape.getBBox();
  return new DOMRect(a * x + e, d * y + f, a * width, d * height);
}

/** A marker's dot as a circle, in the map's coordinates. */
function circle(dot: SVGGraphicsElement) {
  const {x, y, width} = drawn(dot);
  return {x: x + width / 2, y: y + width / 2, r: width / 2};
}

/** How far a circle's edge is from a rectangle: negative where they overlap. */
function clearance(rect: DOMRect, {x, y, r}: {x: number; y: number; r: number}) {
  return Math.hypot(x - Math.max(rect.left, Math.min(x, rect.right)), y - Math.max(rect.top, Math.min(y, rect.bottom))) - r;
}

/** Asserts that the markers and labels are inside the map, that no two of them overlap, and that each label is nearest its own marker. */
function expectReadable(el: TwinCitiesMap) {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const {width, height} = svg.viewBox.baseVal;
  const canvas = new DOMRect(0, 0, width, height);
  const labels = all<SVGGraphicsElement>(el, '[part~=label]');
  const dots = all<SVGGraphicsElement>(el, '.dot');
  const home = el.shadowRoot!.querySelector<SVGGraphicsElement>('[part~=home]');
  for (const dot of dots) expect(within(drawn(dot), canvas), `marker ${dot.parentElement!.dataset.key} inside the map`).to.equal(true);
  for (const [i, label] of labels.entries()) {
    const rect = drawn(label);
    expect(within(rect, canvas), `label “${label.textContent}” inside the map`).to.equal(true);
    for (const other of labels.slice(i + 1)) {
      expect(overlap(rect, drawn(other)), `labels “${label.textContent}” and “${other.textContent}” overlap`).to.equal(false);
    }
    for (const dot of dots) {
      expect(clearance(rect, circle(dot)), `label “${label.textContent}” over marker ${dot.parentElement!.dataset.key}`).to.be.above(0);
    }
    // A label names the marker nearest it, its own (a partner's or the home town's), not a neighbour's; or,
    // off its marker, has a line from it.
    const key = label.dataset.key;
    const own = key === 'home' ? circle(home!) : circle(markers(el).find((marker) => marker.dataset.key === key)!.querySelector('.dot')!);
    const leader = label.previousElementSibling?.matches('.leader') ? label.previousElementSibling as SVGLineElement : undefined;
    if (leader) {
      const [x1, y1, x2, y2] = [leader.x1, leader.y1, leader.x2, leader.y2].map((length) => length.baseVal.value) as [number, number, number, number];
      expect(Math.hypot(x1 - own.x, y1 - own.y), `the line to “${label.textContent}” starts at its marker`).to.be.closeTo(key === 'home' ? 6 : own.r, 1.5);
      expect(clearance(rect, {x: x2, y: y2, r: 0}), `the line to “${label.textContent}” ends at it`).to.be.at.most(2);
    } else {
      const nearest = Math.min(...dots.filter((dot) => dot.parentElement!.dataset.key !== key).map((dot) => clearance(rect, circle(dot))));
      expect(nearest, `label “${label.textContent}” is nearer another marker than its own`).to.be.above(clearance(rect, own));
    }
  }
  for (const [i, dot] of dots.entries()) {
    for (const other of dots.slice(i + 1)) {
      const [a, b] = [circle(dot), circle(other)];
      expect(Math.hypot(a.x - b.x, a.y - b.y), 'two markers overlap').to.be.above(a.r + b.r);
    }
  }
}

const labelTexts = (el: TwinCitiesMap) => all(el, '[part~=label]').map((label) => label.textContent);

describe('map of the shipped feed', () => {
  for (const width of [320, 600, 1200]) {
    it(`at ${width} px: a marker for each of the nine partners, an arc to each, the home town labelled, all inside and readable`, async () => {
      const el = await mountMap({width});
      const svg = el.shadowRoot!.querySelector('svg')!;
      expect(Math.round(svg.getBoundingClientRect().width)).to.equal(width - 2);
      expect(shown(el).sort()).to.deep.equal(partnerIds(shipped));
      expect(all(el, '[part~=arc]').map((arc) => arc.dataset.id).sort()).to.deep.equal(partnerIds(shipped));
      for (const arc of all(el, '[part~=arc]')) expect(arc.getAttribute('d'), `arc to ${arc.dataset.id}`).to.match(/^M[\d.-]+,[\d.-]+L/);
      expect(all(el, '[part~=home]')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part~=land]')!.getAttribute('d')!.length).to.be.above(1000);
      expect(labelTexts(el), 'the home town’s label, however crowded').to.include('Asenovgrad');
      expectReadable(el);
      // Denpasar is far from the rest: it always has its label.
      expect(labelTexts(el)).to.include('Denpasar');
    });
  }

  it('spreads the partners when there is room: at 1200 px most have a marker and a label of their own', async () => {
    const el = await mountMap({width: 1200});
    expect(all(el, '[part~=marker]:not([part~=cluster])').length).to.be.at.least(4);
    expect(all(el, '[part~=label]').length).to.be.at.least(5);
  });

  it('fits one region tightly: with country="GR", the Greek partners and the home town spread over the map', async () => {
    const el = await mountMap({width: 600, attributes: {country: 'GR'}});
    expect(shown(el).sort()).to.deep.equal(['kilkis', 'naousa']);
    expect(all(el, '[part~=arc]')).to.have.length(2);
    const points = [...all(el, '.dot'), el.shadowRoot!.querySelector('[part~=home]')!].map((shape) => shape.getBoundingClientRect());
    const spread = Math.max(...points.map((p) => p.right)) - Math.min(...points.map((p) => p.left));
    // Home to Naousa is about 250 km: across a sixth of the map at least, where a map of all nine shows them as one cluster.
    expect(spread).to.be.above(100);
    expect(labelTexts(el).sort()).to.deep.equal(['Asenovgrad', 'Kilkis', 'Naousa']);
    expectReadable(el);
  });

  it('lists partners without a location under the map, under a heading of heading-level, and draws the others', async () => {
    const json = structuredClone(shipped);
    delete json.partners.find((partner: {id: string}) => partner.id === 'prilep').location;
    const el = await mountMap({width: 600, feed: json, attributes: {'heading-level': '4'}});
    expect(shown(el)).to.not.include('prilep');
    expect(shown(el)).to.have.length(8);
    const heading = el.shadowRoot!.querySelector('[part~=unlocated-heading]')!;
    expect(text(heading)).to.equal('Not on the map');
    expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal(['heading', '4']);
    const list = el.shadowRoot!.querySelector('[part~=unlocated]')!;
    expect(text(list)).to.contain('Prilep');
    expect(list.querySelector('a')!.href).to.equal(new URL(json.partners.find(({id}: {id: string}) => id === 'prilep').url).href);
  });

  it('draws the partners without lines when the home town has no location, and says so', async () => {
    const json = structuredClone(shipped);
    delete json.home.location;
    const el = await mountMap({width: 600, feed: json});
    expect(shown(el).sort()).to.deep.equal(partnerIds(shipped));
    expect(all(el, '[part~=arc], [part~=home]')).to.have.length(0);
    expect(text(el.shadowRoot!.querySelector('svg desc'))).to.equal(en.t.map.descriptionNoHome('Asenovgrad'));
  });

  it('names each marker in the widget’s language: English and Bulgarian', async () => {
    const kocaeli = {...shipped, partners: shipped.partners.filter(({id}: {id: string}) => id === 'kocaeli')};
    const el = await mountMap({width: 600, feed: kocaeli});
    expect(markers(el)[0]!.getAttribute('aria-label')).to.equal(`Kocaeli, ${en.country('TR')}, Twin city since ${en.date('2023-05-23')}`);
    const inBulgarian = await mountMap({width: 600, feed: kocaeli, attributes: {lang: 'bg'}});
    expect(markers(inBulgarian)[0]!.getAttribute('aria-label')).to.equal(`Коджаели, ${bg.country('TR')}, ${bg.t.relation.twin} ${bg.t.since(bg.date('2023-05-23'))}`);
    expect(text(inBulgarian.shadowRoot!.querySelector('svg desc'))).to.equal(bg.t.map.description('Асеновград'));
  });

  it('names a cluster by how many partners it holds, in the plural its language takes, and which', async () => {
    for (const [lang, locale] of [['en', en], ['ru', await loadLocale('ru')]] as const) {
      const el = await mountMap({width: 320, attributes: {lang}});
      const [first] = all(el, '[part~=cluster]');
      expect(first, 'a cluster at 320 px').to.not.equal(undefined);
      const members = first!.dataset.members!.split(' ');
      expect(first!.getAttribute('role')).to.equal('button');
      const names = members.map((id) => locale.text(shipped.partners.find((p: {id: string}) => p.id === id)!.name)).join(', ');
      const count = new Intl.PluralRules(lang).select(members.length);
      expect(first!.getAttribute('aria-label')).to.equal(locale.t.map.cluster(
        (locale.t.count[count] ?? locale.t.count.other).replace('#', String(members.length)), names));
    }
  });

  it('has a title and a description, and lists every partner on the map for screen readers', async () => {
    const el = await mountMap({width: 600});
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(text(svg.querySelector('title'))).to.equal('Twin cities of Asenovgrad');
    expect(text(svg.querySelector('desc'))).to.equal(en.t.map.description('Asenovgrad'));
    const items = all<HTMLElement>(el, '.visually-hidden li').map(text);
    expect(items).to.have.length(9);
    expect(items.find((item) => item.startsWith('Kocaeli'))).to.equal(`Kocaeli, ${en.country('TR')}, Twin city since ${en.date('2023-05-23')}`);
  });

  it('is accessible in both schemes, at 320 and 1200 px', async () => {
    for (const width of [320, 1200]) await accessibleInBothThemes(await mountMap({width}));
  });
});

describe('map of 36 partners on five continents', () => {
  for (const width of [320, 600, 1200]) {
    it(`at ${width} px: every partner on the map, the home town labelled, no label over another, clusters where they crowd`, async () => {
      const el = await mountMap({width, attributes: {src: CROWDED}});
      const json = await (await fetch(CROWDED)).json();
      expect(shown(el).sort()).to.deep.equal(partnerIds(json));
      expect(all(el, '[part~=arc]')).to.have.length(36);
      expect(all(el, '[part~=cluster]').length).to.be.at.least(1);
      expect(labelTexts(el)).to.include(en.text(json.home.name));
      expectReadable(el);
    });
  }

  it('shows the far partners on their own at 1200 px: Havana, Okayama, São Paulo', async () => {
    const el = await mountMap({width: 1200, attributes: {src: CROWDED}, aspect: '15 / 8'});
    const singles = all(el, '[part~=marker]:not([part~=cluster])').map((marker) => marker.dataset.id);
    expect(singles).to.include.members(['havana', 'okayama', 'sao-paulo']);
    expect(labelTexts(el)).to.include.members(['Havana', 'Okayama', 'São Paulo']);
  });

  it('is accessible', async () => {
    await accessibleInBothThemes(await mountMap({width: 600, attributes: {src: CROWDED}}));
  });
});
