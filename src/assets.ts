// Files shipped with the package, found relative to this module so that the bundle loads them from
// wherever it is served (a CDN, node_modules, the repo). This file sits directly under src/ (and so
// directly under dist/, bundled or not) so that `..` is the package's root in every build.

/** The feed a widget shows when it has no `src` and no `feed`: Asenovgrad's. */
export const DEFAULT_FEED = new URL('../data/twin-cities.json', import.meta.url).href;

/** A country's flag, from the `flag-icons` set copied beside the data at build time. */
export const flagUrl = (country: string) => new URL(`../data/flags/${country.toLowerCase()}.svg`, import.meta.url).href;
