// Hostile host pages: the pages the widgets land on, and what those pages' own CSS and scripts do to them.
//
// - Pages that need a response header (a Content-Security-Policy), stylesheets of their own or a custom-element
//   registry of their own are real HTML files under test/fixtures/pages/, loaded in iframes (same origin) through
//   test/server.mjs, and they load what pages load: the bundle, /dist/twin-cities.js (`npm run build`). Their
//   first script, test/fixtures/pages/probe.js, records what the page's owner would notice on `window.probe`:
//   CSP violations, uncaught errors, failed loads, and each custom element's definitions.
// - Many widgets on one page, and widgets created, moved, removed and changed by a page's script during their
//   load, are tested in the test document itself, with the sources.
import {expect} from '@open-wc/testing';
import '../../src/define/index.js';
import {TwinCitiesList, TwinCityBadge, TwinCityCard} from '../../src/index.js';
import {
  allAnswered, container, finished, heard, requested, requests, serve, settled, shows, uncaught, until, watch,
  type Widget, type WidgetTag as Tag,
} from '../helpers.js';

/** What probe.js keeps on a fixture page's window. */
interface Probe {
  violations: string[];
  errors: string[];
  defined: Record<string, number>;
  import(url: string): Promise<Record<string, unknown>>;
  violate(): {styleApplied: boolean; trustedTypes: 'enforced' | 'not enforced' | 'not supported'};
}
interface Page {
  doc: Document;
  win: Window & {probe: Probe};
  probe: Probe;
}

/** The computed style, from the element's own window (an iframe's, for a fixture page). */
const computed = (node: Element) => node.ownerDocument.defaultView!.getComputedStyle(node);

/** Exceptions and rejections that reach the test document's window, from the start of each test. */
let errors: ReturnType<typeof uncaught>;
beforeEach(() => {
  errors = uncaught();
});

/** A fixture page under test/fixtures/pages/, served as HTML by test/server.mjs, with these headers. */
const pageUrl = (file: string, params: Record<string, string> = {}) =>
  `/test-server?${new URLSearchParams({file: `fixtures/pages/${file}`, type: 'text/html', ...params})}`;

/** Loads a page in an iframe (removed after the test) and waits for it, its scripts and probe.js. */
async function open(url: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.title = 'A host page';
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.src = url;
  container().append(frame);
  const page = () => frame.contentWindow as (Window & {probe?: Probe}) | null;
  await until(() => !!page()?.probe && frame.contentDocument?.readyState === 'complete',
    () => `${url} did not load (${frame.contentWindow?.location.href})`);
  const win = page() as Page['win'];
  return {doc: frame.contentDocument!, win, probe: win.probe};
}

/** Waits until every widget of a page, by id, shows what it should. */
async function rendered(doc: Document, expected: Record<string, RegExp>, timeout = 5000) {
  const wrong = () => Object.entries(expected).filter(([id, pattern]) => {
    const el = doc.getElementById(id);
    return !el || !finished(el) || !pattern.test(shows(el));
  });
  await until(() => !wrong().length, () => wrong().map(([id, pattern]) => `#${id} shows "${shows(doc.getElementById(id))}", not ${pattern}`).join('; '), timeout);
}

// The package's own feed (data/twin-cities.json): nine partners; the list shows all nine.
const nine = /^entries \(Twin cities of Asenovgrad\): (\S+ ){8}\S+$/;

