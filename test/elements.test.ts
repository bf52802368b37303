// The page's bundle, built from src/elements.ts to dist/twin-cities.js: what a page that loads it gets.
import {expect} from '@open-wc/testing';
import {container, serve, settled} from './helpers.js';

type Bundle = typeof import('../src/elements.js');
type FeedTools = typeof import('../src/feed/index.js');
// Paths in variables: the built files, as a page loads them, not the sources.
const BUNDLE = '/dist/twin-cities.js';
const FEED_TOOLS = '/dist/feed/index.js';

describe('dist/twin-cities.js, the page’s bundle', () => {
  it('defines every element, under its tag, as the class it exports; the map once the page shows one', async () => {
    const bundle: Bundle = await import(BUNDLE);
    const tags = {'twin-cities-list': bundle.TwinCitiesList, 'twin-city-card': bundle.TwinCityCard, 'twin-city-badge': bundle.TwinCityBadge};
    for (const [tag, exported] of Object.entries(tags)) {
      expect(customElements.get(tag) === exported, `<${tag}> is ${exported?.name}`).to.equal(true);
      expect(exported.prototype instanceof bundle.TwinCitiesElement, `${exported.name} extends TwinCitiesElement`).to.equal(true);
    }
    // The map's class comes with its code, a chunk that only a page with a map loads.
    expect(customElements.get('twin-cities-map'), 'no map on the page yet').to.equal(undefined);
    container().append(document.createElement('twin-cities-map'));
    const map = await customElements.whenDefined('twin-cities-map');
    expect(map.prototype instanceof bundle.TwinCitiesElement, 'TwinCitiesMap extends TwinCitiesElement').to.equal(true);
  });

  it('reports a feed that cannot load with an error a page can tell by instanceof FeedError', async () => {
    const {FeedError}: Bundle = await import(BUNDLE);
    const card = document.createElement('twin-city-card');
    card.lang = 'en';
    card.city = 'kilkis';
    card.src = serve('fixtures/element/three.json', {status: 404}).url;
    const errors: unknown[] = [];
    card.addEventListener('twin-cities-error', (event) => errors.push(event.detail.error));
    container().append(card);
    await settled(card);
    expect(errors).to.have.length(1);
    expect(errors[0] instanceof FeedError, String(errors[0])).to.equal(true);
    expect((errors[0] as InstanceType<typeof FeedError>).code).to.equal('http');
  });

  it('leaves the feed’s tools to dist/feed/index.js, which checks a feed with nothing else loaded', async () => {
    const {validateFeed, RELATIONS}: FeedTools = await import(FEED_TOOLS);
    const {feed, skipped} = validateFeed(await (await fetch('/data/twin-cities.json')).json());
    expect(feed.home.id).to.equal('asenovgrad');
    expect(feed.partners.length).to.equal(9);
    expect(feed.partners.every((partner) => RELATIONS.includes(partner.relation))).to.equal(true);
    expect(skipped).to.deep.equal([]);
  });
});
