/** The package's main module: every element, defined, and the feed's tools (types, validation, the loader). */
export * from './elements.js';
export * from './feed/index.js';
