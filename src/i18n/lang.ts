/**
 * Which language a widget speaks: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else the document's. One observer per page tells every widget when any of these changes.
 */
export function pageLanguage(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return '';
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `listener` whenever a `lang` attribute changes anywhere in the document; returns the unsubscribe. */
export function onLanguageChange(listener: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
