// What only some pages have (placeholders, a map) is a chunk loaded once the page shows one: at load, or when
// one is added later. Watching costs every page a little; the chunk, only the pages that need it.

/** Calls `load` once, as soon as an element matching `selector` is in the document. */
export function whenPresent(selector: string, load: () => Promise<unknown>) {
  const found = (node: Node) => node instanceof Element && (node.matches(selector) || !!node.querySelector(selector));
  const start = () => {
    observer.disconnect();
    // Should the chunk not come (offline), the page's own content stays where the widget would be.
    load().catch(() => {});
  };
  const observer = new MutationObserver((records) => records.some((record) => [...record.addedNodes].some(found)) && start());
  if (found(document.documentElement)) start();
  else observer.observe(document, {childList: true, subtree: true});
}
