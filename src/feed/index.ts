/** The feed, for every element and for tools: types, validation and the shared loader. */
export {RELATIONS, STATUSES, EVENT_TYPES} from './types.js';
export type {Feed, Place, Partner, TwinEvent, Location, Text, PartialDate, Relation, Status, EventType} from './types.js';
export * from './errors.js';
export {validateFeed, httpUrl, MAX_TEXT, type ValidFeed} from './validate.js';
export {loadFeed, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, type LoadOptions} from './load.js';
