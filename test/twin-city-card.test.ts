import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/define/twin-city-card.js';
import type {TwinCityCard} from '../src/twin-city-card.js';
import {accessibleInBothThemes, requests, uniqueKey, settled} from './helpers.js';

// The shipped feed, read the way a visitor's browser reads it, for the expected values below.
interface Place {
  id: string;
  name: Record<string, string>;
  country: string;
  location: {lat: number; lon: number};
}
let shipped: {home: Place; partners: Place[]};
before(async () => {
  shipped = await (await fetch('/data/twin-cities.json')).json();
});


// Invalid feed objects warn on the console; keep the test output readable.
const originalWarn = console.warn;
beforeEach(() => {
  console.warn = () => {};
});
afterEach(() => {
  console.warn = originalWarn;
});


/** The first element of the shadow root that has one of these parts (or matches the extra selectors). */
function part(el: Element, selector: string): HTMLElement | null {
  const query = selector.split(',').map((s) => (/^[a-z-]+$/.test(s.trim()) ? `[part~="${s.trim()}"]` : s.trim())).join(', ');
  return el.shadowRoot!.querySelector<HTMLElement>(query);
}
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Great-circle distance, haversine, on the mean Earth radius (IUGG). */
function haversineKm(a: {lat: number; lon: number}, b: {lat: number; lon: number}) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

describe('<twin-city-card>: Naousa in English', () => {
  let el: TwinCityCard;
  beforeEach(async () => {
    el = await settled(await fixture<TwinCityCard>(html`<twin-city-card city="naousa" lang="en"></twin-city-card>`));
  });

  it('has a level-3 heading with the name and, marked as Greek, the native name', async () => {
    const heading = el.shadowRoot!.querySelector('[role=heading]')!;
    expect(heading, 'a heading').to.exist;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(text(heading)).to.include('Naousa');
    const native = part(el, 'native-name')!;
    expect(text(native)).to.equal('Νάουσα');
    expect(native.closest('[lang]')!.getAttribute('lang')).to.equal('el');
    // The English name is not marked as Greek.
    const english = [...heading.querySelectorAll('span')].find((s) => s.textContent === 'Naousa')!;
    expect(english.closest('[lang]')?.getAttribute('lang') ?? 'en').not.to.equal('el');
    await accessibleInBothThemes(el);
  });

  for (const level of [1, 2, 4, 6]) {
    it(`takes heading-level="${level}" for its heading's level`, async () => {
      el.setAttribute('heading-level', String(level));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal(String(level));
      await expect(el).to.be.accessible();
    });
  }

  it('shows the former name, the country and region, and the relation with its year', async () => {
    expect(text(part(el, 'former-name'))).to.equal('formerly Stenimachos');
    const greece = new Intl.DisplayNames('en', {type: 'region'}).of('GR')!;
    expect(text(part(el, 'country'))).to.equal(`${greece}, Imathia, Central Macedonia`);
    expect(text(part(el, 'relation'))).to.equal('Cooperation agreement');
    const date = part(el, 'date')!;
    expect(text(date)).to.equal('since 1993');
    expect(date.getAttribute('datetime')).to.equal('1993');
    await accessibleInBothThemes(el);
  });

  it('shows the summary in English', async () => {
    expect(text(part(el, 'summary'))).to.match(/^The cooperation agreement was signed in 1993 with the mayor of Stenimachos/);
    await expect(el).to.be.accessible();
  });

  it('shows the distance from Asenovgrad, by the haversine formula, in whole km', async () => {
    const naousa = shipped.partners.find((p) => p.id === 'naousa')!;
    const km = Math.round(haversineKm(shipped.home.location, naousa.location));
    const shown = text(part(el, 'distance'));
    expect(shown).to.match(/^\d+ km from Asenovgrad$/);
    expect(Number(shown.match(/\d+/)![0])).to.equal(km);
    await expect(el).to.be.accessible();
  });

  it('lists the history in order, with each event’s date and label', async () => {
    const events = [...el.shadowRoot!.querySelectorAll('[part~=history] [part~=event]')];
    expect(events).to.have.length(2);
    // What is seen: the date and label on one line, the event's text below (innerText keeps the line break).
    const seen = events.map((e) => (e as HTMLElement).innerText.split('\n').map((line) => line.trim()));
    expect(seen[0]![0]).to.equal('1993: Agreement signed');
    expect(seen[0]![1]).to.match(/^A cooperation agreement was signed/);
    expect(seen[1]![0]).to.equal('1999: Handover');
    expect(seen[1]![1]).to.match(/^The agreement was handed over/);
    expect(events.map((e) => e.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['1993', '1999']);
    await expect(el).to.be.accessible();
  });

  it('links to the official website, naming the city in the link, safely', async () => {
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    expect(text(link)).to.include('Official website');
    expect(text(link)).to.include('Naousa');
    expect(new URL(link.href).protocol).to.equal('https:');
    expect(new URL(link.href).hostname).to.equal('www.dimosnaousas.gr');
    expect(link.rel.split(' ').sort()).to.deep.equal(['noopener', 'noreferrer']);
    await accessibleInBothThemes(el);
  });
});

describe('<twin-city-card>: Kocaeli in Bulgarian', () => {
  let el: TwinCityCard;
  beforeEach(async () => {
    el = await settled(await fixture<TwinCityCard>(html`<twin-city-card city="kocaeli" lang="bg"></twin-city-card>`));
  });

  it('shows the Bulgarian name, the Turkish one marked as Turkish, and the country in Bulgarian', async () => {
    const heading = el.shadowRoot!.querySelector('[role=heading]')!;
    expect(text(heading)).to.match(/^Коджаели/);
    const native = part(el, 'native-name')!;
    expect(text(native)).to.equal('Kocaeli');
    expect(native.getAttribute('lang')).to.equal('tr');
    const turkey = new Intl.DisplayNames('bg', {type: 'region'}).of('TR')!;
    expect(text(part(el, 'country'))).to.equal(`${turkey}, област Коджаели`);
    expect(text(part(el, 'relation'))).to.equal('Побратимен град');
    await accessibleInBothThemes(el);
  });

  it('shows the council decision with its proposer and its date in Bulgarian', async () => {
    const date = new Intl.DateTimeFormat('bg', {dateStyle: 'long', timeZone: 'UTC'}).format(Date.UTC(2023, 4, 23));
    expect(date).to.equal('23 май 2023 г.');
    expect(text(part(el, 'date'))).to.equal(`от ${date}`);
    const events = [...el.shadowRoot!.querySelectorAll('[part~=event]')];
    expect(events).to.have.length(1);
    expect(text(events[0]!)).to.include(`${date}: Решение на общинския съвет, по предложение на д-р Христо Грудев`);
    expect(text(el.shadowRoot!.querySelector('.history-title'))).to.equal('История');
    expect(text(part(el, 'link'))).to.equal('Официален сайт: Коджаели');
    await accessibleInBothThemes(el);
  });
});

describe('<twin-city-card>: what it cannot show', () => {
  it('says which city it did not find, as an alert, rather than showing an empty box', async () => {
    const el = await settled(await fixture<TwinCityCard>(html`<twin-city-card city="atlantis" lang="en"></twin-city-card>`));
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert, 'an alert').to.exist;
    expect(text(alert)).to.include('atlantis');
    expect(text(alert)).to.include('no twin city');
    expect(part(el, 'card')).to.equal(null);
    expect(alert.getBoundingClientRect().height).to.be.above(0);
    await accessibleInBothThemes(el);
  });

  it('says which city it did not find when it has no city at all', async () => {
    const el = await settled(await fixture<TwinCityCard>(html`<twin-city-card lang="en"></twin-city-card>`));
    const alert = el.shadowRoot!.querySelector('[role=alert]');
    expect(alert, 'an alert').to.exist;
    expect(text(alert).length).to.be.above(10);
    await expect(el).to.be.accessible();
  });
});

