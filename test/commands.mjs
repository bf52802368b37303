// Test-runner commands beyond @web/test-runner-commands': `emulate-media-features` sets media features that
// its emulateMedia does not (`forced-colors`), where the browser's driver can (Chromium's).
export function mediaFeatures() {
  return {
    name: 'media-features',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${session.browser.name} cannot emulate media features`);
      await session.browser.getPage(session.id).emulateMediaFeatures(payload);
      return true;
    },
  };
}
