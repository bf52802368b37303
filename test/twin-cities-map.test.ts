import {aTimeout, expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../src/define/twin-cities-list.js';
import '../src/define/twin-cities-map.js';
import {TwinCitiesMap} from '../src/twin-cities-map.js';
import {accessibleInBothThemes, serve, settled} from './helpers.js';
import {all, markers, mountMap, shippedJson, shown, text} from './map/mount.js';

// <twin-cities-map> as a page uses it: its attributes, its states, its look in the visitor's settings, and
// what it costs the page in requests.
const shipped = await shippedJson();
const served = (file: string, params: Record<string, string | number> = {}) => serve(`fixtures/map/${file}`, params);
const css = (element: Element, property: string) => getComputedStyle(element).getPropertyValue(property);

/** Whether the test's browser driver can emulate these media features (Chromium's can; WebKit's cannot). */
async function emulate(features: {name: string; value: string}[]) {
  return executeServerCommand('emulate-media-features', features).then(() => true, () => false);
}

/** The colour a system colour keyword computes to in this browser, now. */
function systemColour(keyword: string) {
  const probe = fixtureSync<HTMLDivElement>(html`<div style="color: ${keyword}"></div>`);
  return getComputedStyle(probe).color;
}

/** An iframe of a page of test/fixtures/map/ (or of another address), once its widgets have shown their content. */
async function page(file: string, src = `/test/fixtures/map/${file}`) {
  const frame = fixtureSync<HTMLIFrameElement>(html`<iframe src=${src} style="width: 780px; height: 560px; border: 0"></iframe>`);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentWindow!.customElements.get('twin-cities-list'),
    `${file} did not load`, {timeout: 5000});
  const widgets = [...frame.contentDocument!.querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>}>('twin-cities-list, twin-cities-map')];
  await Promise.all(widgets.map((widget) => settled(widget)));
  return frame;
}
const resources = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => entry.name);

