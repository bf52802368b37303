// The benchmark's probe: runs in every document a sample opens, before the page's own scripts (an init
// script, after `window.__benchSpec` is set), and measures the same way on every page, widget or reference.
//
// - An *entry* is an element matching `selector` in the shadow root of `host` (the widget's, or a static
//   page's declarative one) or, without `host`, in the document. The page's entries are those of the
//   scope that has most.
// - *Painted*: the frame loop checks each awaited condition at the start of every frame (in
//   requestAnimationFrame, before style, layout and paint); the first frame that finds it true is the
//   one that paints it, and a message posted from that callback is handled once the frame's rendering
//   is done. Its time (performance.now(), from navigation start) is the figure. A DOM change made in
//   the middle of a frame (after this callback) is seen one frame late: at most ~17 ms, alike for all.
// - Layout shifts are kept from the start (buffered); CLS is the largest session window (gaps < 1 s,
//   windows < 5 s) of shifts without recent input, as Chrome's web-vitals define it.
(() => {
  const spec = window.__benchSpec ?? {roots: []};
  const waits = [];
  const shifts = [];
  let looping = false;
  let keydown = NaN;

  new PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({type: 'layout-shift', buffered: true});
  addEventListener('keydown', (event) => (keydown = event.timeStamp), true);

  const scopes = () => spec.roots.map(({host, selector}) => ({root: host ? document.querySelector(host)?.shadowRoot : document, selector}))
    .filter(({root}) => root);
  const count = () => Math.max(0, ...scopes().map(({root, selector}) => root.querySelectorAll(selector).length));

  /** The `data-id`s of the first `k` entries, in document order, without walking the rest of a long list. */
  function firstIds(k) {
    for (const {root, selector} of scopes()) {
      const ids = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node && ids.length < k; node = walker.nextNode()) {
        if (node.matches(selector)) ids.push(node.getAttribute('data-id'));
      }
      if (ids.length) return ids;
    }
    return [];
  }

  function frame() {
    const ready = [];
    for (let i = waits.length - 1; i >= 0; i--) {
      let holds = false;
      try {
        holds = waits[i].test();
      } catch {}
      if (holds) ready.push(...waits.splice(i, 1));
    }
    if (ready.length) {
      const seen = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const painted = performance.now();
        for (const wait of ready) wait.resolve({seen, painted});
      };
      channel.port2.postMessage(null);
    }
    looping = waits.length > 0;
    if (looping) requestAnimationFrame(frame);
  }

  /** Resolves with `{seen, painted}` for the first frame that paints a state where `test()` holds. */
  function when(test) {
    return new Promise((resolve) => {
      waits.push({test, resolve});
      if (!looping) {
        looping = true;
        requestAnimationFrame(frame);
      }
    });
  }

  const same = (a, b) => a.length === b.length && a.every((id, index) => id === b[index]);
  let pending;

  window.__bench = {
    /** Every expected entry painted (`spec.expect` of them). */
    loaded: spec.expect ? when(() => count() >= spec.expect) : undefined,
    /** The first entry painted. */
    first: spec.expect ? when(() => count() >= 1) : undefined,
    count,
    firstIds,
    /** Waits for the first entries to be exactly `ids`: call before the action, then await `changed()`. */
    expect(ids) {
      pending = when(() => same(firstIds(ids.length), ids));
    },
    changed(timeout = 60_000) {
      return Promise.race([pending, new Promise((_, reject) => setTimeout(() => reject(new Error(
        `the expected entries did not show within ${timeout / 1000} s (first: ${firstIds(3).join(', ') || 'none'})`)), timeout))]);
    },
    keydown: () => keydown,
    /** When the feed's response ended, from navigation start. */
    feedEnd: () => performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === spec.feed)?.responseEnd,
    cls() {
      let max = 0;
      let current = 0;
      let first = 0;
      let last = -Infinity;
      for (const shift of shifts) {
        if (shift.hadRecentInput) continue;
        if (shift.startTime - last < 1000 && shift.startTime - first < 5000) current += shift.value;
        else [current, first] = [shift.value, shift.startTime];
        last = shift.startTime;
        max = Math.max(max, current);
      }
      return max;
    },
    /** Nodes of every kind (elements, text, comments) under the list: the widget's shadow root, or the reference's list. */
    nodes() {
      const {host, selector} = spec.nodes;
      const root = host ? document.querySelector(host)?.shadowRoot : document.querySelector(selector);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      let nodes = 0;
      while (walker.nextNode()) nodes++;
      return nodes;
    },
  };
})();
