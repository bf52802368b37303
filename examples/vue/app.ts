// A Vue 3 app that shows its town's twin cities from a feed object it already has. Vue sets a custom element's
// binding as a property only if the element has that property when Vue renders, which it has once it is defined;
// before, Vue sets an attribute (`feed="[object Object]"`). `.prop` (`:feed.prop`, or `.feed`) makes it a property
// either way. `@twin-cities-load` listens for the event as named.
import {createApp, defineComponent, type PropType} from 'vue';
import type {TwinCitiesLoadDetail} from 'twin-cities-widgets';
import type {Feed} from 'twin-cities-widgets/feed.js';
import type {} from 'twin-cities-widgets/vue';

export const TwinTowns = defineComponent({
  props: {feed: {type: Object as PropType<Feed>, required: true}},
  emits: {load: (detail: TwinCitiesLoadDetail) => Boolean(detail)},
  template: `
    <section>
      <h2>Our twin towns</h2>
      <twin-cities-list :feed.prop="feed" layout="grid" heading-level="3" @twin-cities-load="$emit('load', $event.detail)">
        <a href="/twin-towns">Our twin towns</a>
      </twin-cities-list>
    </section>`,
});

/** The app's entry: mounts it in `container`. */
export function mount(container: Element, props: {feed: Feed; onLoad: (detail: TwinCitiesLoadDetail) => void}) {
  const app = createApp(TwinTowns, props);
  // The elements are not Vue components. (With single-file components, this goes to the build's options instead:
  // Vite's `vue({template: {compilerOptions: {isCustomElement}}})`.)
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('twin-cit');
  app.mount(container);
  return app;
}
