import type {Locale} from '../i18n/locale.js';

/** What the map says beyond the messages every element shares. */
export interface MapMessages {
  /** The map's description, after its title (the list's label): `count` is "9 twin cities". */
  description(home: string, count: string): string;
  /** The description when the home town has no location: the partners are shown without lines. */
  descriptionNoHome(count: string): string;
  /** Above the partners that have no location in the feed. */
  notOnMap: string;
  /** The accessible name of a marker that stands for several partners close together. */
  cluster(count: string, names: string): string;
  /** The label of such a marker: the first partner's name and how many more. */
  clusterLabel(name: string, more: string): string;
  /** The button that brings a map zoomed into a cluster back to all partners. */
  zoomOut: string;
}

const en: MapMessages = {
  description: (home, count) => `A map of ${home} and its ${count}, each joined to ${home} by a line.`,
  descriptionNoHome: (count) => `A map of ${count}.`,
  notOnMap: 'Not on the map',
  cluster: (count, names) => `${count}: ${names}`,
  clusterLabel: (name, more) => `${name} +${more}`,
  zoomOut: 'Show all twin cities',
};

/**
 * The map's messages in the locale's language. Until each language file has them, under `map`, every
 * language shows the English ones.
 */
export const mapMessages = (locale: Locale): MapMessages => (locale.t as {map?: MapMessages}).map ?? en;
