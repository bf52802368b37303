// What an app writes against the published package: each entry of `exports` resolves, with types that
// know the elements' properties and events. The lines marked @ts-expect-error must stay errors.
import 'twin-cities-widgets/twin-cities-list.js';
import 'twin-cities-widgets/twin-city-card.js';
import 'twin-cities-widgets/twin-cities-map.js';
import {TwinCitiesElement, TwinCityBadge, FeedError, validateFeed, type Feed} from 'twin-cities-widgets';
import {loadFeed, RELATIONS, type Partner} from 'twin-cities-widgets/feed.js';

const list = document.createElement('twin-cities-list');
list.layout = 'grid';
list.sort = '-date';
list.limit = 6;
// @ts-expect-error: not a layout
list.layout = 'carousel';
list.addEventListener('twin-cities-load', ({detail}) => detail.feed.partners.map((partner: Partner) => partner.id));
list.addEventListener('twin-city-select', ({detail}) => detail.id.toUpperCase());
list.addEventListener('twin-cities-error', ({detail}) => detail.error instanceof FeedError && detail.error.code === 'http');

const card = document.createElement('twin-city-card');
card.city = 'kocaeli';
card.headingLevel = 2;

const badge: TwinCityBadge = document.createElement('twin-city-badge');
badge.variant = 'icon';
badge.homeName = 'Asenovgrad';
badge.relation = 'cooperation';
// @ts-expect-error: not a relation
badge.relation = 'sister';

const map = document.createElement('twin-cities-map');
map.country = 'TR,GR';
map.htmlFor = 'partners';
map.addEventListener('twin-city-select', ({detail}) => detail.id.toUpperCase());
// @ts-expect-error: a heading level is a number
map.headingLevel = 'h2';

TwinCitiesElement.maxBytes = 2 * 1024 * 1024;
const elements: TwinCitiesElement[] = [list, card, badge, map];

const feed: Feed = validateFeed(JSON.parse('{}')).feed;
const relations: readonly string[] = RELATIONS;
void loadFeed('https://www.example-town.eu/twin-cities.json', {timeout: 5000}).then(({feed, skipped}) => [feed.home.name, skipped.length]);
export {elements, feed, relations};
