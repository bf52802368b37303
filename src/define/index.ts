// Defines every element.
export * from './twin-cities-list.js';
export * from './twin-city-card.js';
export * from './twin-city-badge.js';
export * from './twin-cities-map.js';
