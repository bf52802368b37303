import {expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../../src/define/twin-cities-list.js';
import type {TwinCitiesList} from '../../src/twin-cities-list.js';
import type {TwinCitiesMap} from '../../src/twin-cities-map.js';
import {settled, uncaught} from '../helpers.js';
import {all, markers} from './mount.js';

// <twin-cities-map for="…"> and the <twin-cities-list> of that id (src/map/link.ts): an entry under the
// pointer or in focus highlights its partner on the map, a marker its entries in the list.

const centre = (element: Element) => {
  const {x, y, width, height} = element.getBoundingClientRect();
  return [Math.round(x + width / 2), Math.round(y + height / 2)] as [number, number];
};
const item = (list: TwinCitiesList, id: string) => list.shadowRoot!.querySelector<HTMLElement>(`[part~=item][data-id="${id}"]`)!;
/** The ids of the entries the list shows highlighted: outlined, dashed. */
const outlined = (list: TwinCitiesList) =>
  all<HTMLElement>(list, '[part~=item]').filter((entry) => getComputedStyle(entry).outlineStyle === 'dashed').map((entry) => entry.dataset.id);
/** The partners whose arcs the map highlights. */
const litArcs = (map: TwinCitiesMap) => all(map, '[part~=arc][part~=highlight]').map((arc) => arc.dataset.id);
const litMarkers = (map: TwinCitiesMap) => all(map, '[part~=marker][part~=highlight]').map((marker) => marker.dataset.key);
const markerOf = (map: TwinCitiesMap, id: string) => markers(map).find((marker) => (marker.dataset.members ?? marker.dataset.id)!.split(' ').includes(id))!;

/**
 * A list and a map side by side, linked, both loaded; the list in its compact layout, so that the pointer
 * reaches every entry in the browser's window (not every driver can make the window larger).
 */
async function linked(root: ParentNode = document) {
  const container = fixtureSync<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: 280px 500px; gap: 8px; align-items: start">
    <twin-cities-list id="partners" lang="en" layout="compact" style="--twin-cities-accent: rgb(138, 21, 56)"></twin-cities-list>
    <twin-cities-map for="partners" lang="en"></twin-cities-map>
  </div>`);
  if (root !== document) (root as ShadowRoot).append(container);
  const list = container.querySelector('twin-cities-list')!;
  const map = container.querySelector('twin-cities-map')!;
  await Promise.all([settled(list), settled(map)]);
  return {list, map};
}

describe('a map linked to a list', () => {
  afterEach(() => resetMouse());

  it('highlights the marker and the arc of the entry under the pointer, and nothing once the pointer leaves', async () => {
    const {list, map} = await linked();
    for (const id of ['denpasar', 'kilkis']) {
      await sendMouse({type: 'move', position: centre(item(list, id))});
      await waitUntil(() => litArcs(map).includes(id), `no highlight for ${id}`);
      expect(litArcs(map)).to.deep.equal([id]);
      expect(litMarkers(map), 'its marker, or the cluster it is in').to.deep.equal([markerOf(map, id).dataset.key]);
    }
    await sendMouse({type: 'move', position: [790, 590]});
    await waitUntil(() => litArcs(map).length === 0, 'the highlight stayed');
    expect(litMarkers(map)).to.deep.equal([]);
  });

  it('highlights the partner of the entry in keyboard focus', async () => {
    const {list, map} = await linked();
    item(list, 'kocaeli').querySelector('a')!.focus();
    await waitUntil(() => litArcs(map).includes('kocaeli'), 'no highlight on focus');
    await sendKeys({press: 'Tab'});
    await waitUntil(() => !litArcs(map).includes('kocaeli'), 'the highlight stayed after the focus moved on');
  });

  it('highlights in the list the entries of the marker under the pointer or in focus, dashed, in the list’s accent colour', async () => {
    const {list, map} = await linked();
    await sendMouse({type: 'move', position: centre(markerOf(map, 'denpasar').querySelector('.dot')!)});
    await waitUntil(() => outlined(list).length, 'nothing highlighted in the list');
    expect(outlined(list)).to.deep.equal(['denpasar']);
    const style = getComputedStyle(item(list, 'denpasar'));
    expect(style.outlineColor, 'the list’s accent').to.equal('rgb(138, 21, 56)');
    expect(style.backgroundColor, 'a tint of it').to.not.equal(getComputedStyle(item(list, 'kocaeli')).backgroundColor);
    // A cluster: all its partners.
    const cluster = markers(map).find((marker) => marker.dataset.members)!;
    await sendMouse({type: 'move', position: centre(cluster.querySelector('.dot')!)});
    await waitUntil(() => outlined(list).length > 1, 'the cluster’s entries not highlighted');
    expect(outlined(list).sort()).to.deep.equal(cluster.dataset.members!.split(' ').sort());
    await sendMouse({type: 'move', position: [790, 590]});
    await waitUntil(() => !outlined(list).length, 'the entries stayed highlighted');
    // And the keyboard's focus.
    markerOf(map, 'stary-oskol').focus();
    await waitUntil(() => outlined(list).join() === 'stary-oskol', 'no highlight for the marker in focus');
  });

  it('links to a list added after it, follows its removal and its replacement, without an error', async () => {
    const errors = uncaught();
    const container = fixtureSync<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: 280px 500px; align-items: start">
      <twin-cities-map for="later" lang="en" style="grid-column: 2"></twin-cities-map></div>`);
    const map = await settled(container.querySelector('twin-cities-map')!);
    const add = async () => {
      const list = document.createElement('twin-cities-list');
      Object.assign(list, {id: 'later', lang: 'en', layout: 'compact'});
      list.style.gridArea = '1 / 1';
      container.prepend(list);
      return settled(list);
    };
    let list = await add();
    await sendMouse({type: 'move', position: centre(item(list, 'denpasar'))});
    await waitUntil(() => litArcs(map).includes('denpasar'), 'not linked to the list added after the map');
    list.remove();
    await waitUntil(() => !litArcs(map).length, 'the highlight of a removed list stayed');
    list = await add();
    await resetMouse();
    await sendMouse({type: 'move', position: centre(item(list, 'stary-oskol'))});
    await waitUntil(() => litArcs(map).includes('stary-oskol'), 'not linked to the list put in its place');
    expect(errors.stop()).to.deep.equal([]);
  });

  it('finds the list in its own shadow root, not a list of the same id in the document', async () => {
    const decoy = fixtureSync<TwinCitiesList>(html`<twin-cities-list id="partners" lang="en" layout="compact"></twin-cities-list>`);
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const {list, map} = await linked(host.attachShadow({mode: 'open'}));
    await settled(decoy);
    await sendMouse({type: 'move', position: centre(markerOf(map, 'denpasar').querySelector('.dot')!)});
    await waitUntil(() => outlined(list).length, 'the list in the shadow root not highlighted');
    expect(outlined(decoy), 'the document’s list of the same id').to.deep.equal([]);
  });

  it('takes another list when `for` changes', async () => {
    const {list, map} = await linked();
    const other = list.cloneNode() as TwinCitiesList;
    other.id = 'other';
    list.after(other);
    await settled(other);
    for (const change of [() => (map.htmlFor = 'other'), () => map.setAttribute('for', 'partners')]) {
      const [from, to] = map.htmlFor === 'partners' ? [list, other] : [other, list];
      change();
      await map.updateComplete;
      markerOf(map, 'denpasar').focus();
      await waitUntil(() => outlined(to).length, 'the new list not highlighted');
      expect(outlined(from), 'the old one').to.deep.equal([]);
      markerOf(map, 'denpasar').blur();
      await waitUntil(() => !outlined(to).length, 'the highlight stayed');
    }
  });
});
