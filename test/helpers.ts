// What several test files share.
import {expect} from '@open-wc/testing';

/** axe finds nothing in the light theme nor in the dark one; the element's theme is restored afterwards. */
export async function accessibleInBothThemes(el: HTMLElement & {updateComplete: Promise<unknown>}) {
  const theme = el.getAttribute('theme');
  for (const t of ['light', 'dark']) {
    el.setAttribute('theme', t);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  }
  if (theme === null) el.removeAttribute('theme');
  else el.setAttribute('theme', theme);
  await el.updateComplete;
}
