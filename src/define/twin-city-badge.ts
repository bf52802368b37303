// Defines <twin-city-badge>: the one module that does, so that importing the class defines nothing.
import {TwinCityBadge} from '../twin-city-badge.js';

export * from '../twin-city-badge.js';

TwinCityBadge.define('twin-city-badge');
