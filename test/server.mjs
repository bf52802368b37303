// The test runner's own server, given the faults a real feed server has. Tests ask for
//   /test-server?file=fixtures/feed.json&status=500&delay=2000&type=text/html&key=abc
// with, as needed:
//   failures=N  only the first N requests with this key get `status`; later ones succeed (a server that comes back)
//   cors=1      allow every origin (the page's own origin needs none; http://127.0.0.1 is another origin than localhost)
//   csp=…       send this Content-Security-Policy (for test pages under test/fixtures/)
// and /test-server/count?key=abc answers how many requests carried that key, so a test can count
// real network requests without touching fetch; /test-server/count?key=abc&of=answers, how many of them it
// has answered (after their delay, whether or not the browser still reads the answer), so a test can wait
// until an answer it must not see has come and gone. /test-server/sources lists the library's modules
// (src/**/*.ts), for tests about every one of them.
import {readdir, readFile} from 'node:fs/promises';
import {resolve, sep} from 'node:path';

const root = resolve('test');
const counts = new Map();
const answers = new Map();

export async function testServer(ctx, next) {
  if (ctx.path === '/test-server/count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify((ctx.query.of === 'answers' ? answers : counts).get(ctx.query.key) ?? 0);
    return;
  }
  if (ctx.path === '/test-server/sources') {
    const files = await readdir('src', {recursive: true});
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(files.filter((file) => file.endsWith('.ts')).map((file) => `src/${file.split(sep).join('/')}`).sort());
    return;
  }
  if (ctx.path !== '/test-server') return next();

  const {file, status = '200', delay = '0', type = 'application/json', key, failures, cors, csp} = ctx.query;
  const count = key ? (counts.get(key) ?? 0) + 1 : 1;
  if (key) counts.set(key, count);
  await new Promise((done) => setTimeout(done, Number(delay)));

  const path = file && resolve(root, file);
  if (path && !path.startsWith(root + sep)) {
    ctx.status = 400;
    return;
  }
  const failing = failures === undefined || count <= Number(failures);
  ctx.status = failing ? Number(status) : 200;
  ctx.type = type;
  ctx.set('Cache-Control', 'no-store');
  if (cors) ctx.set('Access-Control-Allow-Origin', '*');
  if (csp) ctx.set('Content-Security-Policy', csp);
  ctx.body = path ? await readFile(path) : '';
  if (key) answers.set(key, (answers.get(key) ?? 0) + 1);
}
