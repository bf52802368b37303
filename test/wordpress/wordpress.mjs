// What the WordPress tests share: Debian's WordPress (downloaded once into node_modules/.cache), PHP run as a
// process, and a whole site on this machine: MariaDB on a socket, PHP's built-in server on 127.0.0.1, and the
// plugin installed from the built zip. Every process started here is ended here, by its pid.
import {spawn} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {copyFileSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir, userInfo} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {freePort} from '../../scripts/port.mjs';

export const path = (relative) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));
export const fixture = (name) => path(`test/fixtures/wordpress/${name}`);
export const PLUGIN = path('dist/wordpress/twin-cities-widgets/twin-cities-widgets.php');
export const PLUGIN_ZIP = path('dist/twin-cities-widgets.zip');

// WordPress, the classic theme the site uses, and the script the block editor needs from another package.
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentyone', 'libjs-underscore'];
const CACHE = path('node_modules/.cache/wordpress');

/** The opening tags in some HTML, as {tag, attributes} (double-quoted values; a bare attribute's value is ''). */
export function openingTags(html) {
  return [...html.matchAll(/<([a-z][a-z0-9-]*)((?:\s+[^\s=>]+(?:\s*=\s*"[^"]*")?)*)\s*\/?>/gi)]
    .map(([, tag, attributes]) => ({tag, attributes: Object.fromEntries(
      [...attributes.matchAll(/([^\s=]+)(?:\s*=\s*"([^"]*)")?/g)].map(([, name, value]) => [name, value ?? '']))}));
}

// A database that is thrown away after the tests need not survive a crash: no flushing to disk, small buffers.
const THROWAWAY_DATABASE = ['--innodb-buffer-pool-size=32M', '--innodb-flush-log-at-trx-commit=0', '--innodb-doublewrite=0',
  '--innodb-flush-method=nosync', '--innodb-fast-shutdown=2'];

/** Debian's WordPress, extracted (with its themes) into the cache on first use; its folder. */
export async function wordpress() {
  const root = join(CACHE, 'root');
  if (!existsSync(root)) {
    mkdirSync(CACHE, {recursive: true});
    const work = mkdtempSync(join(CACHE, 'download-'));
    try {
      await run('apt-get', ['download', ...PACKAGES], {cwd: work},
        `Downloading Debian's ${PACKAGES.join(', ')} failed (apt-get update first?)`);
      for (const deb of readdirSync(work).filter((f) => f.endsWith('.deb')).sort()) {
        await run('dpkg-deb', ['-x', join(work, deb), join(work, 'root')]);
      }
      renameSync(join(work, 'root'), root);
    } catch (error) {
      if (!existsSync(root)) throw error;
    } finally {
      rmSync(work, {recursive: true, force: true});
    }
  }
  return join(root, 'usr/share/wordpress');
}

/** Runs a command; its standard output, or an error with its standard error. */
export function run(command, args, {input, cwd, env} = {}, failure = `${command} ${args.join(' ')} failed`) {
  return new Promise((resolve, reject) => {
    const child = start(command, args, env, {cwd, stdio: 'pipe'});
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status === 0) resolve(Buffer.concat(out).toString());
      else reject(new Error(`${failure} (exit ${status}):\n${Buffer.concat(err)}${Buffer.concat(out)}`));
    });
    child.stdin.end(input ?? '');
  });
}

/**
 * A PHP script run with php-cli: its output parsed as JSON. With `opcache`, a folder where PHP keeps the scripts
 * it compiled for the next run (WordPress takes a third of the time to load then).
 */
export async function php(script, args = [], input = undefined, opcache = undefined) {
  const options = opcache ? ['-d', 'opcache.enable_cli=1', '-d', `opcache.file_cache=${opcache}`, '-d', 'opcache.file_cache_only=1'] : [];
  return JSON.parse(await run('php', [...options, script, ...args], {input: input === undefined ? '' : JSON.stringify(input)}));
}

/**
 * A WordPress site on this machine: its own MariaDB (a socket in a temporary folder), the plugin installed from
 * the built zip and active, users `admin`, `editor`, `author` and `subscriber`, Twenty Twenty-One and the
 * themes of test/fixtures/wordpress/themes/, served by PHP on 127.0.0.1.
 * `stop()` ends every process it started and removes the folder; call it in an `after` hook.
 */
export async function startSite() {
  const core = await wordpress();
  const dir = mkdtempSync(join(tmpdir(), 'twin-cities-wp-'));
  folders.add(dir);
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) await end(child);
    rmSync(dir, {recursive: true, force: true});
    folders.delete(dir);
  };
  try {
    const socket = join(dir, 'mysql.sock');
    const user = `--user=${userInfo().username}`;
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/db`, '--auth-root-authentication-method=normal',
      '--skip-test-db', user]);
    children.push(start('mariadbd', ['--no-defaults', `--datadir=${dir}/db`, `--socket=${socket}`, '--skip-networking',
      `--pid-file=${dir}/mariadb.pid`, `--log-error=${dir}/mariadb.log`, ...THROWAWAY_DATABASE, user]));
    await until(() => existsSync(socket), 'MariaDB did not start');
    await run('mariadb', ['--no-defaults', `--socket=${socket}`, '--user=root', '--execute=CREATE DATABASE wordpress']);

    const root = join(dir, 'wordpress');
    const opcache = join(dir, 'opcache');
    mkdirSync(opcache);
    placeCore(core, root);
    cpSync(fixture('themes/'), join(root, 'wp-content/themes/'), {recursive: true});
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(join(root, 'wp-config.php'), wpConfig({socket, url, log: join(dir, 'debug.log')}));
    const {passwords} = await php(fixture('install.php'), [root, PLUGIN_ZIP], undefined, opcache);

    children.push(start('php', ['-S', `127.0.0.1:${port}`, '-t', root], {PHP_CLI_SERVER_WORKERS: '4'}));
    await until(() => fetch(`${url}/wp-login.php`).then((r) => r.ok, () => false), 'PHP\'s server did not start');
    return {
      url,
      root,
      log: join(dir, 'debug.log'),
      /** Runs a script of test/fixtures/wordpress/ on the site, with `input` as JSON on its standard input, after `args`. */
      php: (script, input, args = []) => php(fixture(script), [root, ...args], input, opcache),
      /**
       * A request to the REST API as `user` (`admin`, `editor`, `author`, `subscriber`); its JSON answer. The route
       * goes in `rest_route`, which needs no rewriting by the server.
       */
      async rest(user, route, {method = 'GET', body, params = {}} = {}) {
        const response = await fetch(`${url}/?${new URLSearchParams({rest_route: route, ...params})}`, {
          method,
          headers: {'Authorization': `Basic ${btoa(`${user}:${passwords[user]}`)}`, 'Content-Type': 'application/json'},
          body: body && JSON.stringify(body),
        });
        const answer = await response.json();
        if (!response.ok) throw new Error(`${method} ${route} as ${user}: ${response.status} ${JSON.stringify(answer)}`);
        return answer;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * WordPress's files in `target`, hard-linked where they can be (the site never writes them) and copied where not;
 * wp-content copied, as the site writes there. Debian links some scripts to other packages' folders: the links
 * are resolved, and those to packages that are not here left out, as is Debian's wp-config.php, which reads
 * /etc/wordpress (the site gets its own).
 */
function placeCore(source, target, relative = '') {
  mkdirSync(join(target, relative), {recursive: true});
  for (const entry of readdirSync(join(source, relative), {withFileTypes: true})) {
    const name = join(relative, entry.name);
    if (name === 'wp-config.php' || !existsSync(join(source, name))) continue;
    const from = realpathSync(join(source, name));
    if (statSync(from).isDirectory()) placeCore(source, target, name);
    else if (name.startsWith('wp-content')) copyFileSync(from, join(target, name));
    else {
      try {
        linkSync(from, join(target, name));
      } catch {
        copyFileSync(from, join(target, name));
      }
    }
  }
}

function wpConfig({socket, url, log}) {
  const string = (value) => `'${String(value).replace(/[\\']/g, '\\$&')}'`;
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
// A throwaway site for the plugin's tests.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${string(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${randomBytes(32).toString('hex')}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', ${string(url)} );
define( 'WP_SITEURL', ${string(url)} );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${string(log)} );
// Application passwords over plain HTTP, for the tests' REST requests.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// The tests' machine reaches no other: no update checks, no cron requests to itself.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

// Children still running when the test process exits (an error in a hook, or Ctrl-C) are ended with it, and
// the sites' folders removed.
const running = new Set();
const folders = new Set();
process.on('exit', () => {
  running.forEach((child) => signal(child, 'SIGKILL'));
  folders.forEach((folder) => rmSync(folder, {recursive: true, force: true}));
});
for (const name of ['SIGINT', 'SIGTERM']) process.once(name, () => process.exit(1));

/** A child in a process group of its own, so that ending it ends what it forked too (PHP's server's workers). */
function start(command, args, env = {}, options = {stdio: 'ignore'}) {
  const child = spawn(command, args, {...options, detached: true, env: {...process.env, ...env}});
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    // Gone already.
  }
}

/** Ends a child and its group by its pid: SIGTERM, then SIGKILL if it has not gone within five seconds. */
function end(child) {
  const gone = child.exitCode !== null || child.signalCode !== null;
  const exited = gone ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
  signal(child, 'SIGTERM');
  const timer = setTimeout(() => signal(child, 'SIGKILL'), 5000);
  return exited.finally(() => clearTimeout(timer));
}

/** Waits until `condition()` is true (a failing condition counts as false), or fails with `message`. */
export async function until(condition, message, timeout = 15000) {
  for (const started = Date.now(); Date.now() - started < timeout;) {
    if (await Promise.resolve().then(condition).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(message);
}