describe('<twin-city-card>: the feed property', () => {
  const feed = {
    version: 1,
    home: {id: 'asenovgrad', name: {en: 'Asenovgrad', bg: 'Асеновград'}, country: 'BG', location: {lat: 42.0167, lon: 24.8667}},
    partners: [
      {id: 'lyon', name: 'Lyon', country: 'FR', relation: 'partner', since: '2020-02', location: {lat: 45.764, lon: 4.8357}},
    ],
  };

  it('shows a partner of the given object, fetching nothing even when src is set', async () => {
    const key = uniqueKey();
    const src = `/test-server?file=fixtures/element/three.json&key=${key}`;
    const el = await settled(await fixture<TwinCityCard>(
      html`<twin-city-card city="lyon" lang="en" src=${src} .feed=${feed}></twin-city-card>`));
    expect(text(el.shadowRoot!.querySelector('[role=heading]'))).to.equal('Lyon');
    expect(text(part(el, 'country'))).to.equal(new Intl.DisplayNames('en', {type: 'region'}).of('FR'));
    expect(text(part(el, 'relation'))).to.equal('Partner city');
    expect(text(part(el, 'date'))).to.equal('since February 2020');
    const km = Math.round(haversineKm(feed.home.location, feed.partners[0]!.location));
    expect(text(part(el, 'distance'))).to.equal(`${km.toLocaleString('en')} km from Asenovgrad`);
    expect(await requests(key)).to.equal(0);
    await accessibleInBothThemes(el);
  });

  it('shows a new object when the property changes', async () => {
    const el = await settled(await fixture<TwinCityCard>(html`<twin-city-card city="lyon" lang="en" .feed=${feed}></twin-city-card>`));
    const renamed = {...feed, partners: [{...feed.partners[0]!, name: 'Lugdunum'}]};
    el.feed = renamed;
    await waitUntil(() => text(el.shadowRoot!.querySelector('[role=heading]')) === 'Lugdunum', 'the new feed was not shown');
    await expect(el).to.be.accessible();
  });

  const invalid: {what: string; value: unknown; message: RegExp}[] = [
    {what: 'version 2', value: {...feed, version: 2}, message: /not in the twin-cities format \(version\)/},
    {what: 'no partners array', value: {version: 1, home: feed.home}, message: /not in the twin-cities format \(partners\)/},
    {what: 'a string', value: 'lyon', message: /not in the twin-cities format \(\/\)/},
    {what: 'null', value: null, message: /not in the twin-cities format \(\/\)/},
  ];
  for (const c of invalid) {
    it(`shows the error state for a feed object with ${c.what}`, async () => {
      const el = await settled(await fixture<TwinCityCard>(html`<twin-city-card city="lyon" lang="en" .feed=${c.value}></twin-city-card>`));
      const error = part(el, 'error')!;
      expect(error, 'the error').to.exist;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.match(c.message);
      expect(text(part(el, 'retry'))).to.equal('Try again');
      expect(part(el, 'card')).to.equal(null);
      await accessibleInBothThemes(el);
    });
  }
});
