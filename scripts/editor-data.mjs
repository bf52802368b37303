// `npm run build`: what editors read to complete the elements' tags, attributes and their values, from
// custom-elements.json:
// - dist/html-custom-data.json, VS Code's custom HTML data (`html.customData`), which lit-analyzer and its
//   editor plugin also read (`customHtmlData`);
// - dist/web-types.json, JetBrains' Web-Types, which their IDEs find through package.json's `web-types`.
import {readFileSync, writeFileSync} from 'node:fs';
import {manifestElements} from './manifest-elements.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const {name, version} = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifestElements(manifest);
const json = (data) => `${JSON.stringify(data, null, 2)}\n`;

writeFileSync('dist/html-custom-data.json', json({
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: {kind: 'markdown', value: tagDescription(element)},
    attributes: element.attributes.map((attribute) => ({
      name: attribute.name,
      description: {kind: 'markdown', value: attributeDescription(attribute)},
      ...(attribute.kind === 'boolean' ? {valueSet: 'v'} : {}),
      ...(attribute.values ? {values: attribute.values.map((value) => ({name: value}))} : {}),
    })),
  })),
}));

writeFileSync('dist/web-types.json', json({
  name,
  version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: tagDescription(element),
        attributes: element.attributes.map((attribute) => ({
          name: attribute.name,
          description: attribute.description,
          ...(attribute.default === undefined || attribute.kind === 'boolean' ? {} : {default: attribute.default}),
          value: attribute.kind === 'boolean' ? {kind: 'no-value'} : {kind: 'plain', type: attribute.kind === 'enum' ? 'enum' : attribute.type},
          ...(attribute.values ? {values: attribute.values.map((value) => ({name: value}))} : {}),
        })),
        slots: element.slots.map((slot) => ({name: slot.name || 'default', description: slot.description ?? ''})),
        js: {
          properties: element.properties.map((property) => ({name: property.name, description: property.description, type: property.type})),
          events: element.events.map((event) => ({name: event.name, description: event.description, type: event.type.text})),
        },
        css: {
          properties: element.cssProperties.map((property) => ({name: property.name, description: property.description ?? ''})),
          parts: element.cssParts.map((part) => ({name: part.name, description: part.description ?? ''})),
        },
      })),
    },
  },
}));

/** The element's summary, and what it takes besides attributes and fires, for the tag's tooltip. */
function tagDescription(element) {
  const list = (title, items) => (items.length ? `\n\n${title}: ${items.map((item) => `\`${item.name}\``).join(', ')}` : '');
  return `${element.summary}${list('Properties', element.properties)}${list('Events', element.events)}` +
    `${list('CSS parts', element.cssParts)}${list('CSS properties', element.cssProperties)}`;
}

function attributeDescription(attribute) {
  return attribute.default === undefined || attribute.kind === 'boolean' ? attribute.description : `${attribute.description}\n\nDefault: \`${attribute.default}\``;
}
