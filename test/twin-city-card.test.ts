import {expect, waitUntil} from '@open-wc/testing';
import '../src/define/twin-city-card.js';
import {$, $$, countryName, dateIn, mount, part, requests, serve, settled, text, warnings} from './helpers.js';

/** A card with these attributes (and `feed`, when given), loaded. */
const card = (attributes: Record<string, string>, feed?: unknown) => settled(mount('twin-city-card', attributes, {feed}));

describe('<twin-city-card>: Naousa in English', () => {
  let el: Awaited<ReturnType<typeof card>>;
  beforeEach(async () => {
    el = await card({city: 'naousa', lang: 'en'});
  });

  it('has a level-3 heading with the name and, marked as Greek, the native name', async () => {
    const heading = $(el, '[role=heading]')!;
    expect(heading, 'a heading').to.exist;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(text(heading)).to.include('Naousa');
    const native = part(el, 'native-name')!;
    expect(text(native)).to.equal('Νάουσα');
    expect(native.closest('[lang]')!.getAttribute('lang')).to.equal('el');
    // The English name is not marked as Greek.
    const english = [...heading.querySelectorAll('span')].find((s) => s.textContent === 'Naousa')!;
    expect(english.closest('[lang]')?.getAttribute('lang') ?? 'en').not.to.equal('el');
  });

  for (const level of [1, 2, 4, 6]) {
    it(`takes heading-level="${level}" for its heading's level`, async () => {
      el.setAttribute('heading-level', String(level));
      await el.updateComplete;
      expect($(el, '[role=heading]')!.getAttribute('aria-level')).to.equal(String(level));
    });
  }

  it('shows the former name, the country and region, and the relation with its year', async () => {
    expect(text(part(el, 'former-name'))).to.equal('formerly Stenimachos');
    const greece = countryName('en', 'GR');
    expect(text(part(el, 'country'))).to.equal(`${greece}, Imathia, Central Macedonia`);
    expect(text(part(el, 'relation'))).to.equal('Cooperation agreement');
    const date = part(el, 'date')!;
    expect(text(date)).to.equal('since 1993');
    expect(date.getAttribute('datetime')).to.equal('1993');
  });

  it('shows the summary in English', async () => {
    expect(text(part(el, 'summary'))).to.match(/^The cooperation agreement was signed in 1993 with the mayor of Stenimachos/);
  });

  it('shows the distance from Asenovgrad as the crow flies, in whole km', async () => {
    expect(text(part(el, 'distance'))).to.equal('280 km from Asenovgrad');
  });

  it('lists the history in order, with each event’s date and label', async () => {
    const events = $$(el, '[part~=history] [part~=event]');
    expect(events).to.have.length(2);
    // What is seen: the date and label on one line, the event's text below (innerText keeps the line break).
    const seen = events.map((e) => (e as HTMLElement).innerText.split('\n').map((line) => line.trim()));
    expect(seen[0]![0]).to.equal('1993: Agreement signed');
    expect(seen[0]![1]).to.match(/^A cooperation agreement was signed/);
    expect(seen[1]![0]).to.equal('1999: Handover');
    expect(seen[1]![1]).to.match(/^The agreement was handed over/);
    expect(events.map((e) => e.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['1993', '1999']);
  });

  it('links to the official website, naming the city in the link, safely', async () => {
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    expect(text(link)).to.include('Official website');
    expect(text(link)).to.include('Naousa');
    expect(new URL(link.href).protocol).to.equal('https:');
    expect(new URL(link.href).hostname).to.equal('www.dimosnaousas.gr');
    expect(link.rel.split(' ').sort()).to.deep.equal(['noopener', 'noreferrer']);
  });
});

describe('<twin-city-card>: Kocaeli in Bulgarian', () => {
  let el: Awaited<ReturnType<typeof card>>;
  beforeEach(async () => {
    el = await card({city: 'kocaeli', lang: 'bg'});
  });

  it('shows the Bulgarian name, the Turkish one marked as Turkish, and the country in Bulgarian', async () => {
    const heading = $(el, '[role=heading]')!;
    expect(text(heading)).to.match(/^Коджаели/);
    const native = part(el, 'native-name')!;
    expect(text(native)).to.equal('Kocaeli');
    expect(native.getAttribute('lang')).to.equal('tr');
    const turkey = countryName('bg', 'TR');
    expect(text(part(el, 'country'))).to.equal(`${turkey}, област Коджаели`);
    expect(text(part(el, 'relation'))).to.equal('Побратимен град');
  });

  it('shows the council decision with its proposer and its date in Bulgarian', async () => {
    const date = dateIn('bg', '2023-05-23');
    expect(date).to.equal('23 май 2023 г.');
    expect(text(part(el, 'date'))).to.equal(`от ${date}`);
    const events = $$(el, '[part~=event]');
    expect(events).to.have.length(1);
    expect(text(events[0]!)).to.include(`${date}: Решение на общинския съвет, по предложение на д-р Христо Грудев`);
    expect(text($(el, '.history-title'))).to.equal('История');
    expect(text(part(el, 'link'))).to.equal('Официален сайт: Коджаели');
  });

  it('shows the distance from Asenovgrad in Bulgarian', async () => {
    expect(text(part(el, 'distance'))).to.equal('на 444 km от Асеновград');
  });
});

describe('<twin-city-card>: what it cannot show', () => {
  it('says which city it did not find, as an alert, rather than showing an empty box', async () => {
    const el = await card({city: 'atlantis', lang: 'en'});
    const alert = $(el, '[role=alert]')!;
    expect(alert, 'an alert').to.exist;
    expect(text(alert)).to.include('atlantis');
    expect(text(alert)).to.include('no twin city');
    expect(part(el, 'card')).to.equal(null);
    expect(alert.getBoundingClientRect().height).to.be.above(0);
  });

  it('says which city it did not find when it has no city at all', async () => {
    const el = await card({lang: 'en'});
    const alert = $(el, '[role=alert]');
    expect(alert, 'an alert').to.exist;
    expect(text(alert)).to.equal('There is no twin city “” in this list.');
    expect(part(el, 'card')).to.equal(null);
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
    const {key, url} = serve('fixtures/element/three.json');
    const el = await card({city: 'lyon', lang: 'en', src: url}, feed);
    expect(text($(el, '[role=heading]'))).to.equal('Lyon');
    expect(text(part(el, 'country'))).to.equal(countryName('en', 'FR'));
    expect(text(part(el, 'relation'))).to.equal('Partner city');
    expect(text(part(el, 'date'))).to.equal('since February 2020');
    expect(text(part(el, 'distance'))).to.equal('1,654 km from Asenovgrad');
    expect(await requests(key)).to.equal(0);
  });

  it('shows a new object when the property changes', async () => {
    const el = await card({city: 'lyon', lang: 'en'}, feed);
    const renamed = {...feed, partners: [{...feed.partners[0]!, name: 'Lugdunum'}]};
    el.feed = renamed;
    await waitUntil(() => text($(el, '[role=heading]')) === 'Lugdunum', 'the new feed was not shown');
  });

  const invalid: {what: string; value: unknown; message: RegExp}[] = [
    {what: 'version 2', value: {...feed, version: 2}, message: /not in the twin-cities format \(version\)/},
    {what: 'no partners array', value: {version: 1, home: feed.home}, message: /not in the twin-cities format \(partners\)/},
    // Text is taken as the feed's JSON (the feed attribute): text that is not JSON says so.
    {what: 'a string that is not JSON', value: 'lyon', message: /the file is not valid JSON/},
    {what: 'JSON text of something else', value: '"lyon"', message: /not in the twin-cities format \(\/\)/},
    {what: 'null', value: null, message: /not in the twin-cities format \(\/\)/},
  ];
  for (const c of invalid) {
    it(`shows the error state for a feed object with ${c.what}`, async () => {
      const el = await card({city: 'lyon', lang: 'en'}, c.value);
      if (typeof c.value === 'string') expect(warnings.take().map((w) => w.text)).to.deep.equal([
        'twin-cities: the feed is text, not JSON: a framework should set the feed property to the object (README: React 19 and Vue 3)']);
      const error = part(el, 'error')!;
      expect(error, 'the error').to.exist;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.match(c.message);
      expect(text(part(el, 'retry'))).to.equal('Try again');
      expect(part(el, 'card')).to.equal(null);
    });
  }
});