describe('a page with aggressive global CSS', () => {
  // The page's own elements, beside the widgets, some with the very class names the widgets use inside.
  const bystanders = ['h1', 'p', 'a', 'strong', 'ul', 'li', 'root-class', 'card-class', 'name-class', 'muted-class', 'badge-class',
    'list-class', 'item-class', 'skeleton-class', 'error-class', 'button-class', 'flag-class', 'hidden-class',
    'fallback-hidden', 'fallback', 'fallback-link', 'after'];
  const pageProperties = ['display', 'position', 'color', 'backgroundColor', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle',
    'lineHeight', 'letterSpacing', 'textTransform', 'textDecorationLine', 'boxSizing', 'marginTop', 'marginRight', 'marginBottom',
    'marginLeft', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderTopStyle', 'borderTopColor',
    'borderTopLeftRadius', 'listStyleType', 'verticalAlign', 'overflow', 'clipPath', 'flexGrow'] as const;

  // Inside the widgets: the parts a visitor sees, in each element.
  const inside: Record<string, string[]> = {
    list: ['[part~=base]', '[part~=list]', '[part~=item]', '[part~=item] [part~=flag]', '[part~=item] .name', '[part~=item] [part~=name]',
      '[part~=item] .meta', '[part~=item] [part~=country]', '[part~=item] [part~=date]'],
    card: ['[part~=base]', '[part~=card]', '[part~=flag]', '[part~=name]', '[part~=native-name]', '[part~=former-name]', '[part~=country]',
      '[part~=distance]', '.history-title', '[part~=history]', '[part~=event]', '[part~=event] time', '[part~=link]'],
    badge: ['[part~=base]', '[part~=badge]', '[part~=flag]', '[part~=relation]', '[part~=name]', '[part~=country]', '[part~=date]'],
    failing: ['[part~=base]', '[part~=error]', '[part~=error] p', '[part~=retry]'],
  };
  // Lengths are compared in units of the host's font size: the widget takes its size from the page, by design;
  // and colours as the host's text colour where they are it: without a theme, the widget takes the page's.
  const insideProperties = ['display', 'color', 'backgroundColor', 'borderTopColor', 'borderTopStyle', 'borderLeftStyle', 'fontWeight',
    'fontStyle', 'textTransform', 'textDecorationLine', 'textAlign', 'boxSizing', 'listStyleType', 'listStylePosition', 'whiteSpace',
    'visibility', 'opacity', 'objectFit', 'fontSize', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'verticalAlign',
    'marginTop', 'marginRight', 'marginBottom', 'marginLeft', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
    'borderTopLeftRadius'] as const;
  const sized = ['width', 'height'] as const;

  type Styles = Record<string, string>;
  interface Measured {
    /** The page's own elements before the library loaded, and after its widgets rendered. */
    before: Record<string, Styles>;
    after: Record<string, Styles>;
    sheets: {before: string; after: string};
    /** Inside each widget: `widget selector` → styles, lengths in units of the host's font size. */
    look: Record<string, Styles>;
    /** Each widget's font: its host's, and its content's. */
    fonts: Record<string, {host: string; inside: string; hostSize: string; insideSize: string}>;
    errors: string[];
  }

  const styles = (node: Element, properties: readonly string[]) => {
    const style = computed(node) as unknown as Record<string, string>;
    return Object.fromEntries(properties.map((p) => [p, style[p]!]));
  };
  const pageStyles = (doc: Document) =>
    Object.fromEntries(bystanders.map((id) => [id, styles(doc.getElementById(id)!, pageProperties)]));
  const sheets = (doc: Document) => `${doc.styleSheets.length} stylesheets, ${doc.adoptedStyleSheets.length} adopted`;

  /** A colour as the page's text colour (`ink`), or that colour made transparent (`color-mix(…, transparent)`); undefined for another. */
  const inInk = (value: string, ink: string) => {
    if (value === ink) return 'the page’s text colour';
    const [r, g, b] = ink.match(/[\d.]+/g)!.map((c) => Number(c) / 255);
    const mixed = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+) \/ ([\d.]+)\)$/.exec(value);
    const same = (x: string | undefined, y: number | undefined) => Math.abs(Number(x) - y!) < 0.002;
    return mixed && same(mixed[1], r) && same(mixed[2], g) && same(mixed[3], b) ? `the page’s text colour at ${mixed[4]}` : undefined;
  };

  /** A value in units of `em` when it is a length in px; as it is otherwise. */
  const relative = (value: string, em: number) => {
    const px = /^(-?[\d.]+)px$/.exec(value);
    return px ? `${Number(px[1]) / em}em` : value;
  };

  /** Opens styled.html with these stylesheets, measures the page, loads the bundle, and measures again. */
  async function measure(hrefs: string[]): Promise<Measured> {
    const {doc, probe} = await open(pageUrl('styled.html'));
    for (const href of hrefs) {
      const link = doc.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      await new Promise((resolve, reject) => {
        link.addEventListener('load', resolve);
        link.addEventListener('error', () => reject(new Error(`${href} did not load`)));
        doc.head.append(link);
      });
    }
    const before = pageStyles(doc);
    const sheetsBefore = sheets(doc);

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/twin-cities.js';
    doc.head.append(script);
    await rendered(doc, {list: nine, card: /^card: Naousa/, badge: /^badge: /, failing: /^error: .*404/});

    const look: Record<string, Styles> = {};
    const fonts: Measured['fonts'] = {};
    for (const [id, selectors] of Object.entries(inside)) {
      const host = doc.getElementById(id)!;
      const em = parseFloat(computed(host).fontSize);
      const base = host.shadowRoot!.querySelector('[part~=base]')!;
      fonts[id] = {host: computed(host).fontFamily, inside: computed(base).fontFamily,
        hostSize: computed(host).fontSize, insideSize: computed(base).fontSize};
      for (const selector of selectors) {
        const node = host.shadowRoot!.querySelector(selector);
        if (!node) continue;
        const all = styles(node, selector.endsWith('flag]') ? [...insideProperties, ...sized] : insideProperties);
        const ink = computed(host).color;
        look[`${id} ${selector}`] = Object.fromEntries(Object.entries(all).map(([p, v]) => [p, inInk(v, ink) ?? relative(v, em)]));
      }
    }
    return {before, after: pageStyles(doc), sheets: {before: sheetsBefore, after: sheets(doc)}, look, fonts, errors: [...probe.errors]};
  }

  /** Every property that differs between two measurements, as "where: property a ≠ b" (lengths within 0.01em are equal). */
  function differences(a: Record<string, Styles>, b: Record<string, Styles>) {
    const same = (x = '', y = '') => {
      const [ex, ey] = [/^(-?[\d.]+)em$/.exec(x), /^(-?[\d.]+)em$/.exec(y)];
      return ex && ey ? Math.abs(Number(ex[1]) - Number(ey[1])) <= 0.01 : x === y;
    };
    const found: string[] = [];
    for (const where of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!a[where] || !b[where]) {
        found.push(`${where}: ${a[where] ? 'gone' : 'not there before'}`);
        continue;
      }
      for (const [property, value] of Object.entries(a[where]!)) {
        if (!same(value, b[where]![property])) found.push(`${where}: ${property} ${value} ≠ ${b[where]![property]}`);
      }
    }
    return found;
  }

  const measured = new Map<string, Promise<Measured>>();
  const measuredWith = (href?: string) => {
    const key = href ?? '';
    if (!measured.has(key)) measured.set(key, measure(href ? [href] : []));
    return measured.get(key)!;
  };

  const stylesheets: {what: string; href: string}[] = [
    {what: 'the rule `* { all: revert; font-size: 30px !important; color: red !important }`', href: '/test/fixtures/pages/hostile.css'},
    {what: 'Bootstrap 3', href: '/node_modules/bootstrap3/dist/css/bootstrap.min.css'},
    {what: 'Bootstrap 5', href: '/node_modules/bootstrap5/dist/css/bootstrap.min.css'},
    {what: 'the box-sizing: inherit pattern (its content in content-box)', href: '/test/fixtures/pages/box-sizing-inherit.css'},
    {what: 'a reset of everything to content-box, no spacing, uppercase, italic, on yellow', href: '/test/fixtures/pages/reset.css'},
  ];

  // Parts missing on both sides would compare equal: the plain page has every part the comparisons below look at.
  it('(control) finds every part it compares inside the widgets, on a page without stylesheets', async () => {
    const control = await measuredWith();
    expect(control.errors).to.deep.equal([]);
    const measuredParts = Object.keys(control.look);
    const expectedParts = Object.entries(inside).flatMap(([id, selectors]) => selectors.map((s) => `${id} ${s}`));
    expect(measuredParts).to.deep.equal(expectedParts);
  });

  for (const c of stylesheets) {
    it(`keeps its look inside under ${c.what}, in proportion to the page's font size`, async () => {
      const [control, hostile] = await Promise.all([measuredWith(), measuredWith(c.href)]);
      // The stylesheet did reach the page's own elements: otherwise this test proves nothing.
      expect(differences(control.before, hostile.before).length, 'the stylesheet changes the page').to.be.above(0);
      expect(differences(control.look, hostile.look)).to.deep.equal([]);
      for (const [id, font] of Object.entries(hostile.fonts)) {
        expect(font.inside, `#${id}'s font family is the page's`).to.equal(font.host);
        expect(font.insideSize, `#${id}'s font size is the page's`).to.equal(font.hostSize);
      }
      expect(hostile.errors).to.deep.equal([]);
    });
  }

  for (const c of [{what: 'no stylesheet of its own', href: undefined}, ...stylesheets]) {
    it(`changes nothing of the page's own elements on a page with ${c.what}`, async () => {
      const {before, after, sheets: pageSheets, errors} = await measuredWith(c.href);
      expect(differences(before, after)).to.deep.equal([]);
      expect(pageSheets.after, 'the page has the stylesheets it had').to.equal(pageSheets.before);
      expect(errors).to.deep.equal([]);
    });
  }
});

