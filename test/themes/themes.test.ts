// The widgets on real themes, without any CSS variable: WordPress's Twenty Twenty-One (a coloured page) and
// Twenty Twenty-Three (their CSS from Debian's packages, test/themes/fixtures.mjs), and Bootstrap 5, at 1280 and
// 375 px. What a visitor would see is checked by measuring it: no background of the widget's own on the page,
// nothing touching a box's edges, every text legible (WCAG AA) on what is really behind it, in the page's text
// colour, aligned with the page's own text, and no horizontal scroll.
import {expect, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';

interface Theme {
  name: string;
  stylesheets: string[];
  /** The page around the widgets: `CONTENT` stands for them, between two paragraphs. */
  page: string;
}

const WIDGETS = `<p>Asenovgrad has nine partner towns.</p>
  <twin-cities-list id="list" lang="en"></twin-cities-list>
  <twin-cities-list id="grid" lang="en" layout="grid" country="GR,TR"></twin-cities-list>
  <twin-city-card id="card" lang="en" city="naousa"></twin-city-card>
  <p>A partner town's badge: <twin-city-badge id="badge" lang="en" city="kocaeli"></twin-city-badge></p>
  <twin-cities-list id="failing" lang="en" src="/test-server?status=404"><p>See <a href="/twin-cities">our twin cities</a>.</p></twin-cities-list>
  <p id="last">The end of the page's own content.</p>`;

const THEMES: Theme[] = [
  {
    name: 'Twenty Twenty-One',
    stylesheets: ['/test/fixtures/themes/twentytwentyone.css'],
    page: `<body class="page-template-default page singular is-light-theme has-main-navigation"><div id="page" class="site">
      <div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
      <article class="page type-page status-publish entry"><header class="entry-header alignwide"><h1 class="entry-title">Twin cities</h1></header>
      <div class="entry-content">CONTENT</div></article></main></div></div></div></body>`,
  },
  {
    name: 'Twenty Twenty-Three',
    stylesheets: ['/test/fixtures/themes/twentytwentythree.css'],
    page: `<body><div class="wp-site-blocks"><main class="wp-block-group is-layout-constrained">
      <h1 class="wp-block-post-title">Twin cities</h1>
      <div class="entry-content wp-block-post-content is-layout-constrained">CONTENT</div></main></div></body>`,
  },
  {
    name: 'Bootstrap 5',
    stylesheets: ['/node_modules/bootstrap5/dist/css/bootstrap.min.css'],
    page: '<body><main class="container my-4"><h1>Twin cities</h1>CONTENT</main></body>',
  },
];

// WCAG 2 relative luminance and contrast, from computed colours (`rgb()`, `rgba()`, `color(srgb …)`).
const channels = (colour: string) => {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(colour);
  if (srgb) return {rgb: [srgb[1], srgb[2], srgb[3]].map((c) => Number(c) * 255), alpha: srgb[4] === undefined ? 1 : Number(srgb[4])};
  const [r, g, b, a] = colour.match(/[\d.]+/g)!.map(Number);
  return {rgb: [r!, g!, b!], alpha: a ?? 1};
};
const luminance = (rgb: number[]) => {
  const [r, g, b] = rgb.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** `top` painted over `bottom` (both rgb), at `alpha`. */
const over = (top: number[], alpha: number, bottom: number[]) => top.map((c, i) => c * alpha + bottom[i]! * (1 - alpha));

/** The parent in the composed tree: through slots and shadow roots, up to the page. */
const parentOf = (node: Element): Element | null =>
  node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/** The colour really behind an element: its own and its ancestors' backgrounds, painted over each other, down to the canvas. */
function backdrop(node: Element, win: Window): number[] {
  const layers: {rgb: number[]; alpha: number}[] = [];
  for (let el: Element | null = node; el; el = parentOf(el)) layers.push(channels(win.getComputedStyle(el).backgroundColor));
  return layers.reverse().reduce((below, {rgb, alpha}) => over(rgb, alpha, below), [255, 255, 255]);
}

/** Every element of a shadow root (and its open descendants) that shows text of its own. */
function texts(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter((el) =>
    [...el.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) && el.checkVisibility());
}

/** The widget's parts that paint a background of their own. */
const slabs = (widget: Element, win: Window) => [...widget.shadowRoot!.querySelectorAll('[part~=base], [part~=card], [part~=badge]')]
  .map((part) => `${part.getAttribute('part')}: ${win.getComputedStyle(part).backgroundColor}`).filter((found) => !found.endsWith('rgba(0, 0, 0, 0)'));

/** The widget's texts below WCAG AA contrast (4.5:1, 3:1 for large text) on what is behind them; throws if it shows none. */
function illegible(widget: Element, win: Window): string[] {
  const shown = texts(widget.shadowRoot!);
  if (!shown.length) throw new Error(`#${widget.id} shows no text`);
  return shown.flatMap((el) => {
    const style = win.getComputedStyle(el);
    const {rgb, alpha} = channels(style.color);
    const behind = backdrop(el, win);
    const ratio = contrast(over(rgb, alpha, behind), behind);
    const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
    return ratio >= (large ? 3 : 4.5) ? [] : [`<${el.localName} part="${el.getAttribute('part') ?? ''}"> "${el.textContent!.trim().slice(0, 30)}": ${style.color}, ${ratio.toFixed(2)}:1`];
  });
}

async function open(theme: Theme, width: number) {
  // Not a fixture: fixtures are removed after each test, and the page serves every test of its describe().
  const frame = document.createElement('iframe');
  frame.style.cssText = `border: 0; width: ${width}px; height: 900px`;
  document.body.append(frame);
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    ${theme.stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}
    <script type="module" src="/dist/twin-cities.js"></script></head>${theme.page.replace('CONTENT', WIDGETS)}</html>`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const doc = frame.contentDocument!;
  const win = frame.contentWindow!;
  await waitUntil(() => ['list', 'grid', 'card', 'badge', 'failing'].every((id) => {
    const el = doc.getElementById(id)!;
    return el.shadowRoot && !el.hasAttribute('aria-busy') && el.shadowRoot.querySelector('[part~=list], [part~=card], [part~=badge], [role=alert]');
  }), `the widgets on ${theme.name} did not load`, {timeout: 8000});
  return {doc, win, frame};
}

before(() => setViewport({width: 1320, height: 960}).catch(() => {}));

for (const theme of THEMES) {
  for (const width of [1280, 375]) {
    describe(`${theme.name} at ${width} px`, () => {
      let page: Awaited<ReturnType<typeof open>>;
      before(async () => {
        page = await open(theme, width);
      });
      after(() => page.frame.remove());
      const widgets = () => ['list', 'grid', 'card', 'badge', 'failing'].map((id) => page.doc.getElementById(id)!);

      it('no background of the widget\'s own: what is behind it is the page\'s', () => {
        for (const widget of widgets()) expect(slabs(widget, page.win), `#${widget.id}`).to.deep.equal([]);
      });

      it('text in the page\'s text colour, legible (WCAG AA) on what is really behind it', () => {
        const ink = page.win.getComputedStyle(page.doc.getElementById('last')!).color;
        for (const widget of widgets()) {
          expect(page.win.getComputedStyle(widget.shadowRoot!.querySelector('[part~=base]')!).color, `#${widget.id}`).to.equal(ink);
          expect(illegible(widget, page.win), `#${widget.id}`).to.deep.equal([]);
        }
      });

      it('nothing touches the edges of a box with a border: cards, the badge, the error', () => {
        for (const widget of widgets()) {
          for (const box of widget.shadowRoot!.querySelectorAll('[part~=card], [part~=badge], [part~=error]')) {
            const style = page.win.getComputedStyle(box);
            if (style.borderTopStyle === 'none') continue;
            for (const side of ['top', 'right', 'bottom', 'left']) {
              expect(parseFloat(style.getPropertyValue(`padding-${side}`)), `#${widget.id} ${box.getAttribute('part')} padding-${side}`).to.be.at.least(4);
            }
          }
        }
      });

      it('lines up with the page\'s own text, within its column, and the page does not scroll sideways', () => {
        const paragraph = page.doc.getElementById('last')!.getBoundingClientRect();
        for (const id of ['list', 'grid', 'card', 'failing']) {
          const box = page.doc.getElementById(id)!.getBoundingClientRect();
          expect(Math.abs(box.left - paragraph.left), `#${id} starts where the text does`).to.be.below(1);
          expect(box.right, `#${id} ends within the text column`).to.be.at.most(paragraph.right + 1);
        }
        expect(page.doc.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(page.win.innerWidth);
      });
    });
  }
}

describe('(controls) the checks above find what they look for', () => {
  it('a widget with a theme paints its own background; a faint colour fails the contrast check', async () => {
    const page = await open(THEMES[0]!, 1280);
    try {
      const list = page.doc.getElementById('list')!;
      list.setAttribute('theme', 'light');
      await (list as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect(slabs(list, page.win)).to.deep.equal(['base: rgb(255, 255, 255)']);
      list.removeAttribute('theme');
      list.style.setProperty('--twin-cities-muted', '#9fb5ad');
      expect(illegible(list, page.win).length).to.be.above(0);
    } finally {
      page.frame.remove();
    }
  });
});
