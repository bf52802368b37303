// Placeholders for pages whose editor or filter removes custom elements but keeps a <div> with `data-*`
// attributes (WordPress for most roles, TinyMCE, Joomla): `<div data-twin-cities="list" data-layout="grid">`
// becomes the element, with `data-` + each attribute the element observes as its options. A chunk of its own,
// which the page's bundle loads once a placeholder is on the page (src/when-present.ts).

import {ON_DEMAND} from './lazy-elements.js';

/** The widgets a placeholder names, by their tags. */
const WIDGETS: Record<string, string> = {list: 'twin-cities-list', card: 'twin-city-card', badge: 'twin-city-badge', map: 'twin-cities-map'};

/**
 * Upgrades the page's placeholders, and every one added later. The bundle is a module script, deferred: the
 * page has been parsed when it runs (and so when this chunk does), so no placeholder is met with only part
 * of its content.
 */
export function upgradePlaceholders() {
  upgradeIn(document.documentElement);
  new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(upgradeIn)))
    .observe(document, {childList: true, subtree: true});
}

/**
 * The element goes inside the placeholder, which stays: the page's CSS for the div (its classes, its id, the
 * theme's rules for the blocks of a post) and the page's layout keep applying. The div's content becomes the
 * element's fallback content. An unknown widget or option leaves the content as it is, with a warning.
 */
const upgradeIn = (node: Node) => node instanceof Element && [node, ...node.querySelectorAll('[data-twin-cities]')].forEach(async (div) => {
  const name = (div as HTMLElement).dataset.twinCities;
  const tag = WIDGETS[name!]!;
  if (name == null) return;
  // An element the bundle defines on demand (the map): its class, and so the options it takes, comes with its chunk.
  await ON_DEMAND[tag]?.();
  const widget = customElements.get(tag) as {observedAttributes: string[]} | undefined;
  if (!widget) return console.warn('twin-cities: unknown', name, div);
  // Upgraded already, and moved since.
  if (div.querySelector(tag)) return;
  const element = document.createElement(tag);
  for (const attribute of div.getAttributeNames()) {
    const option = attribute.slice(5);
    if (attribute.startsWith('data-') && option != 'twin-cities') {
      if (!widget.observedAttributes.includes(option)) return console.warn('twin-cities: unknown', attribute, div);
      element.setAttribute(option, div.getAttribute(attribute)!);
    }
  }
  element.append(...div.childNodes);
  div.append(element);
});
