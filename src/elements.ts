/**
 * The entry of the page's bundle (`dist/twin-cities.js`): defines every element, and exports their classes,
 * the feed controller for a page's own elements, and `FeedError`, so that an error a widget reports can be
 * told apart with `instanceof`. The feed's other tools are not in its exports, which would keep them in
 * every page's bundle; a page that wants them imports `dist/feed/index.js`, which needs nothing else.
 * The map is defined once the page shows one (its class then comes with its code), and placeholders are
 * upgraded once the page has one: `customElements.whenDefined('twin-cities-map')` gives its class.
 */
export * from './define/twin-cities-list.js';
export * from './define/twin-city-card.js';
export * from './define/twin-city-badge.js';
export {TwinCitiesElement} from './element.js';
export {FeedController} from './feed/controller.js';
export {FeedError} from './feed/errors.js';
import {ON_DEMAND} from './lazy-elements.js';
import {whenPresent} from './when-present.js';

for (const [tag, load] of Object.entries(ON_DEMAND)) whenPresent(tag, load);
// After the elements are defined: `<div data-twin-cities="list">` in a page whose editor keeps no custom element.
whenPresent('[data-twin-cities]', () => import('./placeholders.js').then(({upgradePlaceholders}) => upgradePlaceholders()));
