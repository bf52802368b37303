// Which projection shows a set of places, and how it fits them into a box.
import {geoAzimuthalEqualArea, geoCircle, geoDistance, geoNaturalEarth1, type GeoProjection} from 'd3-geo';

/** Longitude and latitude, in degrees (GeoJSON's order). */
export type LonLat = [lon: number, lat: number];

/**
 * Beyond this angular radius (degrees) the places span most of a hemisphere: a world map (Natural Earth,
 * centred on them) then reads better than an azimuthal one, whose far side shears into a ring.
 */
const WORLD = 70;
/** The least angular radius shown: partners in one region still show their coasts and neighbours. */
const REGION = 3;
const rad = Math.PI / 180;

/**
 * The centre of the smallest circle on the sphere around the places, and its angular radius in degrees:
 * from Bulgaria out to Bali, the centre lies between them, not on the crowd of Balkan partners as a
 * centroid would. Bădoiu and Clarkson's iteration, on unit vectors: a step towards the farthest place, shorter each time.
 */
export function enclosingCircle(places: readonly LonLat[]): {center: LonLat; radius: number} {
  const points = places.map(([lon, lat]) => [Math.cos(lat * rad) * Math.cos(lon * rad), Math.cos(lat * rad) * Math.sin(lon * rad), Math.sin(lat * rad)]);
  const dot = (a: number[], b: number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
  let center = points[0]!;
  for (let step = 1; step <= 100; step++) {
    // The farthest place is the one whose vector is least aligned with the centre's.
    const farthest = points.reduce((a, b) => (dot(b, center) < dot(a, center) ? b : a));
    const moved = center.map((c, i) => c + (farthest[i]! - c) / (step + 1));
    const length = Math.hypot(...moved);
    // Antipodal places have no smallest circle: keep the last centre.
    if (length < 1e-9) break;
    center = moved.map((c) => c / length);
  }
  const [x, y, z] = center as [number, number, number];
  const middle: LonLat = [Math.atan2(y, x) / rad, Math.atan2(z, Math.hypot(x, y)) / rad];
  return {center: middle, radius: Math.max(...places.map((place) => geoDistance(middle, place))) / rad};
}

/**
 * A projection that shows `places` inside `[x0, y0]–[x1, y1]`, scaled to fill it without changing the
 * map's aspect. Near places get an azimuthal equal-area projection centred on them, with true
 * shapes and areas; places spread over the world get Natural Earth, turned to their middle longitude.
 */
export function fitProjection(places: readonly LonLat[], extent: [[number, number], [number, number]]): GeoProjection {
  const {center, radius} = enclosingCircle(places);
  const projection = radius > WORLD
    ? geoNaturalEarth1().rotate([-center[0], 0])
    : geoAzimuthalEqualArea().rotate([-center[0], -center[1]]);
  // Fitted to the places and a small circle around their centre, so that one town, or a few close
  // together, still get a region around them.
  return projection.fitExtent(extent, {
    type: 'GeometryCollection',
    geometries: [{type: 'MultiPoint', coordinates: places.map((place) => [...place])}, geoCircle().center(center).radius(REGION)()],
  });
}
