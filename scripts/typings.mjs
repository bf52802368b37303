// `npm run build` (after rollup): the typings that the TypeScript compiler does not write, from custom-elements.json, so
// they cannot drift from the elements:
// - dist/twin-cities.d.ts, the page's bundle's types: the same exports as the unbundled modules';
// - dist/react.d.ts: React 19's JSX for each element (`twin-cities-widgets/react`), with the `on…` props React 19
//   really calls: it adds a listener for the prop's name after `on`, as written (`ontwin-cities-load`);
// - dist/vue.d.ts: Vue 3's GlobalComponents (`twin-cities-widgets/vue`), with the `on…` props Vue's `@event` makes.
import {readFileSync, writeFileSync} from 'node:fs';
import {fromDist, manifestElements} from './manifest-elements.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifestElements(manifest);
const header = '// Generated from custom-elements.json by scripts/typings.mjs: do not edit.\n';

writeFileSync('dist/twin-cities.d.ts', `${header}export * from './elements.js';\n`);
writeFileSync('dist/react.d.ts', react());
writeFileSync('dist/vue.d.ts', vue());

function react() {
  const props = elements.map((element) => propsInterface(element, `${element.className}Props`, (attribute) => [attribute.name, attribute.type], (event) => `on${event}`,
    'React 19 sets it as one only when the element is defined before React renders (otherwise it sets the attribute, to `"[object Object]"`); else pass it through a `ref`'));
  const intrinsic = elements.map(({tagName, className}) =>
    `      '${tagName}': JSXProps<${className}, ${className}Props>;`);
  return `${header}import type {DetailedHTMLProps, HTMLAttributes} from 'react';
${imports()}

/** An element's props in JSX: React's for any HTML element, but ours where the names meet. */
type JSXProps<E, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;

${props.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic.join('\n')}
    }
  }
}
`;
}

function vue() {
  const props = elements.map((element) => propsInterface(element, `${element.className}VueProps`, vueAttribute, vueHandler,
    'bind it with `.prop` (`:feed.prop="…"`), or Vue sets the attribute when the element is not defined yet'));
  const components = elements.map(({tagName, className}) => `    '${tagName}': DefineComponent<${className}VueProps>;`);
  return `${header}import type {DefineComponent} from 'vue';
${imports()}

${props.join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${components.join('\n')}
  }
}
`;
}

/**
 * An attribute as Vue's template checker looks it up: camelized (`heading-level` as `headingLevel`), and as text
 * too for a number, which a template may write as `heading-level="2"` as well as `:heading-level="2"`.
 */
function vueAttribute(attribute) {
  return [camelize(attribute.name), attribute.kind === 'number' ? `${attribute.type} | \`\${number}\`` : attribute.type];
}

/** `twin-cities-load` → `onTwinCitiesLoad`: the prop that Vue's `@twin-cities-load` compiles to. */
function vueHandler(event) {
  return `on${camelize(`-${event}`)}`;
}

function camelize(name) {
  return name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
}

/** The imports of the element classes and of the types the events' details name. */
function imports() {
  const names = new Map();
  const add = (module, name) => names.set(module, new Set([...(names.get(module) ?? []), name]));
  for (const element of elements) {
    add(element.module, element.className);
    for (const {type} of element.events) for (const reference of type.references ?? []) add(reference.module, reference.name);
  }
  return [...names].sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([module, set]) => `import type {${[...set].sort().join(', ')}} from '${fromDist(module)}';`).join('\n');
}

function propsInterface(element, name, attribute, handler, propertyNote) {
  const members = [
    ...element.attributes.map((each) => member(...attribute(each), each.description)),
    ...element.properties.map((property) => member(property.name, property.type, `${property.description}\n\nOnly a property: ${propertyNote}.`)),
    ...element.events.map((event) => member(handler(event.name), `(event: ${event.type.text}) => void`, event.description)),
  ];
  return `/** The props of \`<${element.tagName}>\`: ${comment(element.summary)} */\nexport interface ${name} {\n${members.join('\n')}\n}\n`;
}

function member(name, type, description) {
  const lines = comment(description).split('\n');
  const doc = lines.length === 1 ? `  /** ${lines[0]} */` : `  /**\n${lines.map((line) => `   *${line && ` ${line}`}`).join('\n')}\n   */`;
  return `${doc}\n  '${name}'?: ${type};`;
}

/** Text that cannot end the comment it goes in. */
function comment(text) {
  return text.replaceAll('*/', '*\\/');
}
