/**
 * Which language a widget speaks: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else the document's. One observer per page tells every widget when any of these changes.
 */
export function pageLanguage(element: Element): string {
  for (let node: Element | null = element; node; ) {
    // The property, not the attribute: a widget's `lang` set from script reaches the attribute only at its render.
    const {lang} = node as HTMLElement;
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return '';
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere `element` takes its language from: the
 * document and every shadow root it stands in (an observer of the document sees none of those).
 * Returns the unsubscribe.
 */
export function onLanguageChange(element: Element, listener: () => void): () => void {
  observer ??= new MutationObserver(() => listeners.forEach((notify) => notify()));
  for (let root: Node = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    // Observing a node again only renews the same observation.
    const shadow = root instanceof ShadowRoot;
    observer.observe(shadow ? root : document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
    if (!shadow) break;
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
