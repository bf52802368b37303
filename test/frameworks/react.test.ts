// React 19 with the example app (examples/react/app.tsx): its feed object and its listener, whether the widgets'
// script comes after React's first render (a page's async script) or before it (an app that imports the package).
// One page for both, in this order: the elements are defined once per page.
import {expect} from '@open-wc/testing';
import {BUNDLE, REACT_APP, appFeed, renderedList, showsAppFeed} from './apps.js';

/** What the example exports (a .tsx file, which the test's own compilation leaves to test/package/tsconfig.json). */
interface App {
  TwinTowns: unknown;
  TwinTownsFromScript: unknown;
  mount(container: Element, component: unknown, props: Awaited<ReturnType<typeof appFeed>>): {unmount(): void};
}

describe('React 19', () => {
  let unmount = () => {};
  afterEach(() => unmount());

  async function render(component: 'TwinTowns' | 'TwinTownsFromScript') {
    const app: App = await import(REACT_APP);
    const props = await appFeed();
    const container = document.body.appendChild(document.createElement('div'));
    const root = app.mount(container, app[component], props);
    unmount = () => {
      root.unmount();
      container.remove();
    };
    return {props, list: await renderedList(container)};
  }

  it('shows the app’s feed, set through a ref, when the script defines the elements after React rendered', async () => {
    const {props, list} = await render('TwinTownsFromScript');
    expect(customElements.get('twin-cities-list'), 'defined before React rendered').to.equal(undefined);
    await import(BUNDLE);
    await showsAppFeed(list, props);
    expect(list.hasAttribute('feed')).to.equal(false);
  });

  it('shows the app’s feed, set as a prop, when the elements are defined before React renders', async () => {
    await import(BUNDLE);
    const {props, list} = await render('TwinTowns');
    await showsAppFeed(list, props);
    // React 19 set the property, as the element had it: no `feed="[object Object]"`.
    expect(list.hasAttribute('feed')).to.equal(false);
  });
});
