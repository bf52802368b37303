// Browsers come from the system (scripts/browser.mjs); puppeteer must not try to download one.
module.exports = {skipDownload: true};