describe('a page with a strict Content-Security-Policy', () => {
  const policy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
  const cspPage = () => open(pageUrl('csp.html', {csp: policy}));

  it(`renders every widget, and the policy reports no violation (${policy})`, async () => {
    const {doc, probe} = await cspPage();
    await rendered(doc, {
      list: nine,
      grid: /^entries \(Twin cities of Asenovgrad\): \S+ \S+ \S+$/,
      timeline: /^entries \(Twin cities of Asenovgrad\): (\S+ ){8}\S+$/,
      card: /^card: Naousa/,
      badge: /^badge: Twin city: Asenovgrad, Bulgaria/,
      icon: /^badge: Twin city: Asenovgrad, Bulgaria/,
      failing: /^error: .*404/,
    });
    // Its styles apply (adopted stylesheets, which the policy allows), and its images load (same origin).
    const list = doc.getElementById('list')!.shadowRoot!;
    expect(computed(list.querySelector('[part~=item]')!).display).to.equal('flex');
    expect(computed(list.querySelector('[part~=base]')!).borderTopLeftRadius).to.equal('8px');
    const flag = list.querySelector<HTMLImageElement>('[part~=flag]')!;
    // Flags load lazily, when seen, and a test page the runner keeps in the background is never painted:
    // what is checked here is that the policy lets the flag's URL load, so it is asked for now.
    flag.loading = 'eager';
    await until(() => flag.complete && flag.naturalWidth > 0, () => `the flag ${flag.src} did not load`);
    // The failing list shows the page's own fallback link.
    expect(doc.querySelector('#failing > a')!.checkVisibility(), 'the fallback link is visible').to.equal(true);

    // What visitors do: search, show all, switch the theme; each renders again.
    const grid = doc.getElementById('grid') as Widget;
    const search = grid.shadowRoot!.querySelector<HTMLInputElement>('[part~=search]')!;
    search.value = 'kil';
    search.dispatchEvent(new Event('input', {bubbles: true}));
    await until(() => /: kilkis$/.test(shows(grid)), () => `the search shows ${shows(grid)}`);
    search.value = '';
    search.dispatchEvent(new Event('input', {bubbles: true}));
    await grid.updateComplete;
    grid.shadowRoot!.querySelector<HTMLButtonElement>('[part~=show-all]')!.click();
    await until(() => nine.test(shows(grid)), () => `"show all" shows ${shows(grid)}`);
    grid.setAttribute('theme', 'dark');
    await grid.updateComplete;

    // Violations are reported in tasks of their own, in order: once one provoked now is heard, any the widgets
    // caused has been. An image from another origin is one no widget asks for.
    const otherOrigin = `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
    const control = doc.body.appendChild(doc.createElement('img'));
    control.alt = '';
    control.src = `${otherOrigin}/csp-control.png`;
    const provoked = (violation: string) => violation.startsWith(`img-src blocked ${otherOrigin}`);
    await until(() => probe.violations.some(provoked), () => `violations: ${probe.violations.join('; ') || 'none'}`);
    expect(probe.violations.filter((violation) => !provoked(violation))).to.deep.equal([]);
    expect(probe.errors.filter((error) => !error.includes('/csp-control.png'))).to.deep.equal([]);
  });

  it('(its control) the same page does get violations for what the policy forbids: the policy is in force and heard', async () => {
    const {doc, win, probe} = await cspPage();
    await rendered(doc, {list: nine});
    const result = probe.violate();
    expect(result.styleApplied, 'an inline <style> applies').to.equal(false);
    expect(result.trustedTypes).to.equal('trustedTypes' in win ? 'enforced' : 'not supported');
    await until(() => probe.violations.some((v) => v.startsWith('style-src')), () => `violations: ${probe.violations.join('; ')}`);
    if (result.trustedTypes === 'enforced') {
      await until(() => probe.violations.some((v) => v.startsWith('require-trusted-types-for')), () => `violations: ${probe.violations.join('; ')}`);
    }
  });
});

describe('the library loaded twice on one page', () => {
  const bundle = '/dist/twin-cities.js';
  const copies: {what: string; page: string; urls: [string, string]; separate: boolean}[] = [
    {what: 'its script tag twice', page: 'twice-same-url.html', urls: [bundle, bundle], separate: false},
    {what: 'two copies of the bundle, from two URLs', page: 'twice-two-urls.html', urls: [`${bundle}?v=1`, `${bundle}?v=other`], separate: true},
    {what: 'the bundle, then the package’s unbundled build (another copy of Lit)', page: 'twice-beside-unbundled.html', urls: [bundle, '/dist/index.js'], separate: true},
    {what: 'the unbundled build, then the bundle', page: 'twice-unbundled-first.html', urls: ['/dist/index.js', bundle], separate: true},
  ];
  // The map's class is not among the bundle's exports: it comes with the map's chunk, once a map is on the page.
  const classes = {'twin-cities-list': 'TwinCitiesList', 'twin-city-card': 'TwinCityCard', 'twin-city-badge': 'TwinCityBadge'};

  for (const c of copies) {
    it(`${c.what}: each element is defined once, by the first, nothing throws, and the widgets work`, async () => {
      const {doc, win, probe} = await open(pageUrl(c.page));
      await rendered(doc, {list: nine, card: /^card: Naousa/, badge: /^badge: Twin city: Asenovgrad, Bulgaria/});
      await win.customElements.whenDefined('twin-cities-map');
      expect(probe.errors).to.deep.equal([]);
      expect(probe.defined).to.deep.equal({'twin-cities-list': 1, 'twin-city-card': 1, 'twin-city-badge': 1, 'twin-cities-map': 1});

      // The same modules as the page's script tags (one module map): both copies ran, and the first one's classes won.
      const [first, second] = await Promise.all(c.urls.map((url) => probe.import(url)));
      for (const [tag, name] of Object.entries(classes)) {
        expect(typeof first![name], `${c.urls[0]} exports ${name}`).to.equal('function');
        expect(win.customElements.get(tag) === first![name], `<${tag}> is ${c.urls[0]}'s`).to.equal(true);
        expect(second![name] !== first![name], `${c.urls[1]} is a copy of its own`).to.equal(c.separate);
      }
      expect(doc.getElementById('list') instanceof (first!.TwinCitiesList as typeof HTMLElement)).to.equal(true);
    });
  }
});

