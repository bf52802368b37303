// Defines <twin-cities-list>: the one module that does, so that importing the class defines nothing.
import {TwinCitiesList} from '../twin-cities-list.js';

export * from '../twin-cities-list.js';

TwinCitiesList.define('twin-cities-list');
