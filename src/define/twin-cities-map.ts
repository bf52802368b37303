// Defines <twin-cities-map>: the one module that does, so that importing the class defines nothing.
import {TwinCitiesMap} from '../twin-cities-map.js';

export * from '../twin-cities-map.js';

TwinCitiesMap.define('twin-cities-map');
