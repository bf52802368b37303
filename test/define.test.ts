// src/define/: the only modules that define an element. Every other module of the library can be imported
// (by an app, a bundler, a test) without defining anything, and package.json's `sideEffects` says so.
import {expect} from '@open-wc/testing';

const TAGS = ['twin-cities-list', 'twin-city-card', 'twin-city-badge', 'twin-cities-map'];
const defined = () => TAGS.filter((tag) => customElements.get(tag));

/** Every name given to customElements.define from now on, whoever calls it. */
const definitions: string[] = [];
const define = customElements.define.bind(customElements);
customElements.define = (name, constructor, options) => {
  definitions.push(name);
  define(name, constructor, options);
};

let sources: string[];
before(async () => {
  sources = await (await fetch('/test-server/sources')).json();
});

describe('modules without side effects', () => {
  it('importing every module of the page’s but the define modules and the bundle’s entry defines no element', async () => {
    // src/cli/ is the Node command; it never runs in a page.
    const modules = sources.filter((path) => !path.startsWith('src/define/') && !path.startsWith('src/cli/') && path !== 'src/elements.ts');
    expect(modules, 'the class modules are among them').to.include.members(['src/twin-cities-list.ts', 'src/twin-city-card.ts', 'src/twin-city-badge.ts', 'src/twin-cities-map.ts', 'src/index.ts', 'src/card.ts', 'src/map/index.ts']);
    for (const path of modules) await import(`/${path}`);
    expect(definitions, 'customElements.define was not called').to.deep.equal([]);
    expect(defined()).to.deep.equal([]);
  });

  it('each define module defines its own element, and only it', async () => {
    for (const tag of TAGS) {
      const before = definitions.length;
      const module = await import(`/src/define/${tag}.ts`);
      expect(definitions.slice(before), `src/define/${tag}.ts`).to.deep.equal([tag]);
      expect(customElements.get(tag), `it exports the class it defines`).to.equal(Object.values(module).find((value) => value === customElements.get(tag)));
    }
    expect(sources.filter((path) => path.startsWith('src/define/')).sort()).to.deep.equal(
      [...TAGS.map((tag) => `src/define/${tag}.ts`), 'src/define/index.ts'].sort());
  });

  it('package.json’s sideEffects names exactly the bundle and the define modules', async () => {
    const {sideEffects, exports} = await (await fetch('/package.json')).json();
    expect(sideEffects).to.deep.equal(['./dist/twin-cities.js', './dist/define/*.js']);
    // The entries that define, each its own element: the README's `twin-cities-widgets/<tag>.js`, and define.js for all.
    for (const tag of TAGS) expect(exports[`./${tag}.js`].default).to.equal(`./dist/define/${tag}.js`);
    expect(exports['./define.js'].default).to.equal('./dist/define/index.js');
    expect(exports['.'].default, 'the main module defines nothing').to.equal('./dist/index.js');
  });
});
