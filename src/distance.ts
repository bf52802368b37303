// How far a partner is from the home town, for the card and its pre-rendered form.
import type {Place} from './feed/types.js';

/**
 * Kilometres along the great circle (haversine, mean Earth radius), when both places have a location.
 * Written out rather than taken from d3-geo, whose `geoDistance` brings d3-array along, into the card's chunk.
 */
export function distanceKm(a: Place, b: Place): number | undefined {
  if (!a.location || !b.location) return undefined;
  const rad = Math.PI / 180;
  const [lat1, lat2] = [a.location.lat * rad, b.location.lat * rad];
  const h = Math.sin((lat2 - lat1) / 2) ** 2 +
    Math.cos(lat1) * Math.cos(lat2) * Math.sin(((b.location.lon - a.location.lon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
