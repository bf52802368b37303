/**
 * The package's main module: the element classes, the feed controller and the feed's tools. It defines
 * nothing: `twin-cities-widgets/define.js` defines every element, `twin-cities-widgets/<tag>.js` one.
 */
export {TwinCitiesElement} from './element.js';
export {TwinCitiesList, type Layout, type Sort} from './twin-cities-list.js';
export {TwinCityCard} from './twin-city-card.js';
export {TwinCityBadge, type BadgeVariant} from './twin-city-badge.js';
export {TwinCitiesMap} from './twin-cities-map.js';
export * from './events.js';
export * from './feed/controller.js';
export * from './feed/index.js';
export type {Locale} from './i18n/locale.js';
export {renderSnippet, SnippetError, SNIPPET_OPTIONS, type SnippetOptions, type SnippetElement} from './render.js';
