import {FeedError} from '../feed/errors.js';
import {renderSnippet, SNIPPET_OPTIONS, SnippetError, type SnippetElement, type SnippetOptions} from '../render.js';
import {output, type Command} from './command.js';
import {CliError, readJson, writeOutput} from './io.js';

/** Every element's options, as the command line spells them (`--heading-level`): strings, or booleans. */
const BOOLEANS = new Set(['searchable', 'persist']);
const NUMBERS = new Set(['limit', 'headingLevel']);
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const ELEMENT_OPTIONS = [...new Set(Object.values(SNIPPET_OPTIONS).flat())].sort();

export const render: Command = {
  usage: 'render [FEED]',
  summary: "prints a widget's content as HTML for pages whose editor keeps no script or custom element",
  help: `Prints the pre-rendered snippet of a widget: the placeholder <div data-twin-cities="list" …> with the widget's
content inside as plain HTML that WordPress, TinyMCE, CKEditor, Drupal's Basic HTML and Joomla keep. Without
JavaScript it reads as a list; where the page loads the bundle, the widget takes its place without a jump.
FEED is a file or an http(s) URL; without it, the feed that ships with the package.

Options:
  --element TAG       twin-cities-list (the default), twin-city-card or twin-city-badge
  --base URL          where the package is served (the folder with dist/ and data/), for the flags'
                      addresses; without it the snippet has no flags
  --tag               the custom element (<twin-cities-list …>) with the same content inside, instead of the
                      placeholder, for pages that keep custom elements
  ${ELEMENT_OPTIONS.map((name) => `--${kebab(name)}`).join(', ')}
                      the element's attributes of the same names (see the README)
  -o, --output FILE   write the snippet to FILE instead of standard output

Exit status: 0 when the snippet is written, 1 when the feed cannot be read or shown, 2 for a usage error
(an unknown element, layout, city or option).`,
  options: {
    element: {type: 'string'},
    base: {type: 'string'},
    tag: {type: 'boolean'},
    ...Object.fromEntries(ELEMENT_OPTIONS.map((name) => [kebab(name), {type: BOOLEANS.has(name) ? 'boolean' : 'string'} as const])),
    ...output,
  },
  positionals: {min: 0, max: 1},
  async run([source], values) {
    const feed = await readJson(source ?? new URL('../../data/twin-cities.json', import.meta.url).pathname);
    const options: Record<string, unknown> = {element: values.element as SnippetElement | undefined, base: values.base, tag: values.tag};
    for (const name of ELEMENT_OPTIONS) {
      const value = values[kebab(name)];
      if (value === undefined) continue;
      if (NUMBERS.has(name) && !/^[1-9]\d*$/.test(String(value))) throw new CliError(`render: --${kebab(name)} takes a whole number, not "${value}"`, 2);
      options[name] = NUMBERS.has(name) ? Number(value) : value;
    }
    if (values.base !== undefined && !/^https?:\/\//i.test(String(values.base)) && !String(values.base).startsWith('/')) {
      throw new CliError(`render: --base takes an http(s) address or a path from the site's root, not "${values.base}"`, 2);
    }
    let snippet: string;
    try {
      snippet = await renderSnippet(feed, options as SnippetOptions);
    } catch (error) {
      if (error instanceof SnippetError) throw new CliError(`render: ${error.message}`, 2);
      if (error instanceof FeedError) throw new CliError(`${source ?? 'the feed'} cannot be shown: ${error.message}`);
      throw error;
    }
    if (values.base === undefined) process.stderr.write('twin-cities: render: no --base, so no flags: give the address the package is served from\n');
    await writeOutput(values.output as string | undefined, snippet);
    return 0;
  },
};
