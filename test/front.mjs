// A test runner command for the tests that need their page painted (layout shifts are measured only on a page
// that is painted, and a tab behind another is not): `front` brings the test's page to the front, one page at a
// time, until it sends `front-release` (or 30 s have passed); other pages wait for their turn meanwhile.
export function frontPlugin() {
  let queue = Promise.resolve();
  const releases = new Map();
  return {
    name: 'front',
    async executeCommand({command, session}) {
      if (command === 'front-release') {
        releases.get(session.id)?.();
        releases.delete(session.id);
        return true;
      }
      if (command !== 'front') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.bringToFront) return false;
      let release;
      const held = new Promise((resolve) => {
        release = resolve;
        setTimeout(resolve, 30_000);
      });
      const before = queue;
      queue = before.then(() => held);
      await before;
      releases.set(session.id, release);
      await page.bringToFront();
      return true;
    },
  };
}
