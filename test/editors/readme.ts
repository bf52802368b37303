// What the editors' tests set as content: the README's HTML snippets with a widget or a placeholder, and the
// pre-rendered snippet of the package's feed.
import {renderSnippet, type SnippetOptions} from '../../src/render.js';

/** The README's ```html blocks that hold a widget (`<twin-…>`) or a placeholder (`data-twin-cities`). */
export async function readmeSnippets(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map(([, block]) => block!).filter((block) => /<twin-|data-twin-cities=/.test(block));
}

/** The pre-rendered snippet of the package's feed, with the flags from this server. */
export async function prerendered(options: SnippetOptions = {}): Promise<string> {
  const feed = await (await fetch('/data/twin-cities.json')).json();
  return renderSnippet(feed, {lang: 'en', base: `${location.origin}/`, ...options});
}

/** Parsed HTML, in a template (nothing runs, nothing loads). */
export function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** Each placeholder's attributes, as `{name: value}`. */
export const placeholders = (html: string) =>
  [...parse(html).querySelectorAll('[data-twin-cities]')].map((div) => Object.fromEntries([...div.attributes].map((a) => [a.name, a.value])));

/** The links, as `text → address`. */
export const links = (html: string) => [...parse(html).querySelectorAll('a')].map((a) => `${a.textContent!.trim()} → ${a.href}`);

/** The list's entries, as their visible words. */
export const entries = (html: string) =>
  [...parse(html).querySelectorAll('ul > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