describe('many widgets on one page', () => {
  /** Where the widget's feed is: A or B (the same URL, written relative or absolute). */
  interface Spec {tag: Tag; feed: 'A' | 'B' | 'A, absolute'; attributes: Record<string, string>; shows: RegExp}
  const specs: Spec[] = [
    {tag: 'twin-cities-list', feed: 'A', attributes: {lang: 'en'}, shows: /^entries \(Twin cities of Asenovgrad\): prilep bergama kilkis$/},
    {tag: 'twin-cities-list', feed: 'A', attributes: {lang: 'bg', sort: 'name'}, shows: /^entries \(Побратимени градове на Асеновград\): bergama kilkis prilep$/},
    {tag: 'twin-cities-list', feed: 'A', attributes: {lang: 'en', layout: 'grid'}, shows: /^entries \(Twin cities of Asenovgrad\): prilep bergama kilkis$/},
    {tag: 'twin-cities-list', feed: 'A, absolute', attributes: {lang: 'en', layout: 'compact'}, shows: /^entries \(Twin cities of Asenovgrad\): prilep bergama kilkis$/},
    {tag: 'twin-city-card', feed: 'A', attributes: {lang: 'en', city: 'kilkis'}, shows: /^card: Kilkis /},
    {tag: 'twin-city-card', feed: 'A', attributes: {lang: 'bg', city: 'prilep'}, shows: /^card: Прилеп /},
    {tag: 'twin-city-card', feed: 'A', attributes: {lang: 'en', city: 'bergama'}, shows: /^card: Bergama /},
    {tag: 'twin-city-badge', feed: 'A', attributes: {lang: 'en', city: 'kilkis'}, shows: /^badge: Twin city: Asenovgrad, Bulgaria/},
    {tag: 'twin-city-badge', feed: 'A', attributes: {lang: 'bg', city: 'prilep', variant: 'compact'}, shows: /^badge: Договор за сътрудничество: Асеновград$/},
    {tag: 'twin-city-badge', feed: 'A', attributes: {lang: 'en', city: 'bergama', variant: 'icon'}, shows: /^badge: Twin city: Asenovgrad, Bulgaria/},
    {tag: 'twin-cities-list', feed: 'B', attributes: {lang: 'en'}, shows: /^entries \(Twin cities of Naousa\): denpasar prilep$/},
    {tag: 'twin-city-card', feed: 'B', attributes: {lang: 'en', city: 'prilep'}, shows: /^card: Prilep /},
    {tag: 'twin-city-badge', feed: 'B', attributes: {lang: 'en', city: 'denpasar'}, shows: /^badge: Partner city: Naousa, Greece/},
  ];

  const arrivals: {what: string; oneByOne: boolean}[] = [
    {what: 'all at once', oneByOne: false},
    {what: 'one by one while the feeds load (each once the one before has rendered, all once feed A is asked for)', oneByOne: true},
  ];
  for (const c of arrivals) {
    it(`${specs.length} lists, cards and badges added ${c.what} make one request per feed URL`, async () => {
      const a = serve('fixtures/pages/feed-a.json', {delay: 400});
      const b = serve('fixtures/pages/feed-b.json', {delay: 400});
      const src = {A: a.url, 'A, absolute': new URL(a.url, location.href).href, B: b.url};
      const parent = container();
      const add = (spec: Spec) => {
        const el = document.createElement(spec.tag);
        for (const [name, value] of Object.entries({...spec.attributes, src: src[spec.feed]})) el.setAttribute(name, value);
        parent.append(el);
        return el;
      };
      const widgets: Widget[] = [];
      for (const spec of specs) {
        const el = add(spec);
        widgets.push(el);
        if (c.oneByOne) await (widgets.length === 1 ? requested(a.key) : el.updateComplete);
      }
      if (c.oneByOne) expect(widgets.every((el) => el.hasAttribute('aria-busy')), 'all added while the feeds load').to.equal(true);
      for (const el of widgets) await settled(el);
      expect(widgets.map((el, i) => `${i}: ${specs[i]!.shows.test(shows(el)) ? 'as expected' : shows(el)}`))
        .to.deep.equal(widgets.map((_, i) => `${i}: as expected`));
      expect(await requests(a.key), 'requests for feed A').to.equal(1);
      expect(await requests(b.key), 'requests for feed B').to.equal(1);

      // One more, once the feed is in: the page's copy serves it.
      const late = await settled(add(specs[0]!));
      expect(specs[0]!.shows.test(shows(late)), shows(late)).to.equal(true);
      expect(await requests(a.key), 'requests for feed A').to.equal(1);
      expect(errors.seen).to.deep.equal([]);
    });
  }
});

