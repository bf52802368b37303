// Analyzer plugins (custom-elements-manifest.config.mjs) that make custom-elements.json describe the package as an
// app installs it: its public modules only, under the paths they are published at, with types a tool can use.
import {posix, relative, resolve} from 'node:path';
import ts from 'typescript';

/** `src/twin-city-card.ts` → `dist/twin-city-card.js`: the file an app imports (the unbundled build keeps the layout). */
const published = (source) => source.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/** A module reference as the analyzer writes it (`./element.js`, `/src/element.js`, `src/element.ts`) → its source path. */
function sourceOf(reference, from) {
  const path = reference.startsWith('.') ? posix.join(posix.dirname(from), reference) : reference.replace(/^\//, '');
  return path.replace(/\.js$/, '.ts');
}

/**
 * Keeps what an app can import: the declarations that `entries` export, directly or through re-exports, and the
 * exports that name them. Internal modules (languages, CLDR data, render helpers) and type-only exports (which are
 * not JavaScript exports, and name no declaration of the manifest) go; so does a function or class tagged `@internal`.
 */
export function publicApi({entries, program: getProgram}) {
  return {
    name: 'twin-cities-public-api',
    packageLinkPhase({customElementsManifest: manifest}) {
      const program = getProgram();
      const modules = new Map(manifest.modules.map((module) => [module.path, module]));
      const internal = (path, name) => {
        const statement = program.getSourceFile(path)?.statements.find((s) => s.name?.text === name);
        return statement !== undefined && ts.getJSDocTags(statement).some((tag) => tag.tagName.text === 'internal');
      };
      const seen = new Set();
      const declarations = new Set();
      const exported = new Set();
      /** Marks what `name` exported by `path` is ("*": all it exports), following re-exports to the declaration. */
      const mark = (path, name) => {
        if (seen.has(`${path}#${name}`)) return;
        seen.add(`${path}#${name}`);
        for (const entry of modules.get(path)?.exports ?? []) {
          if (name !== '*' && entry.name !== name) continue;
          exported.add(`${path}#${entry.name}`);
          const target = sourceOf(entry.declaration.module ?? path, path);
          if (target !== path) mark(target, entry.declaration.name);
          else if (!internal(path, entry.declaration.name)) declarations.add(`${path}#${entry.declaration.name}`);
        }
      };
      for (const entry of entries) mark(entry, '*');
      // An element left out would be a silent gap in every editor's and framework's view of the package.
      const hidden = manifest.modules.find((module) => module.declarations?.some((d) => d.tagName && !declarations.has(`${module.path}#${d.name}`)));
      if (hidden) throw new Error(`${hidden.path} defines an element that no public module exports: add it to the config's entries`);
      /** Whether `name` exported by `path` leads to a declaration kept: a type is no declaration, nor a JS export. */
      const resolves = (path, name, depth = 0) => declarations.has(`${path}#${name}`) || (depth < 10 &&
        (modules.get(path)?.exports ?? []).some((entry) => entry.name === name &&
          resolves(sourceOf(entry.declaration.module ?? path, path), entry.declaration.name, depth + 1)));

      manifest.modules = manifest.modules.filter((module) => {
        module.declarations = (module.declarations ?? []).filter((d) => declarations.has(`${module.path}#${d.name}`));
        module.exports = (module.exports ?? []).filter(({name, declaration}) => {
          const target = sourceOf(declaration.module ?? module.path, module.path);
          return exported.has(`${module.path}#${name}`) &&
            (name === '*' ? modules.has(target) : resolves(target, declaration.name));
        });
        return module.declarations.length > 0 || module.exports.length > 0;
      });
    },
  };
}

/** Leaves out of every class what only its subclasses or itself may use, and the custom properties named `--_…`. */
export function noInternals() {
  return {
    name: 'twin-cities-no-internals',
    packageLinkPhase({customElementsManifest: manifest}) {
      for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (declaration.members) {
          declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));
        }
        if (declaration.cssProperties) declaration.cssProperties = declaration.cssProperties.filter((p) => !p.name.startsWith('--_'));
      }
    },
  };
}

/**
 * Types a tool can read without the source: a property's or attribute's type with its aliases spelled out
 * (`'list' | 'grid' | …`, not `Layout`), so editors can offer the values; each event's type from the
 * `TwinCitiesEventMap` (or an `HTMLElementEventMap` declaration) that names it, with references to the types it names.
 */
export function types({program: getProgram}) {
  return {
    name: 'twin-cities-types',
    packageLinkPhase({customElementsManifest: manifest}) {
      addTypes(manifest, getProgram());
    },
  };
}

