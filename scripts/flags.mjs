// Copies the 4:3 flags of `flag-icons` to data/flags/, where the widgets find them beside the feed.
// Serbia's state flag there carries the full coat of arms (about 180 KB); the widgets show the civil
// flag instead, the plain red, blue and white tricolour, which is a few hundred bytes.
import {cpSync, mkdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';

const source = join(dirname(createRequire(import.meta.url).resolve('flag-icons/package.json')), 'flags', '4x3');
const target = new URL('../data/flags/', import.meta.url);
mkdirSync(target, {recursive: true});
cpSync(source, target, {recursive: true});
writeFileSync(new URL('rs.svg', target), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 480">' +
  '<path fill="#c6363c" d="M0 0h640v160H0z"/><path fill="#0c4076" d="M0 160h640v160H0z"/>' +
  '<path fill="#fff" d="M0 320h640v160H0z"/></svg>\n');
