// The benchmark's web server: the repository's built files and the benchmark's pages on 127.0.0.1, with
// the headers a real static host sends (type, length, compression, validators, Cache-Control), so that
// what the browser caches, revalidates and decompresses is what it would on a municipal site.
//   mounts: {'/dist/': '/abs/dist', …}   URL prefix → folder
//   isolated: ['/bench/validate.html']    pages served cross-origin isolated
// `server.delay = (path) => ms` holds back each response, or some (a distant server, a slow feed).
import {createHash} from 'node:crypto';
import {readFile, stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, resolve, sep} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// Pages must be revalidated (a CMS changes them); the package's files and the feed are kept an hour, as a
// CDN or a web server's default expiry would.
const cacheControl = (path) => (path.endsWith('.html') ? 'no-cache' : 'public, max-age=3600');

export async function startServer(mounts, {isolated = []} = {}) {
  const files = new Map();
  const server = createServer((request, response) => {
    answer(request, response).catch((error) => {
      if (!response.headersSent) response.writeHead(500, {'Content-Type': 'text/plain'});
      response.end(String(error));
    });
  });
  const api = {delay: () => 0, origin: '', close: () => new Promise((done) => {
    server.close(done);
    server.closeAllConnections();
  })};

  async function answer(request, response) {
    const url = new URL(request.url, 'http://localhost');
    const wait = api.delay(url.pathname);
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));

    const file = await find(url.pathname);
    if (!file) {
      response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store'});
      return response.end('not found');
    }
    const headers = {
      'Content-Type': TYPES[extname(file.path)] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(file.path),
      'ETag': file.etag,
      'Last-Modified': file.modified,
      'Vary': 'Accept-Encoding',
      // A feed is public data that partner towns' pages may load (README, "Publishing a feed").
      ...(file.path.endsWith('.json') ? {'Access-Control-Allow-Origin': '*'} : {}),
      // Cross-origin isolation gives performance.now() its fine resolution (5 µs instead of 100 µs).
      ...(isolated.includes(url.pathname) ? {'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp'} : {}),
    };
    if (request.headers['if-none-match'] === file.etag) {
      response.writeHead(304, headers);
      return response.end();
    }
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = file.compressible ? (/\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : '') : '';
    const body = encoding ? compressed(file, encoding) : file.body;
    if (encoding) headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  async function find(pathname) {
    // The longest prefix wins, so a folder can be mounted inside another's URL space.
    const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((mount) => pathname.startsWith(mount));
    if (!prefix) return undefined;
    const root = mounts[prefix];
    const path = resolve(root, decodeURIComponent(pathname.slice(prefix.length)));
    if (!path.startsWith(root + sep)) return undefined;
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const key = `${path}:${info.mtimeMs}:${info.size}`;
    let file = files.get(path);
    if (file?.key !== key) {
      const body = await readFile(path);
      const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
      file = {key, path, body, etag, modified: info.mtime.toUTCString(), compressible: extname(path) in TYPES, encoded: {}};
      files.set(path, file);
    }
    return file;
  }

  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  api.origin = `http://127.0.0.1:${server.address().port}`;
  return api;
}

/**
 * Compressed as a host's static compression would (brotli 11, gzip 9), once per file version; files of
 * megabytes (the long feeds and their static pages) at brotli 6, which takes a fraction of the time.
 */
function compressed(file, encoding) {
  const quality = file.body.length > 512 * 1024 ? 6 : 11;
  file.encoded[encoding] ??= encoding === 'br'
    ? brotliCompressSync(file.body, {params: {[constants.BROTLI_PARAM_QUALITY]: quality}})
    : gzipSync(file.body, {level: 9});
  return file.encoded[encoding];
}
