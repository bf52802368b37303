// What editors make of the built package (`npm run check`, after the build): VS Code's HTML language service with
// the package's custom data completes the tags, attributes and values; lit-analyzer, with the same data, knows every
// documented attribute, property and event of every element in an app's template, and still reports unknown ones;
// JetBrains' Web-Types are where package.json says, in the package.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {after, describe, it} from 'node:test';
import languageService from 'vscode-html-languageservice';
import {manifestElements} from '../../scripts/manifest-elements.mjs';

const {TextDocument, getLanguageService, newHTMLDataProvider} = languageService;

const elements = manifestElements(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
const customData = resolve('dist/html-custom-data.json');

describe('VS Code custom HTML data (dist/html-custom-data.json)', () => {
  const service = getLanguageService({customDataProviders: [newHTMLDataProvider('twin-cities-widgets', JSON.parse(readFileSync(customData, 'utf8')))]});
  /** The completions VS Code offers where `|` stands in `text`. */
  const complete = (text) => {
    const document = TextDocument.create('file:///page.html', 'html', 1, text.replace('|', ''));
    const position = document.positionAt(text.indexOf('|'));
    return service.doComplete(document, position, service.parseHTMLDocument(document)).items.map((item) => item.label);
  };

  it('completes the tags', () => {
    const tags = complete('<body><|</body>');
    for (const tag of ['twin-cities-list', 'twin-city-card', 'twin-city-badge', 'twin-cities-map']) assert.ok(tags.includes(tag), tag);
  });

  it('completes every documented attribute of every element', () => {
    for (const element of elements) {
      const offered = complete(`<${element.tagName} |></${element.tagName}>`);
      for (const {name} of element.attributes) assert.ok(offered.includes(name), `<${element.tagName} ${name}>`);
    }
    assert.ok(complete('<twin-city-badge |></twin-city-badge>').includes('home-country'));
  });

  it('completes the values of attributes that take one of some words', () => {
    assert.deepEqual(complete('<twin-cities-list layout="|"></twin-cities-list>'), ['list', 'grid', 'compact', 'timeline']);
    assert.deepEqual(complete('<twin-city-badge relation="|"></twin-city-badge>'), ['twin', 'partner', 'cooperation']);
    assert.deepEqual(complete('<twin-city-card theme="|"></twin-city-card>'), ['light', 'dark', 'auto']);
  });

  it('describes an attribute with its JSDoc', () => {
    const document = TextDocument.create('file:///page.html', 'html', 1, '<twin-cities-list heading-level="2"></twin-cities-list>');
    const hover = service.doHover(document, document.positionAt(20), service.parseHTMLDocument(document));
    assert.match(JSON.stringify(hover?.contents), /level of the headings/);
  });
});

describe('lit-analyzer on an app’s template', () => {
  /** A valid value of an attribute, by its type. */
  const value = (attribute) => (attribute.kind === 'boolean' ? '' : `="${attribute.values?.[0] ?? (attribute.kind === 'number' ? '2' : 'TR')}"`);
  // Every element with every documented attribute, property and event; and, apart, names that no element has.
  const everything = elements.map((element) => `<${element.tagName}
      ${element.attributes.map((attribute) => `${attribute.name}${value(attribute)}`).join('\n      ')}
      ${element.properties.map((property) => `.${property.name}=\${${property.name === 'feed' ? 'feed' : 'undefined'}}`).join(' ')}
      ${element.events.map((event) => `@${event.name}=\${onEvent}`).join(' ')}></${element.tagName}>`).join('\n');
  const unknown = '<twin-cities-lst></twin-cities-lst><twin-city-card heading-levels="2" @twin-city-selected=${onEvent}></twin-city-card>';

  // The app lives inside the package, so that it imports the package by name, as an installed app does. One run
  // for both templates: lit-analyzer takes seconds to start.
  const app = mkdtempSync(join('node_modules', '.cache', 'lit-app-'));
  after(() => rmSync(app, {recursive: true}));
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], strict: true, skipLibCheck: true,
      plugins: [{name: '@jackolope/ts-lit-plugin', customHtmlData: customData}],
    },
  }));
  for (const [file, template] of [['everything.ts', everything], ['unknown.ts', unknown]]) {
    writeFileSync(join(app, file), `import {html} from 'lit';
import type {Feed} from 'twin-cities-widgets/feed.js';
import 'twin-cities-widgets/define.js';

declare const feed: Feed;
declare const onEvent: (event: Event) => void;
export const page = html\`${template}\`;
`);
  }
  const rules = ['no-unknown-tag-name', 'no-unknown-attribute', 'no-unknown-property', 'no-unknown-event'].flatMap((rule) => [`--rules.${rule}`, 'error']);
  const cli = resolve('node_modules/@jackolope/lit-analyzer/cli.mjs');
  const {status, stdout, stderr} = spawnSync(process.execPath, [cli, 'everything.ts', 'unknown.ts', '--format', 'list', '--noColor', ...rules],
    {cwd: app, encoding: 'utf8'});
  const output = stdout + stderr;

  it('knows every documented attribute, property and event of every element', () => {
    for (const attribute of ['heading-level', 'home-name', 'home-country']) assert.ok(everything.includes(attribute), attribute);
    assert.doesNotMatch(output, /everything\.ts/);
  });

  it('still reports a tag, an attribute and an event that no element has', () => {
    assert.notEqual(status, 0);
    assert.match(output, /unknown\.ts/);
    assert.match(output, /Unknown tag <twin-cities-lst>/);
    assert.match(output, /Unknown attribute 'heading-levels'/);
    assert.match(output, /twin-city-selected/);
    assert.match(output, /3 problems in 1 file/);
  });
});

describe('JetBrains Web-Types (package.json `web-types`)', () => {
  const {'web-types': path} = JSON.parse(readFileSync('package.json', 'utf8'));
  const webTypes = JSON.parse(readFileSync(path, 'utf8'));

  it('ship in the package, at the path package.json gives', () => {
    const [{files}] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}));
    assert.ok(files.some((file) => `./${file.path}` === path), `${path} is not in the package`);
  });

  it('name every element with its attributes and their values, its events and its CSS', () => {
    const byName = new Map(webTypes.contributions.html.elements.map((element) => [element.name, element]));
    for (const element of elements) {
      const contributed = byName.get(element.tagName);
      assert.ok(contributed, element.tagName);
      for (const attribute of element.attributes) {
        const found = contributed.attributes.find(({name}) => name === attribute.name);
        assert.ok(found, `<${element.tagName} ${attribute.name}>`);
        if (attribute.values) assert.deepEqual(found.values.map(({name}) => name), attribute.values);
      }
      assert.deepEqual(contributed.js.events.map(({name}) => name), element.events.map(({name}) => name));
      assert.deepEqual(contributed.css.parts.map(({name}) => name), element.cssParts.map(({name}) => name));
    }
  });
});
