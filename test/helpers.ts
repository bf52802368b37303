// What several test files share.
import {expect, waitUntil} from '@open-wc/testing';

let serial = 0;
/** A key no other request of the run carries, so the loader's cache and the server's counts start fresh. */
export const uniqueKey = () => `${Date.now()}-${Math.random().toString(36).slice(2)}-${serial++}`;

/** A file under test/ served by test/server.mjs (with a status, delay…), under a fresh `key`. */
export function serve(file: string, params: Record<string, string | number> = {}) {
  const key = uniqueKey();
  return {key, url: `/test-server?${new URLSearchParams({file, key, ...params} as Record<string, string>)}`};
}

/** How many requests the test server has had with this `key`. */
export const requests = async (key: string): Promise<number> => (await fetch(`/test-server/count?key=${key}`)).json();

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/**
 * axe finds nothing in `el` in the light theme nor in the dark one, given to `widgets` (`el` itself, or the
 * widgets inside it); their themes are restored afterwards.
 */
export async function accessibleInBothThemes(el: HTMLElement, widgets: readonly Widget[] = [el as Widget]) {
  const themes = widgets.map((widget) => widget.getAttribute('theme'));
  for (const t of ['light', 'dark']) {
    for (const widget of widgets) widget.setAttribute('theme', t);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    await expect(el).to.be.accessible();
  }
  widgets.forEach((widget, index) => {
    const theme = themes[index];
    if (theme == null) widget.removeAttribute('theme');
    else widget.setAttribute('theme', theme);
  });
  await Promise.all(widgets.map((widget) => widget.updateComplete));
}

/** Records every exception and rejection that reaches the window until `stop()`. */
export function uncaught() {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => seen.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return seen;
    },
  };
}

/**
 * Waits until a widget shows its content (a list, a card, a badge, a map drawn to its size) or an error,
 * then for its last render. The pending update goes first: a change just made starts its load only there.
 */
export async function settled<T extends Widget>(el: T, timeout = 5000): Promise<T> {
  await el.updateComplete;
  await waitUntil(() => !el.hasAttribute('aria-busy') &&
    el.shadowRoot?.querySelector('[part~=list], [part~=card], [part~=badge], [part~=map] svg[role=group], [role=alert]'),
  `<${el.localName}> did not finish loading`, {timeout});
  await el.updateComplete;
  return el;
}
