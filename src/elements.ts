/**
 * Every element, defined: the entry of the page's bundle (`dist/twin-cities.js`). The feed's tools are
 * not in its exports, which would keep them in every page's bundle; a page that wants them imports
 * `dist/feed/index.js`, which needs nothing else. `FeedError` is, so that an error a widget reports
 * can be told apart with `instanceof`.
 */
export {TwinCitiesElement, type Loaded, type TwinCitiesLoadDetail} from './element.js';
export {TwinCitiesList, type Layout, type Sort} from './twin-cities-list.js';
export {TwinCityCard} from './twin-city-card.js';
export {TwinCityBadge, type BadgeVariant} from './twin-city-badge.js';
export {FeedError} from './feed/errors.js';
