// `npm run analyze` writes custom-elements.json from the source's JSDoc (custom-elements-manifest.config.mjs);
// with --check it only compares, and fails when the committed manifest is out of date with the source or is not
// valid against the published Custom Elements Manifest schema (npm `custom-elements-manifest`).
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import Ajv from 'ajv';

const check = process.argv.includes('--check');
// The analyzer takes --outdir relative to the working directory.
const outdir = check ? join('node_modules', '.cache', 'manifest-check') : '.';
const cem = join('node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
execFileSync(process.execPath, [cem, 'analyze', '--quiet', '--outdir', outdir], {stdio: ['ignore', 'ignore', 'inherit']});
if (check) {
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  rmSync(outdir, {recursive: true});
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date with the source: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  const schema = createRequire(import.meta.url)('custom-elements-manifest/schema.json');
  const validate = new Ajv({allErrors: true, strict: false}).compile(schema);
  if (!validate(JSON.parse(committed))) {
    for (const {instancePath, message} of validate.errors) console.error(`custom-elements.json${instancePath}: ${message}`);
    process.exit(1);
  }
}
