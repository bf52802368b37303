// Long lists (a regional registry, an aggregated feed): only the entries near the viewport are in the DOM,
// through @lit-labs/virtualizer, as the page scrolls (the page's own scrolling, not a box in it). A chunk
// of its own, loaded only by lists longer than the core's threshold; shorter ones render plainly.
//
// The virtualizer's items are blocks of consecutive entries, each as tall as its content: one row of the
// list, a row of as many cards as the grid has columns, a run of the compact line, part of a timeline's
// year. It measures each block, so that entries of any height take their own space. For assistive
// technology it stays one list: every item says its position and the list's length (aria-posinset,
// aria-setsize); the keyboard reaches every entry's link in order (Tab at the last one rendered brings the
// next into view); and printing shows every entry.
import {css, html, nothing, type ReactiveElement, type TemplateResult} from 'lit';
import {flow} from '@lit-labs/virtualizer/layouts/flow.js';
import {provideResizeObserver} from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import {virtualize, virtualizerRef, type VirtualizerHostElement} from '@lit-labs/virtualizer/virtualize.js';
import type {Partner} from './feed/types.js';
import type {Locale} from './i18n/locale.js';
import {renderLayout, type Entries, type Layout, type Sort} from './layouts/layout.js';
import {placeName} from './partner.js';
import {adopt} from './styles.js';

/**
 * A ResizeObserver that reacts in a task of its own, right after the frame. The virtualizer moves its
 * entries, and resizes the list, as it measures them; doing so while the browser delivers the measures
 * makes it report a "ResizeObserver loop" error to the page, which the page's error reporting would count
 * against it. A page in the background (or prerendered) renders no frames, and so delivers no measures:
 * there, the first one of each element observed is taken at once, so that its list is ready when shown.
 */
class Deferred extends ResizeObserver {
  readonly #callback: ResizeObserverCallback;
  readonly #observed = new WeakSet<Element>();

  constructor(callback: ResizeObserverCallback) {
    super((entries, observer) => setTimeout(() => callback(entries, observer)));
    this.#callback = callback;
  }

