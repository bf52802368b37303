// A React 19 app that shows its town's twin cities from a feed object it already has. React 19 sets a custom
// element's prop as a property only if the element has that property when React renders, which it has once it is
// defined; before, React sets an attribute (`feed="[object Object]"`). Its `on…` props add listeners for the event
// named as written after `on`: `ontwin-cities-load`, as `onTwinCitiesLoad` would wait for "TwinCitiesLoad".
import type {ReactNode} from 'react';
import {createRoot} from 'react-dom/client';
import type {TwinCitiesList, TwinCitiesLoadDetail} from 'twin-cities-widgets';
import type {Feed} from 'twin-cities-widgets/feed.js';
import type {} from 'twin-cities-widgets/react';

export interface Props {
  feed: Feed;
  onLoad: (detail: TwinCitiesLoadDetail) => void;
}

/** For an app that defines the elements before it renders (`import 'twin-cities-widgets/define.js'`): `feed` is a prop. */
export function TwinTowns({feed, onLoad}: Props) {
  return (
    <section>
      <h2>Our twin towns</h2>
      <twin-cities-list feed={feed} layout="grid" heading-level={3} ontwin-cities-load={(event) => onLoad(event.detail)}>
        <a href="/twin-towns">Our twin towns</a>
      </twin-cities-list>
    </section>
  );
}

/**
 * For a page that loads the widgets' script itself (`<script type="module" src="…/twin-cities.js" async>`), which may
 * come after React renders: a ref sets `feed` as a property, which the element keeps when it is defined later.
 */
export function TwinTownsFromScript({feed, onLoad}: Props) {
  const setFeed = (list: TwinCitiesList | null) => {
    if (list) list.feed = feed;
  };
  return (
    <section>
      <h2>Our twin towns</h2>
      <twin-cities-list ref={setFeed} layout="grid" heading-level={3} ontwin-cities-load={(event) => onLoad(event.detail)}>
        <a href="/twin-towns">Our twin towns</a>
      </twin-cities-list>
    </section>
  );
}

/** The app's entry: renders `App` in `container`. */
export function mount(container: Element, App: (props: Props) => ReactNode, props: Props) {
  const root = createRoot(container);
  root.render(<App {...props} />);
  return root;
}
