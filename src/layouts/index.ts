// The list's layouts, by the name its `layout` attribute takes. Adding one is a module beside this file
// and a line here: a value for a layout in the core, a loader for one in a chunk of its own.
import type {OnDemand} from '../on-demand.js';
import type {Layout} from './layout.js';
import list from './list.js';

export const LAYOUTS = {
  list,
  // The card's template, which the grid's chunk imports, is asked for with it, not once it has arrived.
  grid: () => (import('../card.js'), import('./grid.js')),
  compact: () => import('./compact.js'),
  timeline: () => import('./timeline.js'),
} satisfies Record<string, OnDemand<Layout>>;

export type LayoutName = keyof typeof LAYOUTS;

/** The layout of that name; the list for any other (and for none). */
export const layoutNamed = (name?: string): OnDemand<Layout> =>
  name && Object.hasOwn(LAYOUTS, name) ? LAYOUTS[name as LayoutName] : list;