  override observe(target: Element, options?: ResizeObserverOptions) {
    super.observe(target, options);
    // Observing an element again is no new observation: the browser delivers nothing either.
    if (document.hidden && !this.#observed.has(target)) {
      this.#observed.add(target);
      setTimeout(() => this.#callback([{target, contentRect: target.getBoundingClientRect()} as unknown as ResizeObserverEntry], this));
    }
  }
}
provideResizeObserver(Deferred);

/** Consecutive entries that the virtualizer places and measures as one. */
interface Block {
  readonly partners: readonly Partner[];
  /** The position of its first entry in its list (or in its group), from 1. */
  readonly position: number;
  /** How many entries its list (or its group) has. */
  readonly size: number;
  /** The group it opens, whose heading it shows first. */
  readonly opens?: string;
  /** The last block of its list or group. */
  readonly last: boolean;
}

/** Entries per block in a layout whose CSS lays out more than one a line (the compact one): a few lines' worth. */
const RUN = 24;

export default {
  /**
   * Sorts the partners as the list's `compare` does, faster: by name or country, the names are ranked once per
   * language (ahead of time, while the page is idle, for a list shown in another order), so that sorting by
   * them only places each partner at its rank; by country, the partners so ordered go to their country's
   * group, the groups in the order of the countries' names.
   */
  sort(partners: Partner[], locale: Locale, sort: Sort, compare: (a: Partner, b: Partner) => number) {
    if (sort !== 'name' && sort !== 'country') {
      const all = [...partners];
      (globalThis.requestIdleCallback ?? setTimeout)(() => nameRanks(all, locale));
      return partners.sort(compare);
    }
    // Placed at their ranks (the ranked may be more than these), the partners are in the order of their names.
    const rank = nameRanks(partners, locale);
    const placed: Partner[] = [];
    for (const partner of partners) placed[rank.get(partner)!] = partner;
    const byName = placed.filter(Boolean);
    if (sort === 'name') return byName;
    const {compare: collate} = locale.collator;
    const countries = [...new Set(partners.map((partner) => partner.country))]
      .map((code) => [locale.country(code), code] as const)
      .sort(([a], [b]) => collate(a, b));
    const groups = new Map(countries.map(([, code]) => [code, [] as Partner[]]));
    for (const partner of byName) groups.get(partner.country)!.push(partner);
    return [...groups.values()].flat();
  },

  render(layout: Layout, entries: Entries, host: ReactiveElement): TemplateResult {
    adopt(host.renderRoot, styles);
    if (!hosts.has(host)) {
      hosts.add(host);
      printed.add(new WeakRef(host));
    }
    if (printing) return renderLayout(layout, entries);
    const per = perBlock(layout, host);
    const blocks = blocksOf(layout, entries.partners, per);
    const item = (partner: Partner, index: number, block: Block) => html`<li part="item" data-id=${partner.id}
      aria-posinset=${block.position + index} aria-setsize=${block.size}>${layout.item(partner, entries)}</li>`;
    const items = (block: Block) => block.partners.map((partner, index) => item(partner, index, block));
    const keydown = (event: KeyboardEvent) => tab(event, blocks);
    const virtual = {
      // Given, not left to the virtualizer to import: one chunk, one request.
      layout: flow(),
      items: blocks,
      keyFunction: (block: Block) => block.partners[0]!.id,
      renderItem: layout.group
        ? (block: Block, index: number) => html`<div role="none" data-block=${index}>${
          block.opens === undefined ? nothing : layout.heading!(block.opens, entries)}<ul class=${`${layout.name}${block.last ? ' last' : ''}`}
          role="list">${items(block)}</ul></div>`
        : (block: Block, index: number) => html`<div role="none" data-block=${index} class=${`${layout.name}${block.last ? ' last' : ''}`}
          >${items(block)}</div>`,
    };
    return layout.group
      ? html`<div class="long" part="list" role="group" aria-label=${entries.label} @keydown=${keydown}>${virtualize(virtual)}</div>`
      : html`<ul class="long" part="list" role="list" aria-label=${entries.label} @keydown=${keydown}>${virtualize(virtual)}</ul>`;
  },
};

/**
 * Each partner's place in the alphabetical order of the names in a language, for the last partners ranked in it
 * (a feed's, or those of its countries shown). Ties keep the partners' order, as a stable sort by name would.
 */
const ranks = new WeakMap<Locale, Map<Partner, number>>();
function nameRanks(partners: readonly Partner[], locale: Locale): Map<Partner, number> {
  let rank = ranks.get(locale);
  if (!rank || !partners.every((partner) => rank!.has(partner))) {
    const {compare} = locale.collator;
    const named = partners.map((partner) => [placeName(partner, locale), partner] as const).sort(([a], [b]) => compare(a, b));
    ranks.set(locale, (rank = new Map(named.map(([, partner], index) => [partner, index]))));
  }
  return rank;
}

/**
 * How many entries a block holds: one row of a grid, as many cards as its CSS gives it columns; a run of a
 * line that wraps; one row else. Measured on the blocks shown, and again whenever the list's size changes
 * (the grid's columns change with its width); until then, one.
 */
function perBlock(layout: Layout, host: ReactiveElement): number {
  void host.updateComplete.then(() => {
    const list = host.renderRoot.querySelector('.long');
    if (!list || observed.has(list)) return;
    observed.add(list);
    new Deferred(() => {
      const lines = list.querySelector(layout.group ? '[data-block] > ul' : '[data-block]');
      if (!lines) return;
      const style = getComputedStyle(lines);
      const per = style.display === 'grid' ? style.gridTemplateColumns.split(' ').length : style.flexWrap === 'wrap' ? RUN : 1;
      if (per !== measured.get(host)) {
        measured.set(host, per);
        host.requestUpdate();
      }
    }).observe(list);
  });
  return measured.get(host) ?? 1;
}
const measured = new WeakMap<ReactiveElement, number>();
const observed = new WeakSet<Element>();

const made = new WeakMap<readonly Partner[], {per: number; blocks: Block[]}>();

/** The blocks of these entries, `per` a block within each group; the same array for the same entries, so that the virtualizer keeps its measures. */
function blocksOf(layout: Layout, partners: readonly Partner[], per: number): Block[] {
  const known = made.get(partners);
  if (known?.per === per) return known.blocks;
  const blocks: Block[] = [];
  for (let start = 0; start < partners.length; ) {
    const group = layout.group?.(partners[start]!);
    let end = start + 1;
    if (layout.group) while (end < partners.length && layout.group(partners[end]!) === group) end++;
    else end = partners.length;
    for (let first = start; first < end; first += per) {
      blocks.push({
        partners: partners.slice(first, Math.min(first + per, end)),
        position: first - start + 1,
        size: end - start,
        opens: first === start ? group : undefined,
        last: first + per >= end,
      });
    }
    start = end;
  }
  made.set(partners, {per, blocks});
  return blocks;
}

/**
 * Tab from the last link rendered (Shift+Tab from the first) goes on to the next entry's link, out of
 * view and so not in the DOM yet: it is brought into view, then focused. Past the last link of the list,
 * the keyboard leaves it as usual.
 */
async function tab(event: KeyboardEvent, blocks: readonly Block[]) {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const list = event.currentTarget as VirtualizerHostElement;
  const links = [...list.querySelectorAll<HTMLElement>('[data-block] a[href]')];
  const from = event.composedPath()[0] as HTMLElement;
  const back = event.shiftKey;
  if (from !== links[back ? 0 : links.length - 1]) return;
  const step = back ? -1 : 1;
  let index = Number(from.closest('[data-block]')!.getAttribute('data-block')) + step;
  while (blocks[index] && !blocks[index]!.partners.some((partner) => partner.url)) index += step;
  const virtualizer = list[virtualizerRef];
  if (!blocks[index] || !virtualizer) return;
  event.preventDefault();
  virtualizer.element(index)?.scrollIntoView({block: 'nearest'});
  // It is rendered within a few tasks (a second at most on a very busy page).
  const targets = () => [...list.querySelectorAll<HTMLElement>(`[data-block="${index}"] a[href]`)];
  for (let tries = 0; !targets().length && tries < 50; tries++) await new Promise((done) => setTimeout(done, 20));
  targets().at(back ? -1 : 0)?.focus();
}

/** While the page prints, every list shows every entry: a printout has no scrolling. */
let printing = matchMedia('print').matches;
const hosts = new WeakSet<ReactiveElement>();
const printed = new Set<WeakRef<ReactiveElement>>();
function print(now: boolean) {
  if (now === printing) return;
  printing = now;
  for (const ref of printed) {
    const host = ref.deref();
    if (host) host.requestUpdate();
    else printed.delete(ref);
  }
}
addEventListener('beforeprint', () => print(true));
addEventListener('afterprint', () => print(false));
matchMedia('print').addEventListener('change', (event) => print(event.matches));

const styles = css`
  .long {
    display: block;
  }
  .long > [data-block] {
    width: 100%;
  }
  /* Every row a long list renders is drawn (the list layout skips those below the screen): the virtualizer renders
     only the rows near the screen, and measures them; printing renders them all, and 10,000 rows to skip would
     take the browser seconds on the way back. As specific as the list layout's rule, and after it. */
  .list > li:nth-child(n) {
    content-visibility: visible;
  }
  /* Within a block the layout's CSS applies as in one list; between blocks, the row's separator is kept. */
  .long .list:not(.last) > li:last-child {
    border-block-end: 1px solid var(--_border);
  }
  .long > :not([data-block='0']) > .year {
    margin-block-start: 1em;
  }
  /* The gap between a grid's rows, and between a compact line's lines, also between blocks. */
  .long > .grid:not(.last) {
    padding-block-end: var(--_gap);
  }
  .long > .compact:not(.last) {
    padding-block-end: 0.25em;
  }
`;
