// Placeholders (src/placeholders.ts), as the page's bundle upgrades them: <div data-twin-cities="list" …> on a
// page, at load and added later, with every option of the element, and the warnings for what it does not know.
import {expect, waitUntil} from '@open-wc/testing';
import {settled} from './helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};
interface Page {
  doc: Document;
  win: Window & typeof globalThis & {warnings: string[]};
  frame: HTMLIFrameElement;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A page with this body and the bundle, its console's warnings recorded. */
async function open(body: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'border: 0; width: 800px; height: 600px';
  frames.push(frame);
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script>window.warnings = []; const warn = console.warn; console.warn = (...args) => { warnings.push(args.map((a) => a instanceof Element ? '<' + a.localName + '>' : String(a)).join(' ')); warn(...args); };</script>
    <script type="module" src="/dist/twin-cities.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Page['win'];
  await waitUntil(() => win.customElements.get('twin-cities-list'), 'the bundle did not load');
  const doc = frame.contentDocument!;
  // The upgrade is a chunk of its own, which the bundle loads once it sees a placeholder.
  await waitUntil(() => [...doc.querySelectorAll('[data-twin-cities]')].every((div) => div.firstElementChild?.localName.startsWith('twin-') ||
    win.warnings.some((warning) => warning.startsWith('twin-cities: unknown'))), 'the placeholders were not upgraded');
  return {doc, win, frame};
}

const attributes = (el: Element) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));

describe('placeholders', () => {
  it('become the element named, inside the div, which keeps its classes and id; their content is the fallback', async () => {
    const {doc} = await open(`
      <div id="twins" class="wp-block-html alignwide" data-twin-cities="list" data-layout="compact" data-country="GR,TR" lang="en"><a href="/twins">Our twin cities</a></div>
      <div data-twin-cities="card" data-city="naousa" data-heading-level="2" lang="bg"></div>
      <div data-twin-cities="badge" data-city="kocaeli" data-variant="compact" lang="tr"></div>`);
    const [list, card, badge] = ['twin-cities-list', 'twin-city-card', 'twin-city-badge'].map((tag) => doc.querySelector(tag) as Widget);
    expect(list!.parentElement!.id).to.equal('twins');
    expect(list!.parentElement!.className).to.equal('wp-block-html alignwide');
    expect(attributes(list!)).to.include({layout: 'compact', country: 'GR,TR'});
    expect(attributes(card!)).to.include({city: 'naousa', 'heading-level': '2'});
    expect(attributes(badge!)).to.include({city: 'kocaeli', variant: 'compact'});
    expect(list!.querySelector('a')!.getAttribute('href'), 'the div\'s content is the element\'s').to.equal('/twins');
    expect(doc.getElementById('twins')!.children.length).to.equal(1);
    for (const widget of [list, card, badge]) await settled(widget!);
    // They speak the placeholder's language, and show what their options say.
    expect(list!.shadowRoot!.querySelector('[part~=list]')!.getAttribute('aria-label')).to.equal('Twin cities of Asenovgrad');
    expect([...list!.shadowRoot!.querySelectorAll('[part~=item]')].map((item) => (item as HTMLElement).dataset.id).sort())
      .to.deep.equal(['bergama', 'kilkis', 'kocaeli', 'naousa', 'nilufer']);
    expect(card!.shadowRoot!.querySelector('[part~=name]')!.getAttribute('aria-level')).to.equal('2');
    expect(card!.shadowRoot!.textContent).to.include('Науса');
    expect(badge!.shadowRoot!.textContent).to.include('Kardeş şehir');
    expect(list!.querySelector('a')!.checkVisibility(), 'the fallback link hides once the list shows').to.equal(false);
  });

  it('take every attribute the element observes, as data- and its name', async () => {
    const {doc, win} = await open('');
    for (const [name, tag] of [['list', 'twin-cities-list'], ['card', 'twin-city-card'], ['badge', 'twin-city-badge']]) {
      const observed: string[] = (win.customElements.get(tag!) as unknown as {observedAttributes: string[]}).observedAttributes;
      expect(observed.length).to.be.above(4);
      const div = doc.createElement('div');
      div.dataset.twinCities = name;
      // Values the element takes, so that it does not fetch anything: `feed` is inline JSON.
      for (const option of observed) div.setAttribute(`data-${option}`, option === 'feed' ? '{"version":1}' : option === 'src' ? '/nowhere.json' : `x-${option}`);
      doc.body.append(div);
      await waitUntil(() => div.querySelector(tag!), `${name} was not upgraded`);
      const element = div.querySelector(tag!)!;
      for (const option of observed) expect(element.hasAttribute(option), `${tag} ${option}`).to.equal(true);
      // (The badge's own warnings about these made-up values are not the placeholders'.)
      expect(win.warnings.filter((warning) => warning.includes('unknown'))).to.deep.equal([]);
    }
  });

  it('added later are upgraded too: one appended, one inside a subtree, one written with innerHTML', async () => {
    const {doc, win} = await open('<main id="main"></main>');
    const upgrades = () => win.performance.getEntriesByType('resource').filter((entry) => /\/placeholders\.js$/.test(entry.name));
    expect(upgrades(), 'a page without placeholders does not load their code').to.have.length(0);
    const main = doc.getElementById('main')!;
    const appended = doc.createElement('div');
    appended.dataset.twinCities = 'list';
    main.append(appended);
    const section = doc.createElement('section');
    section.innerHTML = '<article><div data-twin-cities="card" data-city="kilkis"></div></article>';
    main.append(section);
    main.insertAdjacentHTML('beforeend', '<div data-twin-cities="badge" data-city="prilep"></div>');
    await waitUntil(() => main.querySelectorAll('twin-cities-list, twin-city-card, twin-city-badge').length === 3, 'not every placeholder was upgraded');
    expect(appended.firstElementChild!.localName).to.equal('twin-cities-list');
    expect(upgrades(), 'their code, once there is one').to.have.length(1);
  });

  it('moved after their upgrade are not upgraded again', async () => {
    const {doc} = await open('<div id="a" data-twin-cities="list"><a href="/twins">Our twin cities</a></div><aside id="b"></aside>');
    const div = doc.getElementById('a')!;
    await waitUntil(() => div.querySelector('twin-cities-list'));
    doc.getElementById('b')!.append(div);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(div.querySelectorAll('twin-cities-list, twin-cities-list twin-cities-list').length).to.equal(1);
    expect(div.children.length).to.equal(1);
  });

  it('with an unknown widget or option stay as they are, with a warning naming it', async () => {
    const {doc, win} = await open(`
      <div id="widget" data-twin-cities="mapp"><a href="/twins">Our twin cities</a></div>
      <div id="option" data-twin-cities="list" data-layuot="grid"><a href="/twins">Our twin cities</a></div>
      <div id="proto" data-twin-cities="constructor"></div>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const id of ['widget', 'option']) {
      expect(doc.getElementById(id)!.innerHTML, id).to.equal('<a href="/twins">Our twin cities</a>');
    }
    expect(win.warnings).to.deep.equal([
      'twin-cities: unknown mapp <div>',
      'twin-cities: unknown data-layuot <div>',
      'twin-cities: unknown constructor <div>',
    ]);
  });
});
