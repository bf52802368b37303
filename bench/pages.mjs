// The pages the benchmark serves: a municipal page around the widget (or around its reference), so that
// what follows the widget on the page can shift. Each function returns a page's HTML.
import {readFileSync} from 'node:fs';
import {ROW_CSS, byDate, prepare, rowHtml} from './floors/rows.js';

const SITE_CSS = `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1f2328; }
  header { background: #8a1538; color: #fff; padding: 0.75em 1em; }
  header nav a { color: #fff; margin-inline-end: 1em; }
  main { max-width: 48em; margin: 0 auto; padding: 0 1em 2em; }
  footer { background: #f6f8fa; padding: 1em; font-size: 0.875em; }
`;

const TEXT = {
  bg: {site: 'Община Асеновград', nav: ['Новини', 'Общината', 'Услуги', 'Контакти'], title: 'Побратимени градове',
    intro: 'Асеновград поддържа приятелски връзки с градове от Европа и Азия: обмен на ученици, културни и спортни прояви.',
    after: 'Контакти', contact: 'Отдел „Международно сътрудничество“, бул. „България“ 1, 4230 Асеновград, тел. 0331 6 20 00.',
    fallback: 'Побратимени градове'},
  mk: {site: 'Општина Асеновград', nav: ['Вести', 'Општината', 'Услуги', 'Контакт'], title: 'Збратимени градови',
    intro: 'Асеновград одржува пријателски врски со градови од Европа и Азија: размена на ученици, културни и спортски настани.',
    after: 'Контакт', contact: 'Одделение за меѓународна соработка, бул. „Бугарија“ 1, 4230 Асеновград, тел. 0331 6 20 00.',
    fallback: 'Збратимени градови'},
  en: {site: 'Plovdiv Province', nav: ['News', 'Province', 'Services', 'Contact'], title: 'Twin towns of the province',
    intro: 'The register of every partnership of the province’s municipalities, searchable by name in any language.',
    after: 'Contact', contact: 'International cooperation, 1 Bulgaria Blvd, 4000 Plovdiv.', fallback: 'Twin towns'},
};

/** A municipal page in `lang` with `content` where the twin cities go and `head` in its head. */
export function sitePage({lang, head = '', content, script = ''}) {
  const t = TEXT[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${t.title} · ${t.site}</title>
<style>${SITE_CSS}</style>
${head}
</head>
<body>
<header><strong>${t.site}</strong><nav>${t.nav.map((item) => `<a href="#">${item}</a>`).join('')}</nav></header>
<main>
<h1>${t.title}</h1>
<p>${t.intro}</p>
${content}
<h2>${t.after}</h2>
<p>${t.contact}</p>
</main>
<footer>© ${t.site}</footer>
${script}
</body>
</html>
`;
}

export const BUNDLE = '/dist/twin-cities.js';
const bundleTag = `<script type="module" src="${BUNDLE}"></script>`;

/** The README's snippet: the bare tag with a link inside, for before the script has loaded. */
export const widgetTag = (lang, attributes = '') =>
  `<twin-cities-list${attributes}>\n  <a href="https://www.asenovgrad.bg/bg/pobratimeni-gradove">${TEXT[lang].fallback}</a>\n</twin-cities-list>`;

/** The README's "before the script has loaded" CSS, read from the README so that the figure is the README's. */
export const NOT_DEFINED_CSS = (() => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const [, css] = readme.match(/\*\*Before the script has loaded\*\*[^]*?```css\n([^]*?)```/) ?? [];
  if (!css) throw new Error('README.md: no CSS block under "Before the script has loaded"');
  return `<style>\n${css.replace(/^ +/gm, '')}</style>`;
})();

/** `<link>` lines that start every request the widget makes, at once: modules, and the feed as a fetch. */
export const preloadLinks = (resources) => resources.map(({path, type}) => (type === 'fetch'
  ? `<link rel="preload" href="${path}" as="fetch" crossorigin>`
  : `<link rel="modulepreload" href="${path}">`)).join('\n');

export const widgetPage = ({lang, head = ''}) => sitePage({lang, head: `${bundleTag}\n${head}`, content: widgetTag(lang)});

/**
 * The static reference: the widget's own markup and styles, as it rendered them, written into the page as
 * declarative shadow DOM: the same names, flags, links and layout, painted by the parser, with no script.
 */
export const staticPage = ({lang, snapshot}) => sitePage({lang, content:
  `<div class="static-list"><template shadowrootmode="open"><style>${snapshot.css}</style>${snapshot.html}</template></div>`});

/** The pre-rendered snippet (`twin-cities render`) with the bundle that upgrades it. */
export const prerenderedPage = ({lang, snippet}) => sitePage({lang, head: bundleTag, content: snippet});

/** The widget on a long feed, searchable; `benchSort` changes its `sort` as the floors' pages do theirs. */
export const bigWidgetPage = ({feed}) => sitePage({lang: 'en', head: bundleTag,
  content: `<twin-cities-list src="${feed}" searchable></twin-cities-list>`,
  script: `<script>window.benchSort = (sort) => document.querySelector('twin-cities-list').setAttribute('sort', sort);</script>`});

/** A floor: the same entries from the same feed, built by `script` (innerHTML, or the virtualizer). */
export const floorPage = ({feed, script}) => sitePage({lang: 'en', head: `<style>${ROW_CSS}</style>\n<script type="module" src="${script}"></script>`,
  content: `<label>Search twin cities <input type="search" id="search" autocomplete="off"></label>
<p id="count" role="status"></p>
<ul id="list" role="list" data-src="${feed}"></ul>`});

/** Every entry of a long feed written into the page, in the widget's order. */
export function staticListPage({feed}) {
  const {rows} = prepare(feed, '/data/flags/');
  return sitePage({lang: 'en', head: `<style>${ROW_CSS}</style>`, content: `<ul id="list" role="list">${byDate(rows).map(rowHtml).join('\n')}</ul>`});
}

export const blankPage = () => '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title></head><body></body></html>\n';
