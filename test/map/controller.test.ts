import {expect, fixtureSync, html, oneEvent, waitUntil} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import type {TwinCitiesMap} from '../../src/twin-cities-map.js';
import {settled} from '../helpers.js';
import {markers, mountMap, shippedJson, shown, text} from './mount.js';

// How a visitor works the map (src/map/controller.ts): real keys, a real mouse, a real link followed, and
// the map redrawn when its box changes size.
const shipped = await shippedJson();

const focused = (el: TwinCitiesMap) => (el.shadowRoot!.activeElement as SVGElement | null)?.dataset.key;
const tooltip = (el: TwinCitiesMap) => text(el.shadowRoot!.querySelector('[part~=tooltip]')) || undefined;
const centre = (element: Element) => {
  const {x, y, width, height} = element.getBoundingClientRect();
  return [Math.round(x + width / 2), Math.round(y + height / 2)] as [number, number];
};

/** Tabs from a button before the map into it. */
async function tabIn(el: TwinCitiesMap) {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({press: 'Tab'});
  await el.updateComplete;
}

describe('map keyboard and pointer', () => {
  afterEach(() => resetMouse());

  it('is one tab stop: Tab enters at the westernmost marker, and the arrow keys go west to east', async () => {
    const el = await mountMap({width: 1200});
    const order = markers(el).map((marker) => marker.dataset.key!);
    const xs = markers(el).map((marker) => marker.getBoundingClientRect().x);
    expect(xs, 'markers in the DOM west to east').to.deep.equal([...xs].sort((a, b) => a - b));
    expect(markers(el).filter((marker) => marker.getAttribute('tabindex') === '0')).to.have.length(1);
    await tabIn(el);
    expect(focused(el)).to.equal(order[0]);
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(focused(el)).to.equal(order[1]);
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    expect(focused(el)).to.equal(order[2]);
    await sendKeys({press: 'ArrowUp'});
    await el.updateComplete;
    expect(focused(el)).to.equal(order[1]);
    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect(focused(el)).to.equal(order.at(-1));
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(focused(el), 'stays on the last').to.equal(order.at(-1));
    await sendKeys({press: 'ArrowLeft'});
    await el.updateComplete;
    expect(focused(el)).to.equal(order.at(-2));
    await sendKeys({press: 'Home'});
    await el.updateComplete;
    expect(focused(el)).to.equal(order[0]);
    // The tab stop follows the focus: tabbing in again returns to the marker last focused.
    await sendKeys({press: 'End'});
    await el.updateComplete;
    await tabIn(el);
    expect(focused(el)).to.equal(order.at(-1));
  });

  it('shows the focused marker’s tooltip, with the essentials of its card, inside the map; Escape hides it', async () => {
    const el = await mountMap({width: 1200});
    await tabIn(el);
    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect(markers(el).at(-1)!.dataset.id).to.equal('denpasar');
    expect(tooltip(el)).to.contain('Denpasar').and.contain('Indonesia').and.contain('Twin city');
    const tip = el.shadowRoot!.querySelector('[part~=tooltip]')!.getBoundingClientRect();
    const map = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(tip.left >= map.left && tip.right <= map.right, 'the tooltip inside the map, left to right').to.equal(true);
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(tooltip(el)).to.equal(undefined);
  });

  it('shows the tooltip of the marker under the pointer', async () => {
    const el = await mountMap({width: 1200});
    const denpasar = markers(el).find((marker) => marker.dataset.id === 'denpasar')!;
    await sendMouse({type: 'move', position: centre(denpasar.querySelector('.dot')!)});
    await waitUntil(() => tooltip(el)?.includes('Denpasar'), 'no tooltip on hover');
    await sendMouse({type: 'move', position: [2, 2]});
    await waitUntil(() => tooltip(el) === undefined, 'the tooltip stays after the pointer left');
  });

  it('fires a cancelable twin-city-select on Enter; cancelled, the page stays', async () => {
    const el = await mountMap({width: 600, feed: {...shipped, partners: shipped.partners.filter(({id}: {id: string}) => id === 'kocaeli')}});
    el.addEventListener('twin-city-select', (event) => event.preventDefault());
    await tabIn(el);
    const selected = oneEvent(el, 'twin-city-select');
    await sendKeys({press: 'Enter'});
    const event = await selected;
    expect(event.detail).to.deep.equal({id: 'kocaeli'});
    expect(event.cancelable && event.composed && event.bubbles).to.equal(true);
    expect(event.defaultPrevented).to.equal(true);
    expect(location.pathname).to.not.contain('kocaeli');
  });

  it('fires twin-city-select on a click, and then follows the partner’s link', async () => {
    const frame = fixtureSync<HTMLIFrameElement>(html`<iframe src="/test/fixtures/map/page.html" style="width: 640px; height: 480px; border: 0"></iframe>`);
    const map = () => frame.contentDocument?.querySelector('twin-cities-map');
    await waitUntil(() => map()?.shadowRoot?.querySelector('[part~=marker] .dot'), 'the map did not draw', {timeout: 5000});
    const selected: string[] = [];
    map()!.addEventListener('twin-city-select', (event) => selected.push((event as CustomEvent<{id: string}>).detail.id));
    const [x, y] = centre(map()!.shadowRoot!.querySelector('[part~=marker] .dot')!);
    const origin = frame.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(origin.x + x), Math.round(origin.y + y)]});
    await waitUntil(() => frame.contentWindow!.location.pathname.endsWith('/arrived.html'), 'the link was not followed', {timeout: 5000});
    expect(selected).to.deep.equal(['kocaeli']);
  });

  it('zooms into a cluster with Enter, its partners apart; Escape zooms out, back to the cluster; Lit has nothing to warn of', async () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const el = await mountMap({width: 320});
      await tabIn(el);
      const cluster = markers(el).find((marker) => marker.getAttribute('role') === 'button')!;
      const members = cluster.dataset.members!.split(' ');
      while (focused(el) !== cluster.dataset.key) {
        await sendKeys({press: 'ArrowRight'});
        await el.updateComplete;
      }
      await sendKeys({press: 'Enter'});
      await waitUntil(() => el.shadowRoot!.querySelector('[part~=zoom-out]'), 'no zoom-out button');
      await el.updateComplete;
      const zoomed = markers(el).flatMap((marker) => (marker.dataset.members ?? marker.dataset.id!).split(' '));
      expect(zoomed).to.include.members(members);
      expect(markers(el).length, 'more markers once zoomed in').to.be.above(1);
      expect(focused(el), 'the focus on the first marker of the zoomed map').to.equal(markers(el)[0]!.dataset.key);
      expect(tooltip(el), 'its tooltip, as the keyboard moved the focus').to.not.equal(undefined);
      expect(el.shadowRoot!.querySelectorAll('[part~=home]'), 'the home town, near the crowd, still in view').to.have.length(1);
      await sendKeys({press: 'Escape'});
      await waitUntil(() => !el.shadowRoot!.querySelector('[part~=zoom-out]'), 'still zoomed in');
      await el.updateComplete;
      expect(focused(el)).to.equal(cluster.dataset.key);
      // The zoom-out button, with the pointer.
      await sendKeys({press: 'Enter'});
      await waitUntil(() => el.shadowRoot!.querySelector('[part~=zoom-out]'), 'no zoom-out button');
      await sendMouse({type: 'click', position: centre(el.shadowRoot!.querySelector('[part~=zoom-out]')!)});
      await waitUntil(() => !el.shadowRoot!.querySelector('[part~=zoom-out]'), 'the button did not zoom out');
    } finally {
      console.warn = warn;
    }
    expect(warned.filter((message) => message.includes('lit.dev')), 'Lit’s development warnings').to.deep.equal([]);
  });

  it('zooms into a cluster clicked, and shows the tooltip of the marker it focuses only with its focus ring', async () => {
    const el = await mountMap({width: 600});
    const cluster = markers(el).find((marker) => marker.dataset.members)!;
    await sendMouse({type: 'click', position: centre(cluster.querySelector('.dot')!)});
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=zoom-out]'), 'not zoomed in');
    await sendMouse({type: 'move', position: [2, 2]});
    await el.updateComplete;
    expect(shown(el)).to.include.members(cluster.dataset.members!.split(' '));
    // After a click, engines differ in whether the focus moved by script is shown (Chromium's and Gecko's
    // is not, WebKit's is): the tooltip goes with the ring, so a click leaves the map in view where it shows none.
    const ring = el.shadowRoot!.activeElement?.matches(':focus-visible');
    expect(tooltip(el) !== undefined, `a tooltip ${ring ? 'with' : 'without'} the focus ring`).to.equal(!!ring);
  });

  it('redraws to its box when the box changes size: every marker inside, at the new size', async () => {
    const el = await mountMap({width: 1200});
    const container = el.parentElement!;
    for (const width of [320, 600, 1200]) {
      container.style.width = `${width}px`;
      await waitUntil(() => el.shadowRoot!.querySelector('svg')!.viewBox.baseVal.width === width - 2, `not redrawn at ${width} px`);
      await settled(el);
      const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      expect(frame.height, 'the map keeps its aspect').to.be.closeTo(width / 1.5, 0.5);
      for (const dot of el.shadowRoot!.querySelectorAll('.dot')) {
        const box = dot.getBoundingClientRect();
        expect(box.left >= svg.left && box.right <= svg.right && box.top >= svg.top && box.bottom <= svg.bottom, `a marker outside at ${width} px`).to.equal(true);
      }
    }
  });
});
