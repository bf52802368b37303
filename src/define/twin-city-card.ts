// Defines <twin-city-card>: the one module that does, so that importing the class defines nothing.
import {TwinCityCard} from '../twin-city-card.js';

export * from '../twin-city-card.js';

TwinCityCard.define('twin-city-card');
