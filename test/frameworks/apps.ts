// What the React and the Vue tests share: the app's own feed, the example apps as their builds bundle them
// (test/frameworks/bundle.mjs), and what a visitor sees of a list.
import {expect, waitUntil} from '@open-wc/testing';
import type {TwinCitiesList, TwinCitiesLoadDetail} from '../../src/index.js';
import type {Feed} from '../../src/feed/types.js';
import {settled} from '../helpers.js';

// Paths in variables: the built files, as a page loads them, not the sources.
export const BUNDLE = '/dist/twin-cities.js';
export const REACT_APP = '/examples/react/app.bundle.js';
export const VUE_APP = '/examples/vue/app.bundle.js';

/** An app's own feed (Lindenau's), not the package's (Asenovgrad's), and the load events its listener hears. */
export async function appFeed() {
  const feed: Feed = await (await fetch('/test/fixtures/frameworks/feed.json')).json();
  const loads: TwinCitiesLoadDetail[] = [];
  return {feed, loads, onLoad: (detail: TwinCitiesLoadDetail) => loads.push(detail)};
}

/** The list the app rendered in `container`, once the framework has put it in the page. */
export async function renderedList(container: Element) {
  await waitUntil(() => container.querySelector('twin-cities-list'), 'the app rendered no <twin-cities-list>');
  return container.querySelector('twin-cities-list') as TwinCitiesList;
}

/** The list shows the app's feed (its partners, not Asenovgrad's), and the app's listener heard it load once. */
export async function showsAppFeed(list: TwinCitiesList, {feed, loads}: Awaited<ReturnType<typeof appFeed>>) {
  await settled(list);
  const names = [...list.shadowRoot!.querySelectorAll('[part~=name]')].map((name) => name.textContent!.trim());
  expect(names).to.have.members(['Vally', 'Porto Alto']);
  expect(list.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  await waitUntil(() => loads.length > 0, 'the app’s listener did not hear twin-cities-load');
  expect(loads).to.have.length(1);
  expect(loads[0]!.feed.home.id).to.equal(feed.home.id);
}
