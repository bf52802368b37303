import {expect} from '@open-wc/testing';
import {FeedError, type FeedErrorCode, type FeedErrorDetail} from '../../src/feed/errors.js';
import {loadFeed} from '../../src/feed/load.js';
import {requested, requests, serve, warnings} from '../helpers.js';

/** A fixture of test/fixtures/feeds/, served under a fresh `key`. */
const served = (file: string, params: Record<string, string | number> = {}) => serve(`fixtures/feeds/${file}`, params);

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the feed to fail');
}
async function feedError(promise: Promise<unknown>): Promise<FeedError> {
  const error = await failure(promise);
  expect(error, String(error)).to.be.instanceOf(FeedError);
  return error as FeedError;
}

describe('loadFeed: good feeds', () => {
  it('loads the shipped feed with its nine partners', async () => {
    const {feed, skipped} = await loadFeed('/data/twin-cities.json');
    expect(feed.home.id).to.equal('asenovgrad');
    expect(feed.partners).to.have.length(9);
    expect(skipped).to.deep.equal([]);
  });

  it('loads a feed from the test server', async () => {
    const {feed} = await loadFeed(served('good.json').url);
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['naousa', 'dimitrovgrad', 'kilkis']);
  });

  it('loads a feed that begins with a UTF-8 byte-order mark', async () => {
    const {feed} = await loadFeed(served('bom.json').url);
    expect(feed.home.id).to.equal('asenovgrad');
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['kilkis']);
  });

  it('loads the good entries of a feed with bad ones, listing what it left out', async () => {
    const {feed, skipped} = await loadFeed(served('mixed.json').url);
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['kilkis', 'prilep']);
    expect(feed.partners[1]).not.to.have.property('url');
    expect(skipped.map((s) => s.path)).to.deep.equal(['partners[1]', 'partners[2].url']);
    expect(warnings.paths()).to.deep.equal(['partners[1]', 'partners[2].url']);
  });
});

describe('loadFeed: feeds that cannot be shown', () => {
  const cases: {what: string; file: string; params?: Record<string, string | number>; code: FeedErrorCode; detail?: FeedErrorDetail}[] = [
    {what: 'a 404', file: 'good.json', params: {status: 404}, code: 'http', detail: {status: 404}},
    {what: 'a 500', file: 'good.json', params: {status: 500}, code: 'http', detail: {status: 500}},
    {what: 'an HTML error page served with 200', file: 'error-page.html', params: {type: 'text/html'}, code: 'parse'},
    {what: 'an empty body', file: 'empty.json', code: 'parse'},
    {what: 'a body of null', file: 'null.json', code: 'invalid', detail: {path: ''}},
    {what: 'an array', file: 'array.json', code: 'invalid', detail: {path: ''}},
    {what: 'version 2', file: 'version-2.json', code: 'invalid', detail: {path: 'version'}},
    {what: 'no partners', file: 'no-partners.json', code: 'invalid', detail: {path: 'partners'}},
  ];
  for (const c of cases) {
    it(`fails with "${c.code}" on ${c.what}`, async () => {
      const error = await feedError(loadFeed(served(c.file, c.params).url));
      expect(error.code).to.equal(c.code);
      if (c.detail) expect(error.detail).to.include(c.detail);
    });
  }

  it('fails with "parse" on truncated JSON, passing on the browser’s account of where parsing stopped', async () => {
    const error = await feedError(loadFeed(served('truncated.json').url));
    expect(error.code).to.equal('parse');
    expect(error.message).to.match(/^The feed is not valid JSON: \S/);
  });

  it('fails with "too-large" on a feed larger than maxBytes', async () => {
    const error = await feedError(loadFeed(served('good.json').url, {maxBytes: 100}));
    expect(error.code).to.equal('too-large');
    expect(error.detail.limit).to.equal(100);
  });

  it('fails with "network" when the connection is refused', async () => {
    const error = await feedError(loadFeed('http://127.0.0.1:9/feed.json'));
    expect(error.code).to.equal('network');
  });

  it('fails with "timeout" long before a slow server answers', async () => {
    const started = performance.now();
    const error = await feedError(loadFeed(served('good.json', {delay: 2000}).url, {timeout: 300}));
    expect(error.code).to.equal('timeout');
    expect(error.detail.limit).to.equal(0.3);
    expect(performance.now() - started).to.be.below(1000);
  });
});

describe('loadFeed: one request for many callers', () => {
  it('gives five concurrent callers the same result from one request', async () => {
    const {key, url} = served('good.json', {delay: 200});
    const absolute = new URL(url, location.href);
    const results = await Promise.all([url, url, absolute, url, absolute.href].map((u) => loadFeed(u)));
    for (const result of results) expect(result).to.equal(results[0]);
    expect(await requests(key)).to.equal(1);
  });

  it('does not fetch again after a success', async () => {
    const {key, url} = served('good.json');
    const first = await loadFeed(url);
    expect(await loadFeed(url)).to.equal(first);
    expect(await requests(key)).to.equal(1);
  });

  const failures: {what: string; params: Record<string, string | number>; timeout?: number}[] = [
    {what: 'a 404', params: {status: 404}},
    {what: 'a timeout', params: {delay: 2000}, timeout: 300},
  ];
  for (const c of failures) {
    it(`forgets ${c.what}, so that trying again fetches anew`, async () => {
      const {key, url} = served('good.json', c.params);
      await feedError(loadFeed(url, {timeout: c.timeout}));
      await feedError(loadFeed(url, {timeout: c.timeout}));
      expect(await requests(key)).to.equal(2);
    });
  }
});

describe('loadFeed: callers that stop waiting', () => {
  it('rejects an aborted caller with an AbortError', async () => {
    const controller = new AbortController();
    const loading = loadFeed(served('good.json', {delay: 300}).url, {signal: controller.signal});
    controller.abort();
    expect((await failure(loading)).name).to.equal('AbortError');
  });

  it('cancels the request when every caller aborts, so the next call fetches anew', async () => {
    const {key, url} = served('good.json', {delay: 300});
    const controllers = [new AbortController(), new AbortController()];
    const loading = controllers.map(({signal}) => loadFeed(url, {signal}));
    await requested(key);
    controllers.forEach((c) => c.abort());
    for (const error of await Promise.all(loading.map(failure))) expect(error.name).to.equal('AbortError');
    const {feed} = await loadFeed(url);
    expect(feed.partners).to.have.length(3);
    expect(await requests(key)).to.equal(2);
  });

  it('still gives the feed to a caller when another caller aborts', async () => {
    const {key, url} = served('good.json', {delay: 300});
    const controller = new AbortController();
    const aborted = loadFeed(url, {signal: controller.signal});
    const waiting = loadFeed(url, {signal: new AbortController().signal});
    controller.abort();
    expect((await failure(aborted)).name).to.equal('AbortError');
    expect((await waiting).feed.partners).to.have.length(3);
    expect(await requests(key)).to.equal(1);
  });

  it('makes no request for a caller whose signal is already aborted', async () => {
    const {key, url} = served('good.json');
    expect((await failure(loadFeed(url, {signal: AbortSignal.abort()}))).name).to.equal('AbortError');
    // A request made after it, and answered: one the aborted call had made would have reached the server first.
    await loadFeed(served('good.json').url);
    expect(await requests(key)).to.equal(0);
  });
});
