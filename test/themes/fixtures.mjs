// Makes the themes' CSS that test/themes/ loads, from Debian's packages (GPL-2.0-or-later, like the themes):
//   test/fixtures/themes/twentytwentyone.css    wordpress-theme-twentytwentyone's style.css, as it is
//   test/fixtures/themes/twentytwentythree.css  wordpress-theme-twentytwentythree's style.css and the global
//                                               stylesheet WordPress makes from its theme.json (global-styles.php)
// The files are committed, so that the browser tests need neither apt nor PHP; run `node test/themes/fixtures.mjs`
// (as root, with php-cli) to make them again after a change of Debian's packages.
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {path, run, wordpress} from '../wordpress/wordpress.mjs';

const core = await wordpress();
const work = mkdtempSync(join(tmpdir(), 'twin-cities-themes-'));
try {
  await run('apt-get', ['download', 'wordpress-theme-twentytwentythree'], {cwd: work});
  for (const deb of readdirSync(work).filter((file) => file.endsWith('.deb'))) await run('dpkg-deb', ['-x', join(work, deb), join(work, 'root')]);
  const themes = join(work, 'root/usr/share/wordpress/wp-content/themes');
  const version = readdirSync(work).find((file) => file.endsWith('.deb'));
  copyFileSync(join(core, 'wp-content/themes/twentytwentyone/style.css'), path('test/fixtures/themes/twentytwentyone.css'));
  const global = await run('php', [path('test/themes/global-styles.php'), core, join(themes, 'twentytwentythree/theme.json')]);
  writeFileSync(path('test/fixtures/themes/twentytwentythree.css'),
    `${readFileSync(join(themes, 'twentytwentythree/style.css'), 'utf8')}\n/* The global styles WordPress makes from theme.json (${version}). */\n${global}\n`);
} finally {
  rmSync(work, {recursive: true, force: true});
}