function addTypes(manifest, program) {
  const checker = program.getTypeChecker();
  const analyzed = new Set(program.getRootFileNames().map((name) => relative('.', name)));
  const classes = new Map();
  const events = new Map();
  for (const path of analyzed) {
    const file = program.getSourceFile(path);
    for (const statement of file.statements) {
      if (ts.isClassDeclaration(statement) && statement.name) classes.set(`${path}#${statement.name.text}`, statement);
      // The library's events, by name (src/events.ts), which HTMLElementEventMap extends.
      if (ts.isInterfaceDeclaration(statement) && statement.name.text === 'TwinCitiesEventMap') {
        for (const member of statement.members) events.set(member.name.text, eventType(member.type, file));
      }
      if (ts.isModuleDeclaration(statement) && statement.name.text === 'global' && statement.body) {
        for (const map of statement.body.statements) {
          if (!ts.isInterfaceDeclaration(map) || map.name.text !== 'HTMLElementEventMap') continue;
          for (const member of map.members) events.set(member.name.text, eventType(member.type, file));
        }
      }
    }
  }

  function eventType(node, file) {
    const references = [];
    const visit = (child) => {
      if (ts.isTypeReferenceNode(child)) {
        let symbol = checker.getSymbolAtLocation(child.typeName);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const declaration = symbol?.declarations?.[0];
        const source = declaration && relative('.', declaration.getSourceFile().fileName);
        if (source && analyzed.has(source)) {
          const start = child.typeName.getStart(file) - node.getStart(file);
          references.push({name: symbol.name, module: published(source), start, end: start + child.typeName.getWidth(file)});
        }
      }
      ts.forEachChild(child, visit);
    };
    visit(node);
    return {text: node.getText(file), ...(references.length ? {references} : {})};
  }

  /** A type's parts: `undefined` last, `true | false` as `boolean`. */
  function typeParts(type) {
    const parts = type.isUnion() ? type.types : [type];
    const nullish = (t) => Boolean(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null));
    const booleans = parts.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral).length === 2;
    return [...parts.filter((t) => !nullish(t)), ...parts.filter(nullish)].map((part) => booleans && part.flags & ts.TypeFlags.BooleanLiteral
      ? 'boolean'
      : checker.typeToString(part, undefined, ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType | ts.TypeFormatFlags.NoTruncation));
  }

  /** A declared type as its parts, aliases spelled out in their declarations' order (`'full' | 'compact' | 'icon'`). */
  function spell(node) {
    if (ts.isUnionTypeNode(node)) return node.types.flatMap(spell);
    if (ts.isParenthesizedTypeNode(node)) return spell(node.type);
    if (ts.isTypeReferenceNode(node)) {
      let symbol = checker.getSymbolAtLocation(node.typeName);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const alias = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
      if (alias && !alias.typeParameters) return spell(alias.type);
    }
    return typeParts(checker.getTypeFromTypeNode(node));
  }

  function propertyText(property) {
    const declaration = property.valueDeclaration;
    const parts = declaration?.type ? spell(declaration.type) : typeParts(checker.getTypeOfSymbol(property));
    if (declaration?.questionToken) parts.push('undefined');
    return [...new Set(parts)].join(' | ');
  }

  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const node = classes.get(`${module.path}#${declaration.name}`);
      if (!node) continue;
      const instance = checker.getTypeAtLocation(node);
      const statics = checker.getTypeOfSymbol(checker.getSymbolAtLocation(node.name));
      const typeOf = (name, of = instance) => {
        const property = checker.getPropertyOfType(of, name);
        return property && {text: propertyText(property)};
      };
      for (const member of declaration.members ?? []) {
        const type = member.kind === 'field' && typeOf(member.name, member.static ? statics : instance);
        if (type) member.type = type;
      }
      for (const attribute of declaration.attributes ?? []) {
        if (attribute.fieldName && typeOf(attribute.fieldName)) attribute.type = typeOf(attribute.fieldName);
      }
      for (const event of declaration.events ?? []) {
        const type = events.get(event.name);
        if (!type) throw new Error(`${module.path}: <${declaration.tagName}> fires ${event.name}, which neither TwinCitiesEventMap nor an HTMLElementEventMap declares`);
        event.type = type;
      }
    }
  }
}

/**
 * The paths an app imports (`dist/…js`) instead of the source's; a superclass from the platform (`Error`) as a
 * global; and, for each element, the definition its module makes when imported.
 */
export function publishedPaths({schemaVersion}) {
  return {
    name: 'twin-cities-published-paths',
    packageLinkPhase({customElementsManifest: manifest}) {
      manifest.schemaVersion = schemaVersion;
      const relink = (reference, from) => {
        if (reference?.module) reference.module = published(sourceOf(reference.module, from));
      };
      for (const module of manifest.modules) {
        const declared = new Set(module.declarations.map((d) => d.name));
        for (const declaration of module.declarations) {
          const {superclass} = declaration;
          if (superclass?.module && sourceOf(superclass.module, module.path) === module.path && !declared.has(superclass.name)) {
            declaration.superclass = {name: superclass.name, package: 'global:'};
          }
          relink(declaration.superclass, module.path);
          for (const item of ['members', 'attributes', 'events', 'cssProperties', 'cssParts', 'slots'].flatMap((key) => declaration[key] ?? [])) {
            relink(item.inheritedFrom, module.path);
          }
          if (declaration.tagName) {
            module.exports.push({kind: 'custom-element-definition', name: declaration.tagName, declaration: {name: declaration.name, module: module.path}});
          }
        }
        for (const entry of module.exports) relink(entry.declaration, module.path);
        module.path = published(module.path);
      }
    },
  };
}

/** A type checker over the analyzed files, with the project's compiler options. */
export function createProgram(files) {
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }});
  return ts.createProgram(files.map((file) => resolve(file)), {...config.options, noEmit: true});
}

