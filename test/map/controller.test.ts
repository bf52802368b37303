import {expect, fixtureSync, html, oneEvent, waitUntil} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import {loadFeed} from '../../src/feed/load.js';
import type {Partner} from '../../src/feed/types.js';
import {loadLocale} from '../../src/i18n/locale.js';
import type {TestMap} from './host.js';
import './host.js';

// The map's keyboard, pointer and selection behaviour, as a visitor uses it: real keys, a real mouse.
const {feed} = await loadFeed('/data/twin-cities.json');
const en = await loadLocale('en');

async function mapOf(width: number, partners: readonly Partner[] = feed.partners) {
  const el = fixtureSync<TestMap>(html`<div><button>before</button><test-map .feed=${feed} .partners=${partners}
    .locale=${en} .width=${width} .height=${Math.round(width * 0.6)}></test-map></div>`).querySelector('test-map')!;
  await el.updateComplete;
  return el;
}

const markers = (el: TestMap) => [...el.shadowRoot!.querySelectorAll<SVGElement>('[part~=marker]')];
const focused = (el: TestMap) => (el.shadowRoot!.activeElement as SVGElement | null)?.dataset.key;
const tooltip = (el: TestMap) => el.shadowRoot!.querySelector('[part~=tooltip]')?.textContent?.replace(/\s+/g, ' ').trim();

/** Tabs from the button before the map into it. */
async function tabIn(el: TestMap) {
  el.parentElement!.querySelector('button')!.focus();
  await sendKeys({press: 'Tab'});
  await el.updateComplete;
}

describe('map keyboard', () => {
  afterEach(() => resetMouse());

  it('is one tab stop: Tab enters at the westernmost marker, and the arrow keys go west to east', async () => {
    const el = await mapOf(1200);
    const order = markers(el).map((marker) => marker.dataset.key!);
    const xs = markers(el).map((marker) => marker.getBoundingClientRect().x);
    expect(xs, 'markers in the DOM west to east').to.deep.equal([...xs].sort((a, b) => a - b));
    expect(markers(el).filter((marker) => marker.getAttribute('tabindex') === '0')).to.have.length(1);
    await tabIn(el);
    expect(focused(el)).to.equal(order[0]);
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(focused(el)).to.equal(order[1]);
    await sendKeys({press: 'End'});
    expect(focused(el)).to.equal(order.at(-1));
    await sendKeys({press: 'ArrowRight'});
    expect(focused(el), 'stays on the last').to.equal(order.at(-1));
    await sendKeys({press: 'ArrowLeft'});
    expect(focused(el)).to.equal(order.at(-2));
    await sendKeys({press: 'Home'});
    expect(focused(el)).to.equal(order[0]);
    // The tab stop follows the focus: tabbing in again returns to the marker last focused.
    await sendKeys({press: 'End'});
    await tabIn(el);
    expect(focused(el)).to.equal(order.at(-1));
  });

  it('shows the focused marker’s tooltip, with the essentials of its card; Escape hides it', async () => {
    const el = await mapOf(1200);
    await tabIn(el);
    await sendKeys({press: 'End'});
    await el.updateComplete;
    const denpasar = markers(el).at(-1)!;
    expect(denpasar.dataset.id).to.equal('denpasar');
    expect(tooltip(el)).to.contain('Denpasar').and.contain('Indonesia').and.contain('Twin city');
    const tip = el.shadowRoot!.querySelector('[part~=tooltip]')!.getBoundingClientRect();
    const map = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(tip.left >= map.left && tip.right <= map.right, 'the tooltip inside the map, left to right').to.equal(true);
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(tooltip(el)).to.equal(undefined);
  });

  it('shows the tooltip of the marker under the pointer', async () => {
    const el = await mapOf(1200);
    const denpasar = markers(el).find((marker) => marker.dataset.id === 'denpasar')!;
    const {x, y, width, height} = denpasar.querySelector('.dot')!.getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(x + width / 2), Math.round(y + height / 2)]});
    await waitUntil(() => tooltip(el)?.includes('Denpasar'), 'no tooltip on hover');
    await sendMouse({type: 'move', position: [2, 2]});
    await waitUntil(() => tooltip(el) === undefined, 'the tooltip stays after the pointer left');
  });

  it('fires a cancelable twin-city-select on Enter; cancelled, the page stays', async () => {
    const el = await mapOf(1200, feed.partners.filter(({id}) => id === 'kocaeli'));
    el.addEventListener('twin-city-select', (event) => event.preventDefault());
    await tabIn(el);
    const selected = oneEvent(el, 'twin-city-select');
    await sendKeys({press: 'Enter'});
    const event = await selected;
    expect(event.detail).to.deep.equal({id: 'kocaeli'});
    expect(event.cancelable && event.composed && event.bubbles).to.equal(true);
    expect(location.pathname).to.not.contain('kocaeli');
  });

  it('fires twin-city-select on a click, and then follows the partner’s link', async () => {
    const frame = fixtureSync<HTMLIFrameElement>(html`<iframe src="/test/fixtures/map/page.html" style="width: 640px; height: 400px; border: 0"></iframe>`);
    await waitUntil(() => frame.contentDocument?.body?.dataset.ready !== undefined, 'the page did not load', {timeout: 5000});
    const map = frame.contentDocument!.querySelector('test-map')!;
    const selected: string[] = [];
    map.addEventListener('twin-city-select', (event) => selected.push((event as CustomEvent<{id: string}>).detail.id));
    const dot = map.shadowRoot!.querySelector('[part~=marker] .dot')!.getBoundingClientRect();
    const origin = frame.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(origin.x + dot.x + dot.width / 2), Math.round(origin.y + dot.y + dot.height / 2)]});
    await waitUntil(() => frame.contentWindow!.location.pathname.endsWith('/arrived.html'), 'the link was not followed', {timeout: 5000});
    expect(selected).to.deep.equal(['kocaeli']);
  });

  it('zooms into a cluster with Enter, its partners apart; Escape zooms out, back to the cluster', async () => {
    const el = await mapOf(320);
    await tabIn(el);
    const cluster = markers(el).find((marker) => marker.getAttribute('role') === 'button')!;
    const members = cluster.dataset.members!.split(' ');
    while (focused(el) !== cluster.dataset.key) await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=zoom-out]'), 'no zoom-out button');
    const zoomed = markers(el).flatMap((marker) => (marker.dataset.members ?? marker.dataset.id!).split(' '));
    expect(zoomed).to.include.members(members);
    expect(markers(el).length, 'more markers once zoomed in').to.be.above(1);
    expect(focused(el), 'the focus on the first marker of the zoomed map').to.equal(markers(el)[0]!.dataset.key);
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    await waitUntil(() => !el.shadowRoot!.querySelector('[part~=zoom-out]'), 'still zoomed in');
    expect(focused(el)).to.equal(cluster.dataset.key);
  });
});
