// Everything the map draws, in the box's pixels: the land, the arcs, the markers in focus order and the
// labels that fit. Computed once per feed, language and size; hovering and focusing only re-render.
import {geoPath} from 'd3-geo';
import {feature} from 'topojson-client';
import type {GeometryObject} from 'topojson-specification';
import type {Feed, Partner, Place} from '../feed/types.js';
import type {Locale} from '../i18n/locale.js';
import {cluster, placeLabels, type Circle, type LabelRequest, type PlacedLabel} from './labels.js';
import {land} from './land.js';
import type {LabelMeasure} from './measure.js';
import {enclosingCircle, fitProjection, type LonLat} from './projection.js';

export interface MapInput {
  readonly feed: Feed;
  /** The partners to show (after the `country` filter), in the feed's order. */
  readonly partners: readonly Partner[];
  readonly locale: Locale;
  /** The box, in CSS pixels: the map is drawn at its real size, so its labels keep the text's size. */
  readonly width: number;
  readonly height: number;
  /** The size of labels in their font: `labelMeasure(element)`. */
  readonly labelSize: LabelMeasure;
  /** The highlighted partner's id: its label is placed first. */
  readonly city?: string | undefined;
  /** The ids of the partners to fit the map to (a cluster zoomed into); all of them when absent. */
  readonly zoom?: readonly string[] | undefined;
}

/** A marker: one partner, or several too close together to tell apart. */
export interface MapMarker extends Circle {
  /** The first partner's id: unique on the map, and kept while the map is redrawn. */
  readonly key: string;
  readonly partners: readonly Partner[];
}

export interface MapLabel extends PlacedLabel {
  readonly text: string;
  /** Where the text's baseline is. */
  readonly baseline: number;
  /** The text's language, where it is not the widget's (a name the feed has in another language only). */
  readonly lang: string | undefined;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  /** SVG path data of the land. */
  readonly land: string;
  /** A great-circle arc from the home town to each partner with a location (none when the home has none). */
  readonly arcs: readonly {readonly id: string; readonly d: string}[];
  readonly home: Circle | undefined;
  /** The markers inside the box, west to east: the order of the keyboard's focus. */
  readonly markers: readonly MapMarker[];
  /** Labels by marker key (`home` for the home town); a marker without room for its label has none. */
  readonly labels: ReadonlyMap<string, MapLabel>;
}

/** The radius of a marker that stands for `count` partners; a single one's includes room to click around its dot. */
export const markerRadius = (count: number) => (count === 1 ? 7 : count < 10 ? 10 : 12);
const HOME = 6;

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
const lonLat = (place: Place): LonLat => [place.location!.lon, place.location!.lat];
let outlines: ReturnType<typeof feature> | undefined;

export function layoutMap(input: MapInput): MapLayout {
  const {feed, partners, locale, width, height, labelSize, city, zoom} = input;
  const located = partners.filter((partner) => partner.location);
  const home = feed.home.location ? lonLat(feed.home) : undefined;
  const fitted = (zoom ? located.filter((partner) => zoom.includes(partner.id)) : located).map(lonLat);
  // Zoomed into a cluster, the map keeps the home town in view where it is near (a crowd around it), not
  // where it is far (partners on another continent).
  const near = home && (!zoom || enclosingCircle([home, ...fitted]).radius <= 2 * enclosingCircle(fitted).radius + 3);
  const places = near ? [home, ...fitted] : fitted;
  if (!places.length) return {width, height, land: '', arcs: [], home: undefined, markers: [], labels: new Map()};

  // Room for a label beside a marker at the edge, and never less than a marker's size.
  const margin = Math.max(markerRadius(10) + 4, Math.min(width, height) * 0.08);
  const projection = fitProjection(places, [[margin, margin], [width - margin, height - margin]]);
  const path = geoPath(projection).digits(1);
  outlines ??= feature(land, land.objects.land as GeometryObject);
  const within = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= width && y <= height;

  const homeXY = home && projection(home);
  const homeCircle = homeXY && within(homeXY) ? {x: homeXY[0], y: homeXY[1], r: HOME} : undefined;
  const projected = located
    .map((partner) => ({item: partner, xy: projection(lonLat(partner))}))
    .filter((entry): entry is {item: Partner; xy: [number, number]} => !!entry.xy && within(entry.xy))
    .map(({item, xy: [x, y]}) => ({item, x, y}));
  const markers = cluster(projected, markerRadius, homeCircle ? [homeCircle] : [])
    // A marker moved off the home town stays inside the box all the same.
    .map(({x, y, r, members}) => ({key: members[0]!.id, x: clamp(x, r, width - r), y: clamp(y, r, height - r), r, partners: members}))
    .sort((a, b) => a.x - b.x || a.y - b.y);

  const request = (key: string, circle: Circle, text: string): LabelRequest =>
    ({key, ...circle, width: Math.ceil(labelSize.measure(text)) + 2, height: labelSize.height});
  const texts = new Map<string, [string, string | undefined]>();
  const name = (place: Place) => {
    const [text, lang] = locale.textIn(place.name);
    return [text, lang === locale.lang ? undefined : lang] as [string, string | undefined];
  };
  if (homeCircle) texts.set('home', name(feed.home));
  for (const marker of markers) {
    const [first] = marker.partners;
    const [text, lang] = name(first!);
    texts.set(marker.key, marker.partners.length === 1
      ? [text, lang]
      : [`${text} +${locale.number(marker.partners.length - 1)}`, lang]);
  }
  // The home town first, then the highlighted partner, then larger clusters before single partners.
  const order = [
    // The home town's label may stand off its marker, with a line to it, where partners crowd around it.
    ...(homeCircle ? [{...request('home', homeCircle, texts.get('home')![0]), rings: 5, leader: true}] : []),
    ...[...markers]
      .sort((a, b) => Number(b.partners.some((p) => p.id === city)) - Number(a.partners.some((p) => p.id === city)) ||
        b.partners.length - a.partners.length)
      .map((marker) => request(marker.key, marker, texts.get(marker.key)![0])),
  ];
  const obstacles = homeCircle ? [homeCircle, ...markers] : markers;
  const labels = new Map(placeLabels(order, obstacles, {x: 0, y: 0, width, height})
    .map((label) => [label.key, {...label, baseline: label.y + labelSize.ascent, text: texts.get(label.key)![0], lang: texts.get(label.key)![1]}]));

  return {
    width,
    height,
    land: path(outlines) ?? '',
    arcs: home ? located.map((partner) => ({id: partner.id, d: path({type: 'LineString', coordinates: [home, lonLat(partner)]}) ?? ''})) : [],
    home: homeCircle,
    markers,
    labels,
  };
}
