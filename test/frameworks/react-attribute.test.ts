// React 19 renders before the widgets' script has defined the elements, and the app passes `feed` as a plain
// prop: React sets it as an attribute, `feed="[object Object]"`. The widget must say so, and never show another
// town's feed instead; a feed given as JSON text in that attribute is shown. A page of its own: the elements
// are defined once per page, after React's first render here.
import {expect, waitUntil} from '@open-wc/testing';
import {warnings} from '../helpers.js';
import {BUNDLE, REACT_APP, appFeed, renderedList, showsAppFeed} from './apps.js';

interface App {
  TwinTowns: unknown;
  mount(container: Element, component: unknown, props: unknown): {unmount(): void};
}

describe('React 19 rendering before the elements are defined, with feed as a plain prop', () => {
  it('an object: the widget shows the error, tells the developer how to pass a feed, and shows no other town', async () => {
    const app: App = await import(REACT_APP);
    const props = await appFeed();
    const objects = document.body.appendChild(document.createElement('div'));
    app.mount(objects, app.TwinTowns, props);
    const texts = document.body.appendChild(document.createElement('div'));
    app.mount(texts, app.TwinTowns, {...props, feed: JSON.stringify(props.feed)});
    const [object, text] = [await renderedList(objects), await renderedList(texts)];
    expect(object.getAttribute('feed')).to.equal('[object Object]');
    expect(customElements.get('twin-cities-list')).to.equal(undefined);

    await import(BUNDLE);
    await waitUntil(() => object.shadowRoot?.querySelector('[role=alert]'), 'the error is shown', {timeout: 5000});
    expect(object.shadowRoot!.querySelector('[role=alert]')!.textContent).to.match(/not valid JSON/);
    expect(object.shadowRoot!.querySelector('[part~=item]'), 'no entries, so none of Asenovgrad’s').to.equal(null);
    expect(warnings.take().map((warning) => warning.text)).to.deep.equal([
      'twin-cities: the feed is text, not JSON: a framework should set the feed property to the object (README: React 19 and Vue 3)']);
    // The fallback content the app put inside stays the page's way to its twin towns.
    expect(object.shadowRoot!.querySelector<HTMLElement>('.fallback')!.hidden).to.equal(false);

    // The same component given the feed's JSON text: React sets the attribute, and the widget shows it.
    await showsAppFeed(text, props);
  });
});
