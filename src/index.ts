/**
 * Every element, defined, and the pieces to build on: the bundle's entry (`dist/twin-cities.js`)
 * and the package's main module.
 */
export {TwinCitiesElement, type Loaded, type TwinCitiesLoadDetail} from './element.js';
export {TwinCitiesList, type Layout, type Sort} from './twin-cities-list.js';
export {TwinCityCard} from './twin-city-card.js';
export {TwinCityBadge, type BadgeVariant} from './twin-city-badge.js';
export * from './feed/index.js';