describe('<twin-cities-map>', () => {
  afterEach(async () => {
    await emulateMedia({colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen'}).catch(() => {});
    await emulate([{name: 'forced-colors', value: 'none'}]);
  });

  for (const width of [320, 600, 1200]) {
    it(`shows the nine partners of the shipped feed, each marker inside the map, at ${width} px`, async () => {
      const el = await mountMap({width});
      expect(shown(el).sort()).to.deep.equal(shipped.partners.map(({id}: {id: string}) => id).sort());
      expect(all(el, '[part~=arc]')).to.have.length(9);
      const box = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      for (const marker of markers(el)) {
        const dot = marker.querySelector('.dot')!.getBoundingClientRect();
        expect(dot.left >= box.left && dot.right <= box.right && dot.top >= box.top && dot.bottom <= box.bottom, `${marker.dataset.key} inside`).to.equal(true);
      }
    });
  }

  it('is defined by its define module, under its tag, as the class the package exports', async () => {
    expect(customElements.get('twin-cities-map')).to.equal(TwinCitiesMap);
    const {TwinCitiesMap: exported} = await import('../src/index.js');
    expect(exported).to.equal(TwinCitiesMap);
  });

  it('shows only the partners of `country`, and highlights `city`, following changes of both', async () => {
    const el = await mountMap({width: 600, attributes: {country: 'TR,GR', city: 'naousa'}});
    expect(shown(el).sort()).to.deep.equal(['bergama', 'kilkis', 'kocaeli', 'naousa', 'nilufer']);
    expect(all(el, '[part~=arc][part~=highlight]').map((arc) => arc.dataset.id)).to.deep.equal(['naousa']);
    const lit = markers(el).filter((marker) => marker.part.contains('highlight'));
    expect(lit.map((marker) => (marker.dataset.members ?? marker.dataset.id)!.split(' ')).flat()).to.include('naousa');
    el.country = 'id';
    el.city = 'denpasar';
    await settled(el);
    expect(el.getAttribute('country'), 'reflected').to.equal('id');
    expect(shown(el)).to.deep.equal(['denpasar']);
    expect(all(el, '[part~=marker][part~=highlight]').map((marker) => marker.dataset.id)).to.deep.equal(['denpasar']);
    el.removeAttribute('country');
    await settled(el);
    expect(shown(el)).to.have.length(9);
  });

  it('reserves the map’s space while it loads: a placeholder of the map’s aspect, which the map then fills exactly', async () => {
    for (const aspect of [undefined, '2 / 1']) {
      const container = fixtureSync<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement('twin-cities-map');
      el.lang = 'en';
      el.src = served('three.json', {delay: 500}).url;
      if (aspect) el.style.setProperty('--twin-cities-map-aspect', aspect);
      container.append(el);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      const skeleton = el.shadowRoot!.querySelector('.skeleton')!;
      expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
      const reserved = el.getBoundingClientRect().height;
      expect(reserved, `the placeholder at ${aspect ?? 'the default aspect'}`).to.be.closeTo(aspect ? 300 : 400, 0.5);
      await settled(el);
      expect(el.getBoundingClientRect().height, 'the map where the placeholder was').to.be.closeTo(reserved, 0.5);
      expect(shown(el).sort()).to.deep.equal(['bergama', 'kilkis', 'prilep']);
    }
  });

  it('says in its language that the feed could not load, with a "try again" that works, and shows the page’s own content', async () => {
    const {url} = served('three.json', {status: 404, failures: 1});
    const el = fixtureSync<TwinCitiesMap>(html`<twin-cities-map lang="bg" src=${url}><a href="/twin-cities">Побратимени градове</a></twin-cities-map>`);
    await settled(el);
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(text(alert)).to.contain('грешка 404');
    const fallback = el.querySelector('a')!;
    expect(fallback.getBoundingClientRect().height, 'the page’s link shows').to.be.above(0);
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry]')!;
    expect(text(retry)).to.equal('Опитай отново');
    await accessibleInBothThemes(el);
    retry.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=map] svg[role=group]'), 'no map after trying again');
    expect(shown(el).sort()).to.deep.equal(['bergama', 'kilkis', 'prilep']);
    expect(fallback.getBoundingClientRect().height, 'the page’s link hidden once the map shows').to.equal(0);
  });

  it('draws itself again after an error, when its feed loads again', async () => {
    const el = await mountMap({width: 600});
    el.src = served('three.json', {status: 500}).url;
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role=alert]'), 'the error').to.not.equal(null);
    el.src = served('three.json').url;
    await settled(el);
    expect(shown(el).sort()).to.deep.equal(['bergama', 'kilkis', 'prilep']);
  });

  it('has colours of its own even without a theme, and takes the dark scheme from `theme` or from the visitor’s system', async () => {
    const el = await mountMap({width: 600});
    const label = el.shadowRoot!.querySelector('[part~=label]')!;
    const land = el.shadowRoot!.querySelector('[part~=land]')!;
    const root = el.shadowRoot!.querySelector('.root')!;
    const light = {text: css(label, 'fill'), land: css(land, 'fill'), sea: css(root, 'background-color')};
    expect(light.sea).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    const dark = {text: css(label, 'fill'), land: css(land, 'fill'), sea: css(root, 'background-color')};
    expect(dark.sea).to.equal('rgb(22, 27, 34)');
    expect(dark.text).to.equal('rgb(230, 237, 243)');
    expect(dark.land, 'the land darker too').to.not.equal(light.land);
    el.theme = 'auto';
    await el.updateComplete;
    if (await emulateMedia({colorScheme: 'dark'}).then(() => true, () => false)) {
      expect(css(root, 'background-color'), 'the system’s dark scheme').to.equal(dark.sea);
      expect(css(label, 'fill')).to.equal(dark.text);
    }
  });

  it('draws in the system’s colours in forced-colors mode', async function () {
    if (!(await emulate([{name: 'forced-colors', value: 'active'}]))) this.skip();
    const el = await mountMap({width: 600});
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const [canvas, canvasText, linkText] = ['Canvas', 'CanvasText', 'LinkText'].map(systemColour);
    expect(css(el.shadowRoot!.querySelector('[part~=land]')!, 'fill')).to.equal(canvas);
    expect(css(el.shadowRoot!.querySelector('[part~=land]')!, 'stroke')).to.equal(canvasText);
    expect(css(el.shadowRoot!.querySelector('.dot')!, 'fill')).to.equal(linkText);
    expect(css(el.shadowRoot!.querySelector('[part~=label]')!, 'fill')).to.equal(canvasText);
    await expect(el).to.be.accessible();
  });

  it('draws its arcs out once, unless the visitor asks for reduced motion', async function () {
    if (!(await emulateMedia({reducedMotion: 'no-preference'}).then(() => true, () => false))) this.skip();
    const moving = await mountMap({width: 600});
    expect(css(moving.shadowRoot!.querySelector('[part~=arc]')!, 'animation-name')).to.equal('twin-cities-arc');
    await emulateMedia({reducedMotion: 'reduce'});
    const still = await mountMap({width: 600});
    expect(css(still.shadowRoot!.querySelector('[part~=arc]')!, 'animation-name')).to.equal('none');
  });

  it('prints the map without its controls', async function () {
    const el = await mountMap({width: 600});
    const cluster = markers(el).find((marker) => marker.dataset.members)!;
    cluster.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=zoom-out]') && el.shadowRoot!.querySelector('[part~=tooltip]'), 'not zoomed in');
    if (!(await emulateMedia({media: 'print'}).then(() => true, () => false))) this.skip();
    expect(matchMedia('print').matches).to.equal(true);
    for (const part of ['zoom-out', 'tooltip']) expect(css(el.shadowRoot!.querySelector(`[part~=${part}]`)!, 'display'), part).to.equal('none');
    const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(svg.width).to.be.above(500);
    expect(markers(el).length).to.be.above(1);
  });

  it('is accessible beside its list, in both schemes', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: 1fr 2fr; width: 900px">
      <twin-cities-list id="partners" lang="en"></twin-cities-list><twin-cities-map for="partners" lang="en"></twin-cities-map></div>`);
    const widgets = [...container.querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>}>('twin-cities-list, twin-cities-map')];
    await Promise.all(widgets.map((widget) => settled(widget)));
    await accessibleInBothThemes(container, widgets);
  });
});

describe('<twin-cities-map> on a page', () => {
  it('is a chunk no page without a map requests', async () => {
    const without = await page('list-only.html');
    expect(resources(without).some((url) => url.endsWith('/dist/twin-cities.js')), 'the page’s bundle, seen').to.equal(true);
    expect(resources(without).filter((url) => url.includes('/chunks/map')), 'the map’s chunk').to.deep.equal([]);
    const withMap = await page('linked.html');
    expect(resources(withMap).filter((url) => url.includes('/chunks/map')), 'loaded where there is a map').to.have.length.above(0);
  });

  it('makes no request to another origin: no tiles, no fonts, not even with its tooltips shown', async () => {
    const frame = await page('linked.html');
    const map = frame.contentDocument!.querySelector('twin-cities-map')!;
    // Every marker's tooltip in turn, with its flag, under the pointer.
    const origin = frame.getBoundingClientRect();
    const images: string[] = [];
    for (const marker of markers(map)) {
      const {x, y, width, height} = marker.querySelector('.dot')!.getBoundingClientRect();
      await sendMouse({type: 'move', position: [Math.round(origin.x + x + width / 2), Math.round(origin.y + y + height / 2)]});
      await waitUntil(() => map.shadowRoot!.querySelector('[part~=tooltip]'), `no tooltip for ${marker.dataset.key}`);
      const flag = map.shadowRoot!.querySelector<HTMLImageElement>('[part~=tooltip] img');
      if (flag) {
        await waitUntil(() => flag.complete && flag.naturalWidth, `the flag ${flag.src} did not load`);
        images.push(flag.currentSrc);
      }
    }
    await resetMouse();
    expect(images.length, 'flags shown').to.be.above(0);
    // Images a browser had in its memory already may have no entry of their own (Firefox's): they count here.
    const origins = new Set([...resources(frame), ...images].map((url) => new URL(url).origin));
    expect([...origins]).to.deep.equal([location.origin]);
  });

  it('works on a page with a strict Content-Security-Policy, which reports no violation', async () => {
    const policy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
    const frame = await page('csp.html', `/test-server?${new URLSearchParams({file: 'fixtures/map/csp.html', type: 'text/html', csp: policy})}`);
    const win = frame.contentWindow as Window & {seen: {violations: string[]; errors: string[]}};
    const map = frame.contentDocument!.querySelector('twin-cities-map')!;
    const list = frame.contentDocument!.querySelector('twin-cities-list')!;
    expect(css(map.shadowRoot!.querySelector('.frame')!, 'aspect-ratio'), 'its styles apply').to.equal('3 / 2');
    // A tooltip (inline style, set through the CSSOM) and the list's highlight (a sheet the map adopts into it).
    const denpasar = markers(map).find((marker) => marker.dataset.id === 'denpasar')!;
    denpasar.focus();
    await waitUntil(() => map.shadowRoot!.querySelector('[part~=tooltip]'), 'no tooltip');
    expect(css(map.shadowRoot!.querySelector('[part~=tooltip]')!, 'position')).to.equal('absolute');
    await waitUntil(() => css(list.shadowRoot!.querySelector('[data-id=denpasar]')!, 'outline-style') === 'dashed', 'no highlight in the list');
    await aTimeout(100); // violations are reported in a task of their own
    expect(win.seen.violations).to.deep.equal([]);
    expect(win.seen.errors).to.deep.equal([]);
  });
});
