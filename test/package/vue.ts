// What a Vue 3 app's templates are checked against with the package's GlobalComponents (`twin-cities-widgets/vue`),
// generated from the manifest: each element's props, `feed`, and the `on…` props that `@twin-cities-load` compiles
// to. The lines marked @ts-expect-error must stay errors.
import type {GlobalComponents} from 'vue';
import type {} from 'twin-cities-widgets/vue';
import type {Feed} from 'twin-cities-widgets/feed.js';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

declare const feed: Feed;

export const list: Props<'twin-cities-list'> = {
  feed,
  layout: 'timeline',
  'heading-level': 2,
  searchable: true,
  onTwinCitiesLoad: (event) => event.detail.feed.partners.length,
  onTwinCitySelect: (event) => event.detail.id.toUpperCase(),
};
export const card: Props<'twin-city-card'> = {city: 'kocaeli', 'heading-level': 3};
export const badge: Props<'twin-city-badge'> = {'home-name': 'Asenovgrad', 'home-country': 'BG', country: 'TR', relation: 'partner', variant: 'icon'};

// @ts-expect-error: not a layout
export const carousel: Props<'twin-cities-list'> = {layout: 'carousel'};
// @ts-expect-error: not a relation
export const sister: Props<'twin-city-badge'> = {relation: 'sister'};
// @ts-expect-error: a twin-city-select event's detail has no feed
export const select: Props<'twin-cities-list'> = {onTwinCitySelect: (event) => event.detail.feed};
