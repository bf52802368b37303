// The test runner's own server, given the faults a real feed server has. Tests ask for
//   /test-server?file=fixtures/feed.json&status=500&delay=2000&type=text/html&key=abc
// and /test-server/count?key=abc answers how many requests carried that key, so a test can
// count real network requests without touching fetch.
import {readFile} from 'node:fs/promises';
import {resolve, sep} from 'node:path';

const root = resolve('test');
const counts = new Map();

export async function testServer(ctx, next) {
  if (ctx.path === '/test-server/count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(counts.get(ctx.query.key) ?? 0);
    return;
  }
  if (ctx.path !== '/test-server') return next();

  const {file, status = '200', delay = '0', type = 'application/json', key} = ctx.query;
  if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  await new Promise((done) => setTimeout(done, Number(delay)));

  const path = file && resolve(root, file);
  if (path && !path.startsWith(root + sep)) {
    ctx.status = 400;
    return;
  }
  ctx.status = Number(status);
  ctx.type = type;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = path ? await readFile(path) : '';
}
