// Vue 3 with the example app (examples/vue/app.ts): its feed object bound with `.prop` and its `@twin-cities-load`
// listener, whether the widgets' script comes after Vue's first render (a page's async script) or before it.
// One page for both, in this order: the elements are defined once per page.
import {expect} from '@open-wc/testing';
import {BUNDLE, VUE_APP, appFeed, renderedList, showsAppFeed} from './apps.js';

/** What the example exports (its types come from the built package, which test/package/tsconfig.json compiles against). */
interface App {
  mount(container: Element, props: Awaited<ReturnType<typeof appFeed>>): {unmount(): void};
}

describe('Vue 3', () => {
  let unmount = () => {};
  afterEach(() => unmount());

  async function render() {
    const app: App = await import(VUE_APP);
    const props = await appFeed();
    const container = document.body.appendChild(document.createElement('div'));
    const vue = app.mount(container, props);
    unmount = () => {
      vue.unmount();
      container.remove();
    };
    return {props, list: await renderedList(container)};
  }

  it('shows the app’s feed when the script defines the elements after Vue rendered', async () => {
    const {props, list} = await render();
    expect(customElements.get('twin-cities-list'), 'defined before Vue rendered').to.equal(undefined);
    await import(BUNDLE);
    await showsAppFeed(list, props);
    expect(list.hasAttribute('feed')).to.equal(false);
  });

  it('shows the app’s feed when the elements are defined before Vue renders', async () => {
    await import(BUNDLE);
    const {props, list} = await render();
    await showsAppFeed(list, props);
    expect(list.hasAttribute('feed')).to.equal(false);
  });
});
