// src/events.ts: the library's events, fired by `emit`, heard by the page on the document.
import {expect, fixtureSync, html} from '@open-wc/testing';
import {emit} from '../src/events.js';
import type {Feed} from '../src/feed/types.js';

describe('emit', () => {
  it('fires a bubbling, composed event that the document hears from inside a shadow root', () => {
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const inner = host.attachShadow({mode: 'open'}).appendChild(document.createElement('span'));
    const heard: string[] = [];
    const listen = (event: HTMLElementEventMap['twin-city-select']) => heard.push(event.detail.id);
    document.addEventListener('twin-city-select', listen);
    const result = emit(inner, 'twin-city-select', {id: 'naousa'});
    document.removeEventListener('twin-city-select', listen);
    expect(heard).to.deep.equal(['naousa']);
    expect(result, 'not cancelled').to.equal(true);
  });

  it('returns false when a listener cancels it', () => {
    const target = fixtureSync<HTMLDivElement>(html`<div></div>`);
    target.addEventListener('twin-city-select', (event) => event.preventDefault());
    expect(emit(target, 'twin-city-select', {id: 'kilkis'})).to.equal(false);
  });
});

// Not run: compiled by `npm run check`, where each line marked @ts-expect-error must stay an error.
export function typeChecks(target: EventTarget, feed: Feed) {
  emit(target, 'twin-cities-load', {feed, skipped: []});
  emit(target, 'twin-cities-error', {error: new Error('offline')});
  // @ts-expect-error: not one of the library's events
  emit(target, 'click', {});
  // @ts-expect-error: the select event's detail is {id}
  emit(target, 'twin-city-select', {city: 'naousa'});
  // @ts-expect-error: the load event's detail has the feed and what was skipped
  emit(target, 'twin-cities-load', {feed});
  // @ts-expect-error: an error, not a string
  emit(target, 'twin-cities-error', {error: 'offline'});
  document.addEventListener('twin-cities-load', (event) => event.detail.feed.partners.length);
}
