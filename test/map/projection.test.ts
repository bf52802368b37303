import {expect} from '@open-wc/testing';
import {loadFeed} from '../../src/feed/load.js';
import {enclosingCircle, fitProjection, type LonLat} from '../../src/map/projection.js';

const {feed} = await loadFeed('/data/twin-cities.json');
const {feed: crowded} = await loadFeed('/test/fixtures/map/thirty-six.json');
const places = (partners: typeof feed.partners): LonLat[] => partners.map(({location}) => [location!.lon, location!.lat]);

describe('map projection', () => {
  it('centres Bulgaria to Bali between them, not on the crowd of Balkan partners', () => {
    const {center, radius} = enclosingCircle(places(feed.partners));
    // Asenovgrad's partners: from Prilep (21.6° E) and Stary Oskol (51.3° N) to Denpasar (115.2° E, 8.7° S).
    expect(center[0]).to.be.within(50, 90);
    expect(radius).to.be.within(40, 55);
  });

  it('fits every place inside the box, for one region, half the globe and five continents', () => {
    const greek = places(feed.partners.filter(({country}) => country === 'GR'));
    for (const set of [greek, places(feed.partners), places(crowded.partners)]) {
      for (const [width, height] of [[320, 200], [1200, 640], [400, 700]] as const) {
        const projection = fitProjection(set, [[10, 10], [width - 10, height - 10]]);
        for (const place of set) {
          const [x, y] = projection(place)!;
          expect(x >= 9.5 && x <= width - 9.5 && y >= 9.5 && y <= height - 9.5, `${place} inside ${width} × ${height}`).to.equal(true);
        }
      }
    }
  });
});
