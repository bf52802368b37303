// The elements of custom-elements.json as the generators of typings and editor data need them (scripts/typings.mjs,
// scripts/editor-data.mjs): plain functions of the parsed manifest.

/**
 * Each element of the manifest, with its class's module, what HTML can set (its attributes), what only script
 * can set (its public properties without an attribute, such as `feed`), its events, slots, parts and CSS properties.
 */
export function manifestElements(manifest) {
  return manifest.modules.flatMap((module) => (module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => {
      const attributes = (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        ...(attribute.default === undefined ? {} : {default: attribute.default}),
        ...valueOf(attribute.type?.text ?? 'string'),
      }));
      const backed = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
      const properties = (declaration.members ?? [])
        .filter((member) => member.kind === 'field' && !member.static && !member.readonly && !backed.has(member.name))
        .map((member) => ({name: member.name, description: member.description ?? '', type: withoutUndefined(member.type?.text ?? 'unknown')}));
      return {
        tagName: declaration.tagName,
        className: declaration.name,
        module: module.path,
        summary: declaration.summary ?? declaration.description ?? '',
        attributes,
        properties,
        events: (declaration.events ?? []).map((event) => ({name: event.name, description: event.description ?? '', type: event.type})),
        slots: declaration.slots ?? [],
        cssParts: declaration.cssParts ?? [],
        cssProperties: declaration.cssProperties ?? [],
      };
    }));
}

/** A type's text without its `undefined` part: what an app may pass. */
export function withoutUndefined(text) {
  return text.split(' | ').filter((part) => part !== 'undefined').join(' | ') || 'undefined';
}

/** What an attribute's type allows in HTML: a boolean (present or not), a number, one of some words, or text. */
function valueOf(text) {
  const type = withoutUndefined(text);
  const parts = type.split(' | ');
  if (type === 'boolean') return {type, kind: 'boolean'};
  if (type === 'number') return {type, kind: 'number'};
  if (parts.every((part) => /^'[^'\\]*'$/.test(part))) return {type, kind: 'enum', values: parts.map((part) => part.slice(1, -1))};
  return {type, kind: 'string'};
}

/** An import path from a file in dist/ to another (`dist/element.js` → `./element.js`). */
export function fromDist(module) {
  return `./${module.replace(/^dist\//, '')}`;
}
