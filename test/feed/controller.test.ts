// src/feed/controller.ts: the controller an app's own Lit element uses to show a feed the way the widgets do.
import {expect, fixtureSync, html as fixtureHtml, waitUntil} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {FeedController, type FeedSource} from '../../src/feed/controller.js';
import {serve, requests, settled} from '../helpers.js';

/** An app's element, written as the README shows: the controller, and a render of each of its states. */
class PartnerNames extends LitElement {
  static override properties = {src: {}};
  declare src?: string;
  readonly partners = new FeedController(this, {source: (): FeedSource => ({src: this.src})});

  override render() {
    return this.partners.render({
      pending: () => html`<p>…</p>`,
      complete: ({feed, locale}) => html`<ul part="list">${feed.partners.map((p) => html`<li>${locale.text(p.name)}</li>`)}</ul>`,
      error: ({error, locale}) => html`<p role="alert">${error.message}</p><button @click=${() => this.partners.retry()}>${locale?.t.retry}</button>`,
    });
  }
}
customElements.define('partner-names', PartnerNames);

const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
/** The requests this page has made so far for a language's messages chunk. */
const languageRequests = (lang: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(`/i18n/messages/${lang}.`));

function mount(attributes: Record<string, string>, lang?: string) {
  const container = fixtureSync<HTMLDivElement>(fixtureHtml`<div></div>`);
  if (lang) container.lang = lang;
  const el = document.createElement('partner-names') as PartnerNames;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  return el;
}

describe('FeedController in an app’s own element', () => {
  it('shows the package’s feed in the language of the page around it, and fires twin-cities-load', async () => {
    const loads: HTMLElementEventMap['twin-cities-load'][] = [];
    document.addEventListener('twin-cities-load', (event) => loads.push(event), {once: true});
    const el = mount({}, 'en');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('…');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => el.shadowRoot!.querySelector('ul'), 'the partners are shown', {timeout: 5000});
    expect(names(el)).to.have.members(['Kocaeli', 'Denpasar', 'Dimitrovgrad', 'Nilüfer', 'Stary Oskol', 'Prilep', 'Naousa', 'Bergama', 'Kilkis']);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(loads.map((event) => [event.target, event.detail.feed.home.id])).to.deep.equal([[el, 'asenovgrad']]);
  });

  it('shows the error of a feed that cannot load, and loads it again on "try again" once the server is back', async () => {
    const {key, url} = serve('fixtures/element/three.json', {status: 503, failures: 1});
    const el = mount({src: url}, 'en');
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'the error is shown', {timeout: 5000});
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.match(/answered 503/);
    expect(el.partners.state.status).to.equal('error');
    el.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('ul'), 'shown after trying again', {timeout: 5000});
    expect(names(el)).to.deep.equal(['Kilkis', 'Prilep', 'Bergama']);
    expect(await requests(key)).to.equal(2);
  });
});

describe('FeedController: the language loads at the same time as the feed', () => {
  it('requests the language given by the page while the feed is still on its way', async () => {
    expect(languageRequests('id'), 'Indonesian is not loaded before').to.have.length(0);
    const el = mount({src: serve('fixtures/element/three.json', {delay: 1500}).url}, 'id');
    await waitUntil(() => languageRequests('id').length, 'the language is requested', {timeout: 1200});
    expect(el.getAttribute('aria-busy'), 'the feed has not arrived yet').to.equal('true');
    await waitUntil(() => el.shadowRoot!.querySelector('ul'), 'the partners are shown', {timeout: 5000});
    expect(el.partners.state.status === 'complete' && el.partners.state.locale.lang).to.equal('id');
  });

  it('waits for the feed to take its home language only where no lang is set anywhere', async () => {
    expect(document.documentElement.lang, 'the test page has no lang').to.equal('');
    expect(languageRequests('tr'), 'Turkish is not loaded before').to.have.length(0);
    const {key, url} = serve('fixtures/controller/home-tr.json', {delay: 800});
    const el = mount({src: url});
    await waitUntil(async () => (await requests(key)) === 1, 'the feed is requested');
    expect(languageRequests('tr'), 'no language is known before the feed says its home language').to.have.length(0);
    await waitUntil(() => el.shadowRoot!.querySelector('ul'), 'the partners are shown', {timeout: 5000});
    expect(languageRequests('tr')).to.have.length(1);
    expect(el.partners.state.status === 'complete' && el.partners.state.locale.lang).to.equal('tr');
  });

  it('in the widgets too: <twin-cities-list lang="ru"> requests Russian before its feed arrives', async () => {
    await import('../../src/define/twin-cities-list.js');
    expect(languageRequests('ru')).to.have.length(0);
    const container = fixtureSync<HTMLDivElement>(fixtureHtml`<div></div>`);
    const list = document.createElement('twin-cities-list');
    list.lang = 'ru';
    list.src = serve('fixtures/element/three.json', {delay: 1500}).url;
    container.append(list);
    await waitUntil(() => languageRequests('ru').length, 'Russian is requested', {timeout: 1200});
    expect(list.getAttribute('aria-busy')).to.equal('true');
    await settled(list);
    expect(list.shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang')).to.equal('ru');
  });
});