describe('widgets in the hands of a page’s script', () => {
  const feedA = () => serve('fixtures/pages/feed-a.json');
  /** A widget made as a page's script makes one, with these attributes; not yet in the page. */
  const widget = (tag: Tag, attributes: Record<string, string>) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el as Widget;
  };
  // What the widgets of feed A show, in English, for the city "prilep".
  const fromA = {
    'twin-cities-list': /^entries \(Twin cities of Asenovgrad\): prilep bergama kilkis$/,
    'twin-city-card': /^card: Prilep .*Cooperation agreement since 1993/,
    'twin-city-badge': /^badge: Cooperation agreement: Asenovgrad, Bulgaria\s?since 1993$/,
  };
  const fromB = {
    'twin-cities-list': /^entries \(Twin cities of Naousa\): denpasar prilep$/,
    'twin-city-card': /^card: Prilep .*Twin city since September 30, 2011/,
    'twin-city-badge': /^badge: Twin city: Naousa, Greece\s?since September 30, 2011$/,
  };
  const tags = Object.keys(fromA) as Tag[];

  describe('created from script', () => {
    const attributes = (src: string) => ({src, lang: 'en', city: 'prilep'});
    const creations: {how: string; create: (parent: HTMLElement, src: string) => Promise<Element[]> | Element[]}[] = [
      {how: 'document.createElement, attributes set, then appended', create: (parent, src) =>
        tags.map((tag) => parent.appendChild(widget(tag, attributes(src))))},
      {how: 'document.createElement, properties set, then appended', create: (parent, src) => tags.map((tag) => {
        const el = Object.assign(document.createElement(tag), attributes(src));
        return parent.appendChild(el);
      })},
      {how: 'new TwinCitiesList() and the others, properties set after appending', create: (parent, src) =>
        [new TwinCitiesList(), new TwinCityCard(), new TwinCityBadge()].map((el) => Object.assign(parent.appendChild(el), attributes(src)))},
      {how: 'the innerHTML of a container', create: (parent, src) => {
        parent.innerHTML = tags.map((tag) => `<${tag} src="${src}" lang="en" city="prilep"></${tag}>`).join('');
        return [...parent.children];
      }},
      {how: 'a <template>, its content cloned and appended', create: (parent, src) => {
        const template = document.createElement('template');
        template.innerHTML = tags.map((tag) => `<${tag} src="${src}" lang="en" city="prilep"></${tag}>`).join('');
        parent.append(template.content.cloneNode(true));
        return [...parent.children];
      }},
      {how: 'cloneNode(true) of widgets that have loaded', create: async (parent, src) => {
        const originals = tags.map((tag) => Object.assign(document.createElement(tag), attributes(src)));
        const elsewhere = container();
        elsewhere.append(...originals);
        for (const el of originals) await settled(el as Widget);
        const clones = originals.map((el) => parent.appendChild(el.cloneNode(true) as Element));
        elsewhere.remove();
        return clones;
      }},
    ];
    for (const c of creations) {
      it(`renders, made by ${c.how}`, async () => {
        const {key, url} = feedA();
        const parent = container();
        const widgets = (await c.create(parent, url)) as Widget[];
        expect(widgets.map((el) => el.localName)).to.deep.equal(tags);
        for (const el of widgets) await settled(el);
        for (const el of widgets) expect(shows(el)).to.match(fromA[el.localName as Tag]);
        expect(await requests(key)).to.equal(1);
        expect(errors.seen).to.deep.equal([]);
      });
    }

    // A lone widget, so that no other widget's wait keeps its request alive: a request it drops is a request made for nothing.
    for (const tag of tags) {
      it(`<${tag}> asks once for its feed when a script sets its src and lang as properties`, async () => {
        const {key, url} = serve('fixtures/pages/feed-a.json', {delay: 300});
        const el = Object.assign(document.createElement(tag), {src: url, lang: 'en', city: 'prilep'});
        const parent = container();
        parent.append(el);
        await settled(el);
        expect(shows(el)).to.match(fromA[tag]);
        expect(await requests(key), 'requests for its feed').to.equal(1);
        expect(errors.seen).to.deep.equal([]);
      });
    }

    it('renders, made and given properties by a page’s script before the library loaded (upgraded later)', async () => {
      const {doc, probe} = await open(pageUrl('upgrade.html'));
      await rendered(doc, {card: /^card: Naousa/, list: /^entries \(Twin cities of Asenovgrad\): \S+ \S+$/,
        badge: /^badge: Twin city: Asenovgrad$/, inline: /^entries \(Twin cities of Asenovgrad\): denpasar$/});
      const [card, list, badge] = ['card', 'list', 'badge'].map((id) => doc.getElementById(id)!);
      expect(card!.getAttribute('city'), 'the property set before the upgrade, reflected').to.equal('naousa');
      expect(list!.shadowRoot!.querySelector('[part~=list]')!.classList.contains('compact'), 'layout="compact"').to.equal(true);
      expect(!!list!.shadowRoot!.querySelector('[part~=show-all]'), 'limit=2 leaves a "show all" button').to.equal(true);
      expect(badge!.shadowRoot!.querySelector('[part~=badge]')!.classList.contains('compact'), 'variant="compact"').to.equal(true);
      expect(probe.errors).to.deep.equal([]);
    });
  });

  describe('moved in the DOM while it loads', () => {
    const moves: {how: string; move: (el: Element, places: {other: HTMLElement; first: Element; shadow: ShadowRoot}) => void}[] = [
      {how: 'to another parent', move: (el, {other}) => other.append(el)},
      {how: 'before its sibling, in the same parent', move: (el, {first}) => first.before(el)},
      {how: 'into another component’s shadow root', move: (el, {shadow}) => shadow.append(el)},
      {how: 'out and back in', move: (el, {other}) => {
        const parent = el.parentElement!;
        other.append(el);
        parent.append(el);
      }},
    ];
    for (const c of moves) {
      it(`renders once, the right content, when moved ${c.how}`, async () => {
        const {key, url} = serve('fixtures/pages/feed-a.json', {delay: 300});
        const parent = container();
        const first = parent.appendChild(document.createElement('p'));
        first.textContent = 'The page’s own content';
        const other = parent.appendChild(document.createElement('div'));
        const host = parent.appendChild(document.createElement('div'));
        const shadow = host.attachShadow({mode: 'open'});
        const el = widget('twin-cities-list', {src: url, lang: 'en'});
        const events = heard(el);
        parent.append(el);
        await requested(key);
        const seen = watch(el);
        c.move(el, {other, first, shadow});
        await settled(el);
        await allAnswered(key);
        await el.updateComplete;
        seen.stop();
        expect(seen.seen).to.deep.equal(['skeleton', shows(el)]);
        expect(shows(el)).to.match(fromA['twin-cities-list']);
        expect(events.types()).to.deep.equal(['twin-cities-load']);
        expect(el.hasAttribute('aria-busy')).to.equal(false);
        expect(await requests(key), 'a move keeps the request').to.equal(1);
        expect(errors.seen).to.deep.equal([]);
      });
    }
  });

  describe('removed while it loads', () => {
    for (const tag of tags) {
      it(`<${tag}> renders nothing once detached, and its request is cancelled`, async () => {
        // Long enough for the widget to be removed before the answer, on a busy machine too.
        const {key, url} = serve('fixtures/pages/feed-a.json', {delay: 600});
        const el = widget(tag, {src: url, lang: 'en', city: 'prilep'});
        const events = heard(el);
        container().append(el);
        await requested(key);
        const seen = watch(el);
        el.remove();
        // Its request is cancelled in a microtask, before this await returns.
        await el.updateComplete;

        // The request was cancelled rather than kept: a new widget for the same URL asks again, and its answer
        // comes after the first one's would have.
        const next = widget(tag, {src: url, lang: 'en', city: 'prilep'});
        container().append(next);
        await settled(next);
        expect(shows(next)).to.match(fromA[tag]);
        expect(await requests(key)).to.equal(2);
        seen.stop();
        expect(seen.seen, 'what the detached widget showed').to.deep.equal(['skeleton']);
        expect(events.types()).to.deep.equal([]);
        expect(errors.seen).to.deep.equal([]);
      });
    }

    it('keeps the request of the widgets still on the page when one that shares it is removed', async () => {
      const {key, url} = serve('fixtures/pages/feed-a.json', {delay: 300});
      const parent = container();
      const [gone, stays] = (['twin-cities-list', 'twin-city-card'] as const).map((tag) =>
        parent.appendChild(widget(tag, {src: url, lang: 'en', city: 'prilep'})));
      await requested(key);
      const seen = watch(gone);
      gone.remove();
      await settled(stays);
      expect(shows(stays)).to.match(fromA['twin-city-card']);
      // Had the removed widget taken the answer too, its render would be pending now.
      await gone.updateComplete;
      seen.stop();
      expect(seen.seen).to.deep.equal(['skeleton']);
      expect(await requests(key)).to.equal(1);
      expect(errors.seen).to.deep.equal([]);
    });
  });

  describe('changed while it loads: the last change wins, and no older answer overwrites it', () => {
    // Read before the tests: fetched during one, it could come after the answer it is to arrive before.
    let feedB: unknown;
    before(async () => {
      feedB = await (await fetch('/test/fixtures/pages/feed-b.json')).json();
    });
    interface Change {
      what: string;
      tag: Tag;
      /** The feeds, by name, each with its answer's delay. */
      feeds: Record<string, {file: string; delay: number}>;
      start: (src: Record<string, string>) => Record<string, string>;
      change: (el: Widget & Record<string, unknown>, src: Record<string, string>) => Promise<void> | void;
      final: RegExp;
      stale: RegExp;
    }
    const a = 'fixtures/pages/feed-a.json';
    const b = 'fixtures/pages/feed-b.json';
    const changes: Change[] = [
      ...tags.map((tag): Change => ({
        what: 'src, from a slow feed to a fast one (the first answers last)', tag,
        feeds: {A: {file: a, delay: 600}, B: {file: b, delay: 50}},
        start: (src) => ({src: src.A!, lang: 'en', city: 'prilep'}),
        change: (el, src) => el.setAttribute('src', src.B!),
        final: fromB[tag], stale: /Asenovgrad/,
      })),
      {what: 'src, from a feed to a slower one (the first answers first)', tag: 'twin-cities-list',
        feeds: {A: {file: a, delay: 200}, B: {file: b, delay: 600}},
        start: (src) => ({src: src.A!, lang: 'en'}),
        change: (el, src) => el.setAttribute('src', src.B!),
        final: fromB['twin-cities-list'], stale: /Asenovgrad/},
      {what: 'src, to another feed and back again', tag: 'twin-cities-list',
        feeds: {A: {file: a, delay: 300}, B: {file: b, delay: 50}},
        start: (src) => ({src: src.A!, lang: 'en'}),
        change: async (el, src) => {
          el.setAttribute('src', src.B!);
          await el.updateComplete;
          el.setAttribute('src', src.A!);
        },
        final: fromA['twin-cities-list'], stale: /Naousa/},
      {what: 'lang, from English to Bulgarian', tag: 'twin-cities-list',
        feeds: {A: {file: a, delay: 300}},
        start: (src) => ({src: src.A!, lang: 'en'}),
        change: (el) => el.setAttribute('lang', 'bg'),
        final: /^entries \(Побратимени градове на Асеновград\): prilep bergama kilkis$/, stale: /Twin cities/},
      {what: 'the feed property, set while src loads', tag: 'twin-cities-list',
        feeds: {A: {file: a, delay: 300}},
        start: (src) => ({src: src.A!, lang: 'en'}),
        change: (el) => {
          el.feed = feedB;
        },
        final: fromB['twin-cities-list'], stale: /Asenovgrad/},
      {what: 'city, from one partner to another', tag: 'twin-city-card',
        feeds: {A: {file: a, delay: 300}},
        start: (src) => ({src: src.A!, lang: 'en', city: 'kilkis'}),
        change: (el) => el.setAttribute('city', 'prilep'),
        final: fromA['twin-city-card'], stale: /Kilkis/},
    ];

    for (const c of changes) {
      it(`<${c.tag}>: ${c.what}`, async () => {
        const served = Object.fromEntries(Object.entries(c.feeds).map(([name, {file, delay}]) => [name, serve(file, {delay})]));
        const src = Object.fromEntries(Object.entries(served).map(([name, {url}]) => [name, url]));
        const el = document.createElement(c.tag) as unknown as Widget & Record<string, unknown>;
        for (const [name, value] of Object.entries(c.start(src))) el.setAttribute(name, value);
        const events = heard(el);
        const parent = container();
        parent.append(el);
        await requested(served.A!.key);
        const seen = watch(el);
        await c.change(el, src);
        await until(() => finished(el) && c.final.test(shows(el)), () => `it shows ${shows(el)}`);
        // Until every request has had its answer: an older one that still counted would show now.
        await allAnswered(...Object.values(served).map(({key}) => key));
        await el.updateComplete;
        seen.stop();
        expect(shows(el)).to.match(c.final);
        expect(seen.seen.filter((s) => c.stale.test(s)), 'stale renders').to.deep.equal([]);
        expect(events.types()).to.deep.equal(['twin-cities-load']);
        expect(errors.seen).to.deep.equal([]);
      });
    }
  });
});
