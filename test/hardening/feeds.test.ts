// Hostile feeds, end to end: real fixture files of test/fixtures/hostile/ served by the test server (or,
// for the huge ones, objects built here and given to the `feed` property), rendered by real widgets.
// Each case says what a visitor sees: literal text and nothing run, no link but http(s) ones, the bad
// entry or field left out with a warning naming it, or the widget's error in its own language while
// the page's other widgets keep working.
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {TwinCitiesElement} from '../../src/element.js';
import type {FeedIssue} from '../../src/feed/errors.js';
import '../../src/define/twin-cities-list.js';
import '../../src/define/twin-city-badge.js';
import '../../src/define/twin-city-card.js';
import type {Messages} from '../../src/i18n/messages.js';
import {
  $, $$, container, errorText, has, ids, mount, scrollPage, serve, settled, text, uncaught, warnings, type Attributes,
  type Widget, type WidgetTag as Tag,
} from '../helpers.js';
import {CATALOGUES} from '../catalogues.js';

declare global {
  interface Window {
    /** The trap every script payload of the fixtures springs: `window.__ran = true`. */
    __ran?: boolean;
  }
}

const en = CATALOGUES.en!;

/** A fixture of test/fixtures/hostile/, served under a fresh `key`. */
const hostile = (file: string, params: Record<string, string | number> = {}) => serve(`fixtures/hostile/${file}`, params).url;

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

/** A widget with these attributes (and `feed`, when given) in `parent`. */
const widget = (parent: HTMLElement, tag: Tag, attributes: Attributes = {}, feed?: unknown): Widget => mount(tag, attributes, {parent, feed});

/**
 * Waits until an image asked for now has failed to load: by then what a feed's text could have started
 * (an injected image's error, a frame's load, a style's evaluation) has had its turn.
 */
async function loadsHadTheirTurn() {
  const image = new Image();
  await new Promise((done) => {
    image.addEventListener('error', done);
    image.src = serve('', {status: 204}).url;
  });
}

/** Text as it reads on screen (a `<br>` is a break), whitespace collapsed. */
const onScreen = (node: HTMLElement) => node.innerText.replace(/\s+/g, ' ').trim();

/** Every `a[href]` of these widgets that is not an http(s) link opened with rel="noopener noreferrer". */
function unsafeLinks(widgets: Element[]): string[] {
  return widgets.flatMap((widget) => $$(widget, 'a[href]').flatMap((a) => {
    const {protocol} = new URL((a as HTMLAnchorElement).href);
    const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
    return /^https?:$/.test(protocol) && rel.includes('noopener') && rel.includes('noreferrer')
      ? [] : [`${widget.localName}: <a href="${a.getAttribute('href')}" rel="${a.getAttribute('rel')}">`];
  }));
}

const FOREIGN = new Set(['script', 'svg', 'iframe', 'object', 'embed', 'math', 'link', 'base', 'meta', 'frame', 'form',
  'table', 'mglyph', 'mtext', 'template', 'noscript', 'audio', 'video', 'source']);
/**
 * What no feed may bring into a widget: elements the widgets never make, images that are not flags,
 * event-handler attributes, a `lang` that is not a language tag, and style text from the feed.
 */
function intruders(widgets: Element[]): string[] {
  return widgets.flatMap((widget) => $$(widget, '*').flatMap((node) => {
    const name = node.localName;
    const found: string[] = [];
    if (FOREIGN.has(name)) found.push(`<${name}>`);
    if (name === 'img' && !(node.getAttribute('part') === 'flag' && /\/data\/flags\/[a-z]{2}\.svg$/.test(node.getAttribute('src') ?? ''))) {
      found.push(`<img part="${node.getAttribute('part')}" src="${node.getAttribute('src')}">`);
    }
    if (name === 'style' && /__ran|expression|onerror/.test(node.textContent ?? '')) found.push('<style> with feed text');
    for (const {name: attribute, value} of node.attributes) {
      if (/^on/i.test(attribute)) found.push(`<${name} ${attribute}>`);
      if (attribute === 'lang' && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) found.push(`<${name} lang="${value}">`);
    }
    return found.map((what) => `${widget.localName}: ${what}`);
  }));
}

/** Springs on any script the feed would run: `window.__ran`, and every kind of dialog. */
function trap() {
  window.__ran = false;
  const dialogs: string[] = [];
  const saved = {alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print};
  window.alert = (message?: unknown) => void dialogs.push(`alert(${message})`);
  window.confirm = (message?: string) => (dialogs.push(`confirm(${message})`), false);
  window.prompt = (message?: string) => (dialogs.push(`prompt(${message})`), null);
  window.print = () => void dialogs.push('print()');
  return {
    dialogs,
    restore() {
      Object.assign(window, saved);
      delete window.__ran;
    },
  };
}

/** The paths of what the widget reported as skipped when its feed loaded (`twin-cities-load`). */
function skippedBy(widget: Widget) {
  const loads: FeedIssue[][] = [];
  widget.addEventListener('twin-cities-load', (event) => loads.push([...event.detail.skipped]));
  return () => loads[0]?.map((issue) => issue.path);
}

/** The prototypes a feed could pollute, by their own keys. */
const prototypes = () => [Object.prototype, Array.prototype, Function.prototype, String.prototype]
  .map((proto) => Reflect.ownKeys(proto).map(String).sort().join());

let builtIns: string[];
beforeEach(() => {
  builtIns = prototypes();
});
afterEach(() => {
  // No feed of any test may have touched the built-in prototypes.
  expect(prototypes(), 'the built-in prototypes changed').to.deep.equal(builtIns);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').to.equal(undefined);
});


// ---------------------------------------------------------------------------------------------------
// Script in every text field
// ---------------------------------------------------------------------------------------------------

describe('hostile feeds: script in every text field → shown as literal text, nothing runs', () => {
  // Each fixture puts its payload, tagged with the field, in the home town's name and region and in a
  // partner's name (plain and native), region, former name, summary, and an event's actor and text.
  const cases: {file: string; what: string; payload: string}[] = [
    {file: 'script-img-onerror.json', what: '<img onerror>', payload: '<img src=x onerror="window.__ran=true;alert(1)">'},
    {file: 'script-script-tag.json', what: '<script>', payload: '<script>window.__ran=true;alert(1)</script>'},
    {file: 'script-svg-onload.json', what: 'an attribute breakout "><svg onload>', payload: '"><svg onload="window.__ran=true;alert(1)"> \'><svg/onload=window.__ran=true>'},
    {file: 'script-template-literal.json', what: 'template-literal and {{…}} lookalikes', payload: '${window.__ran=true} {{constructor.constructor(\'window.__ran=true\')()}} #{alert(1)}'},
    {file: 'script-lit-markers.json', what: 'Lit-marker lookalikes (<!--?lit$…$-->)', payload: '<!--?lit$1234567890$--> lit$1234567890$ <?lit$1234567890$> $lit$ {{lit}}'},
    {file: 'script-style-breakout.json', what: 'a </style> breakout', payload: '</style><img src=x onerror="window.__ran=true"><style>'},
    {file: 'script-css-expression.json', what: 'CSS expression(…) and url(javascript:…)', payload: 'x{background:url("javascript:window.__ran=true");width:expression(window.__ran=true)}'},
    {file: 'script-iframe-object.json', what: '<iframe srcdoc> and <object data>', payload: '<iframe srcdoc="<script>parent.__ran=true</script>"></iframe><object data="javascript:window.__ran=true"></object>'},
    {file: 'script-entities.json', what: 'HTML entities (&lt;script&gt;), not decoded', payload: '&lt;img src=x onerror=window.__ran=true&gt; &#60;script&#62;window.__ran=true&#60;/script&#62;'},
    {file: 'script-mxss.json', what: 'mutation-XSS markup (<math><mglyph><style>)', payload: '<math><mtext><table><mglyph><style><img src=x onerror="window.__ran=true">'},
  ];
  // Where each widget shows which field; every text is checked as it must read, character for character.
  const widgets: {tag: Tag; attributes: Record<string, string>; shows: (p: string) => string[]}[] = [
    {tag: 'twin-cities-list', attributes: {layout: 'list'}, shows: (p) => [`${p} (name)`, `${p} (native name)`, `formerly ${p} (former name)`]},
    {tag: 'twin-cities-list', attributes: {layout: 'compact'}, shows: (p) => [`${p} (name)`, `${p} (native name)`]},
    {tag: 'twin-cities-list', attributes: {layout: 'timeline'}, shows: (p) => [`${p} (name)`, `formerly ${p} (former name)`]},
    {tag: 'twin-cities-list', attributes: {layout: 'grid'}, shows: (p) => [`${p} (name)`, `${p} (native name)`, `formerly ${p} (former name)`,
      `Greece, ${p} (region)`, `${p} (summary)`, `from ${p} (home)`, `proposed by ${p} (actor)`, `${p} (event)`]},
    {tag: 'twin-city-card', attributes: {city: 'kilkis'}, shows: (p) => [`${p} (name)`, `${p} (native name)`, `formerly ${p} (former name)`,
      `Greece, ${p} (region)`, `${p} (summary)`, `from ${p} (home)`, `proposed by ${p} (actor)`, `${p} (event)`]},
    {tag: 'twin-city-badge', attributes: {city: 'kilkis', variant: 'full'}, shows: (p) => [`Twin city: ${p} (home), Bulgaria`]},
    {tag: 'twin-city-badge', attributes: {city: 'kilkis', variant: 'compact'}, shows: (p) => [`Twin city: ${p} (home)`]},
    {tag: 'twin-city-badge', attributes: {city: 'kilkis', variant: 'icon'}, shows: (p) => [`Twin city: ${p} (home), Bulgaria`]},
  ];

  for (const c of cases) {
    it(`${c.what} (${c.file}): literal text in the list (4 layouts), card and badge (3 variants); nothing runs`, async () => {
      const trapped = trap();
      try {
        const parent = container();
        const url = hostile(c.file);
        const shown = widgets.map((w) => widget(parent, w.tag, {src: url, lang: 'en', ...w.attributes}));
        await Promise.all(shown.map((w) => settled(w)));
        await loadsHadTheirTurn();
        expect(window.__ran, 'window.__ran').to.equal(false);
        expect(trapped.dialogs, 'dialogs opened').to.deep.equal([]);
        expect(intruders(shown)).to.deep.equal([]);
        expect(unsafeLinks(shown)).to.deep.equal([]);

        widgets.forEach((w, index) => {
          const content = text($(shown[index]!, '[part~=base]'));
          for (const literal of w.shows(c.payload)) {
            expect(content.includes(literal), `<${w.tag} ${JSON.stringify(w.attributes)}> shows ${literal}`).to.equal(true);
          }
        });
        const [list, , , , card, , , icon] = shown as [Widget, Widget, Widget, Widget, Widget, Widget, Widget, Widget];
        expect($(card, '[part~=summary]')!.textContent, 'the summary, exactly').to.equal(`${c.payload} (summary)`);
        expect($(card, '[part~=native-name]')!.textContent, 'the native name, exactly').to.equal(`${c.payload} (native name)`);
        expect($(list, '[part~=list]')!.getAttribute('aria-label'), 'the list\'s label').to.equal(`Twin cities of ${c.payload} (home)`);
        expect($(icon, '[part~=badge]')!.getAttribute('title'), 'the icon\'s tooltip').to.equal(`Twin city: ${c.payload} (home), Bulgaria (since 2001)`);
        await expect(parent).to.be.accessible();
      } finally {
        trapped.restore();
      }
    });
  }
});

describe('hostile feeds: bidi controls → confined to the text that has them', () => {
  /** Whether the word, in the first text node of `element` that has it, is laid out left to right. */
  function leftToRight(element: HTMLElement, word: string) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(word);
      if (at < 0) continue;
      const box = (offset: number) => {
        const range = document.createRange();
        range.setStart(node!, offset);
        range.setEnd(node!, offset + 1);
        return range.getBoundingClientRect();
      };
      return box(at).left < box(at + word.length - 1).left;
    }
    throw new Error(`no "${word}" in <${element.localName}>`);
  }

  it('a right-to-left override (U+202E) left open at the end of a name (bidi-override.json) does not reverse the words after it', async () => {
    const parent = container();
    const src = hostile('bidi-override.json');
    const card = widget(parent, 'twin-city-card', {src, lang: 'en', city: 'kilkis'});
    const badge = widget(parent, 'twin-city-badge', {src, lang: 'en', city: 'kilkis'});
    await Promise.all([settled(card), settled(badge)]);
    // The card's heading reads "Kilkis‮ Κιλκίς" (the name in Greek after it); the badge "Asenovgrad‮, Bulgaria".
    expect(leftToRight($(card, '[part~=native-name]')!, 'Κιλκίς'), '"Κιλκίς" after the name').to.equal(true);
    expect(leftToRight($(badge, '[part~=country]')!, 'Bulgaria'), '"Bulgaria" after the name').to.equal(true);
    await expect(parent).to.be.accessible();
  });
});

// ---------------------------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------------------------

describe('hostile feeds: URLs → only http(s) become links, each rel="noopener noreferrer"', () => {
  // The URL is the partner's (Kilkis) and the home town's: list entries, card and badge all link with it.
  const refused: {file: string; what: string}[] = [
    {file: 'url-javascript.json', what: 'javascript:'},
    {file: 'url-javascript-mixed-case.json', what: 'JaVaScRiPt:'},
    {file: 'url-javascript-tab.json', what: '\\tjavascript: (a leading tab)'},
    {file: 'url-javascript-inner-whitespace.json', what: 'java\\nscr\\tipt: (whitespace inside)'},
    {file: 'url-javascript-control-chars.json', what: '\\u0000 \\u001fjavascript: (leading control characters)'},
    {file: 'url-javascript-entity.json', what: 'javascript&colon; (an HTML entity)'},
    {file: 'url-javascript-percent.json', what: 'javascript%3A (percent-encoded)'},
    {file: 'url-data.json', what: 'data:text/html'},
    {file: 'url-vbscript.json', what: 'vbscript:'},
    {file: 'url-protocol-relative.json', what: 'protocol-relative //evil.example/'},
    {file: 'url-backslashes.json', what: 'backslashed \\\\evil.example\\'},
    {file: 'url-relative.json', what: 'a relative path'},
    {file: 'url-file.json', what: 'file:'},
    {file: 'url-mailto.json', what: 'mailto:'},
  ];
  const accepted: {file: string; what: string; partner: string; home: string}[] = [
    {file: 'url-https-upper-case.json', what: 'HTTP(S):// in capitals', partner: 'http://www.kilkis.gr/Page', home: 'https://www.asenovgrad.bg/'},
    {file: 'url-https-padded.json', what: 'https:// with surrounding whitespace', partner: 'https://www.kilkis.gr/', home: 'https://www.asenovgrad.bg/'},
  ];

  /** List, compact list, card and two badges of one feed; settled. */
  async function render(file: string) {
    const parent = container();
    const src = hostile(file);
    const shown = [
      widget(parent, 'twin-cities-list', {src, lang: 'en'}),
      widget(parent, 'twin-cities-list', {src, lang: 'en', layout: 'compact'}),
      widget(parent, 'twin-city-card', {src, lang: 'en', city: 'kilkis'}),
      widget(parent, 'twin-city-badge', {src, lang: 'en', city: 'kilkis'}),
      widget(parent, 'twin-city-badge', {src, lang: 'en', city: 'kilkis', variant: 'icon'}),
    ] as const;
    const skipped = skippedBy(shown[0]);
    await Promise.all(shown.map((w) => settled(w)));
    return {parent, shown, skipped: skipped()};
  }
  const hrefs = (widget: Element, selector = '') => $$(widget, `${selector} a[href]`.trim()).map((a) => (a as HTMLAnchorElement).href);

  for (const c of refused) {
    it(`${c.what} (${c.file}): no link at all, the name shown as text; warns home.url and partners[0].url`, async () => {
      const trapped = trap();
      try {
        const {shown: [list, compact, card, badge, icon], skipped} = await render(c.file);
        expect(skipped).to.deep.equal(['home.url', 'partners[0].url']);
        expect(warnings.paths()).to.deep.equal(['home.url', 'partners[0].url']);

        for (const layout of [list, compact]) {
          expect(hrefs(layout, '[data-id=kilkis]'), `<twin-cities-list layout=${layout.getAttribute('layout')}>: Kilkis`).to.deep.equal([]);
          expect(text($(layout, '[data-id=kilkis] [part~=name]'))).to.equal('Kilkis');
          expect(hrefs(layout, '[data-id=prilep]'), 'Prilep still links').to.deep.equal(['https://www.prilep.gov.mk/']);
        }
        expect(hrefs(card), 'the card').to.deep.equal([]);
        expect(has(card, '[part~=link]'), 'the card\'s "official website"').to.equal(false);
        expect(hrefs(badge), 'the badge').to.deep.equal([]);
        expect(text($(badge, '[part~=name]'))).to.equal('Asenovgrad');
        expect(hrefs(icon), 'the icon badge').to.deep.equal([]);
        expect(unsafeLinks([list, compact, card, badge, icon])).to.deep.equal([]);
        await loadsHadTheirTurn();
        expect(window.__ran, 'window.__ran').to.equal(false);
        expect(trapped.dialogs).to.deep.equal([]);
      } finally {
        trapped.restore();
      }
    });
  }

  for (const c of accepted) {
    it(`${c.what} (${c.file}): a link to the normalized URL, rel="noopener noreferrer"`, async () => {
      const {shown: [list, compact, card, badge, icon], skipped} = await render(c.file);
      expect(skipped).to.deep.equal([]);
      expect(hrefs(list, '[data-id=kilkis]')).to.deep.equal([c.partner]);
      expect(hrefs(compact, '[data-id=kilkis]')).to.deep.equal([c.partner]);
      expect(hrefs(card)).to.deep.equal([c.partner]);
      expect(hrefs(badge)).to.deep.equal([c.home]);
      expect(hrefs(icon)).to.deep.equal([c.home]);
      expect(unsafeLinks([list, compact, card, badge, icon])).to.deep.equal([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------------
// Wrong types, bad values
// ---------------------------------------------------------------------------------------------------

describe('hostile feeds: a bad partner entry → skipped with a warning naming its index and field; the others render', () => {
  // Each fixture has the bad entry between Kilkis and Prilep, so it is partners[1].
  const cases: {file: string; what: string; names: string; skipped?: string[]}[] = [
    {file: 'entry-name-number.json', what: 'a name that is a number', names: 'name'},
    {file: 'entry-name-array.json', what: 'a name that is an array', names: 'name'},
    {file: 'entry-name-null.json', what: 'a name that is null', names: 'name'},
    {file: 'entry-name-boolean.json', what: 'a name that is true', names: 'name'},
    {file: 'entry-name-blank.json', what: 'a blank name', names: 'name'},
    {file: 'entry-id-object.json', what: 'an id that is an object', names: 'id'},
    {file: 'entry-id-number.json', what: 'an id that is a number', names: 'id'},
    {file: 'entry-id-markup.json', what: 'an id that is markup', names: 'id'},
    {file: 'entry-id-proto.json', what: 'the id "__proto__"', names: 'id'},
    {file: 'entry-proto-only.json', what: 'an entry whose fields hide under "__proto__"', names: 'id'},
    {file: 'entry-null.json', what: 'an entry that is null', names: 'null'},
    {file: 'entry-string.json', what: 'an entry that is a string', names: 'string'},
    {file: 'entry-array.json', what: 'an entry that is an array', names: 'array'},
    {file: 'entry-country-xx.json', what: 'the user-assigned country "XX"', names: 'country'},
    {file: 'entry-country-zz.json', what: 'the unknown country "ZZ"', names: 'country'},
    {file: 'entry-country-lower-case.json', what: 'the lower-case country "gr"', names: 'country'},
    {file: 'entry-country-alpha-3.json', what: 'the three-letter country "GRC"', names: 'country'},
    {file: 'entry-country-number.json', what: 'a country that is a number', names: 'country'},
    {file: 'entry-duplicate-id.json', what: 'an id a partner before it has', names: 'duplicate'},
    {file: 'entry-duplicate-home-id.json', what: 'the home town\'s id', names: 'duplicate'},
    {
      file: 'entry-country-not-iso.json',
      what: 'country codes no ISO 3166-1 list has though browsers name them (UK, YU, SU, EZ)',
      names: 'country',
      skipped: ['partners[1]', 'partners[2]', 'partners[3]', 'partners[4]'],
    },
  ];
  for (const c of cases) {
    it(`${c.what} (${c.file}): the entry is skipped, "${c.names}" named; Kilkis and Prilep render`, async () => {
      const trapped = trap();
      try {
        const parent = container();
        const list = widget(parent, 'twin-cities-list', {src: hostile(c.file), lang: 'en', sort: 'name'});
        const skipped = skippedBy(list);
        await settled(list);
        const expected = c.skipped ?? ['partners[1]'];
        expect(skipped()).to.deep.equal(expected);
        const warned = warnings.take();
        expect(warned.map((warning) => warning.path)).to.deep.equal(expected);
        for (const warning of warned) expect(warning.text, `the warning for ${warning.path}`).to.include(c.names);
        expect(ids(list)).to.deep.equal(['kilkis', 'prilep']);
        expect(has(list, '[role=alert]'), 'no error').to.equal(false);
        expect(intruders([list])).to.deep.equal([]);
        expect(window.__ran).to.equal(false);
      } finally {
        trapped.restore();
      }
    });
  }
});

describe('hostile feeds: a bad field → that field dropped with a warning naming index and field; its partner still shown', () => {
  // Naousa is partners[1]: shown in the list and in a card, which shows every field it has.
  const cases: {file: string; what: string; skipped: string[]; check: (card: Widget, list: Widget) => void}[] = [
    {
      file: 'field-nulls.json',
      what: 'null in every optional field',
      skipped: ['region', 'location', 'languages', 'url', 'wikidata', 'since', 'status', 'formerName', 'summary', 'history']
        .map((field) => `partners[1].${field}`),
      check: (card) => {
        expect(onScreen($(card, '[part~=card]')!)).to.equal('Naousa Greece Cooperation agreement');
      },
    },
    ...(['array', 'out-of-range', 'strings'] as const).map((kind) => ({
      file: `field-location-${kind}.json`,
      what: {array: 'a location that is an array [lat, lon]', 'out-of-range': 'latitude 91', strings: 'coordinates as strings'}[kind],
      skipped: ['partners[1].location'],
      check: (card: Widget) => expect(has(card, '[part~=distance]'), 'no distance').to.equal(false),
    })),
    ...([['february-30', 'the impossible date 2023-02-30'], ['month-13', 'the impossible month 1993-13'], ['number', 'a year that is a number']] as const)
      .map(([kind, what]) => ({
        file: `field-since-${kind}.json`,
        what,
        skipped: ['partners[1].since'],
        check: (card: Widget, list: Widget) => {
          expect(has(card, 'time[part~=date]'), 'no date in the card').to.equal(false);
          expect(has(list, '[data-id=naousa] time'), 'no date in the list').to.equal(false);
        },
      })),
    {
      file: 'field-relation-unknown.json',
      what: 'the unknown relation "sister-city"',
      skipped: ['partners[1].relation'],
      check: (card) => expect(text($(card, '[part~=relation]'))).to.equal('Partner city'),
    },
    {
      file: 'field-relation-missing.json',
      what: 'no relation',
      skipped: ['partners[1].relation'],
      check: (card) => expect(text($(card, '[part~=relation]'))).to.equal('Partner city'),
    },
    {
      file: 'field-event-type-unknown.json',
      what: 'the unknown event type "fireworks"',
      skipped: ['partners[1].history[0].type'],
      check: (card) => expect($$(card, '[part~=event]').map(onScreen)).to.deep.equal(['1993: Event Signed in Naousa.']),
    },
    {
      file: 'field-event-bad-entries.json',
      what: 'history events that are null, a string, of an impossible date, undated',
      skipped: [0, 1, 2, 3].map((i) => `partners[1].history[${i}]`),
      check: (card) => expect($$(card, '[part~=event]').map(onScreen)).to.deep.equal(['1993: Agreement signed Signed in Naousa.']),
    },
    {
      file: 'field-status-unknown.json',
      what: 'the unknown status "closed"',
      skipped: ['partners[1].status'],
      check: (card) => expect(has(card, '[part~=status]'), 'shown as active').to.equal(false),
    },
    {
      file: 'field-languages-bad-tags.json',
      what: 'languages that are no language tags ("not a tag", 5, "__proto__")',
      skipped: [1, 2, 3].map((i) => `partners[1].languages[${i}]`),
      check: (card) => expect(text($(card, '[part~=name]'))).to.equal('Naousa'),
    },
    {
      file: 'field-text-bad-languages.json',
      what: 'a name keyed by bad language tags (en_GB, a markup key) and with a number',
      skipped: ['partners[1].name.el', 'partners[1].name.en_GB', 'partners[1].name.en" onmouseover="window.__ran=true'],
      check: (card) => expect(text($(card, '[part~=name]'))).to.equal('Naousa'),
    },
    {
      file: 'field-text-nested.json',
      what: 'a summary of objects nested in objects',
      skipped: ['partners[1].summary.en', 'partners[1].summary'],
      check: (card) => expect(has(card, '[part~=summary]'), 'no summary').to.equal(false),
    },
    {
      file: 'field-url-object.json',
      what: 'a url that is an object',
      skipped: ['partners[1].url'],
      check: (card) => expect(has(card, 'a[href]'), 'no link').to.equal(false),
    },
    {
      file: 'field-wikidata-lower-case.json',
      what: 'the wikidata id "q11506"',
      skipped: ['partners[1].wikidata'],
      check: (card) => expect(text($(card, '[part~=name]'))).to.equal('Naousa'),
    },
    {
      file: 'field-former-name-boolean.json',
      what: 'a former name that is true',
      skipped: ['partners[1].formerName'],
      check: (card) => expect(has(card, '[part~=former-name]'), 'no former name').to.equal(false),
    },
    {
      file: 'field-updated-impossible.json',
      what: 'the feed\'s date "updated": 2023-02-30',
      skipped: ['updated'],
      check: (card) => expect(text($(card, '[part~=summary]'))).to.equal('Cooperation agreement of 1993.'),
    },
    {
      file: 'proto-keys.json',
      what: '"__proto__" and "constructor" keys in the feed, a partner, its name, location and history',
      skipped: ['partners[1].name.__proto__', 'partners[1].name.constructor', 'partners[1].name.prototype', 'partners[1].location'],
      check: (card) => {
        // What hid under "__proto__" (relation "twin", a javascript: url) stays hidden.
        expect(text($(card, '[part~=relation]'))).to.equal('Cooperation agreement');
        expect(has(card, 'a[href]'), 'no link').to.equal(false);
        expect(text($(card, '[part~=name]'))).to.equal('Naousa');
        expect($$(card, '[part~=event]').map(onScreen)).to.deep.equal(['1993: Visit']);
      },
    },
  ];
  for (const c of cases) {
    it(`${c.what} (${c.file}): warns ${c.skipped.join(', ')}; Naousa shown without it`, async () => {
      const trapped = trap();
      try {
        const parent = container();
        const src = hostile(c.file);
        const list = widget(parent, 'twin-cities-list', {src, lang: 'en', sort: 'name'});
        const skipped = skippedBy(list);
        const card = widget(parent, 'twin-city-card', {src, lang: 'en', city: 'naousa'});
        await Promise.all([settled(list), settled(card)]);
        expect(skipped()).to.deep.equal(c.skipped);
        expect(warnings.paths()).to.deep.equal(c.skipped);
        expect(ids(list)).to.deep.equal(['kilkis', 'naousa', 'prilep']);
        expect(text($(card, '[part~=name]'))).to.include('Naousa');
        c.check(card, list);
        expect(intruders([list, card])).to.deep.equal([]);
        expect(unsafeLinks([list, card])).to.deep.equal([]);
        expect(window.__ran).to.equal(false);
        await expect(parent).to.be.accessible();
      } finally {
        trapped.restore();
      }
    });
  }

  it('ids that name Object.prototype\'s members (constructor, prototype, hasownproperty) are ordinary ids: listed, and found by card and badge', async () => {
    const parent = container();
    const src = hostile('proto-id-constructor.json');
    const list = widget(parent, 'twin-cities-list', {src, lang: 'en', sort: 'name'});
    const skipped = skippedBy(list);
    const card = widget(parent, 'twin-city-card', {src, lang: 'en', city: 'constructor'});
    const badge = widget(parent, 'twin-city-badge', {src, lang: 'en', city: 'hasownproperty'});
    await Promise.all([list, card, badge].map((w) => settled(w)));
    expect(skipped()).to.deep.equal([]);
    expect(ids(list)).to.deep.equal(['constructor', 'hasownproperty', 'kilkis', 'prilep', 'prototype']);
    expect(text($(card, '[part~=name]'))).to.equal('Constructor');
    expect(text($(badge, '[part~=relation]'))).to.equal('Cooperation agreement');
  });

  it('a year before 100 ("since": "0093", field-since-year-0093.json) is never shown as 1993', async () => {
    const parent = container();
    const src = hostile('field-since-year-0093.json');
    const list = widget(parent, 'twin-cities-list', {src, lang: 'en', layout: 'timeline'});
    const card = widget(parent, 'twin-city-card', {src, lang: 'en', city: 'naousa'});
    await Promise.all([settled(list), settled(card)]);
    // Either the implausible year is dropped with a warning, or it is shown as the year 93: never as 1993.
    expect(warnings.paths()).to.deep.equal(has(card, 'time[part~=date]') ? [] : ['partners[1].since']);
    expect(text($(card, '[part~=card]')), 'the card').not.to.include('1993');
    expect($$(list, '[part~=year]').map(text), 'the timeline\'s years').not.to.include('1993');
  });
});

// ---------------------------------------------------------------------------------------------------
// Byte-order mark
// ---------------------------------------------------------------------------------------------------

describe('hostile feeds: a byte-order mark → loads normally', () => {
  it('UTF-8 with a BOM and CRLF line ends, as Windows editors save it (bom-crlf.json): every partner renders, nothing skipped', async () => {
    const parent = container();
    const src = hostile('bom-crlf.json');
    const list = widget(parent, 'twin-cities-list', {src, lang: 'bg', sort: 'name'});
    const skipped = skippedBy(list);
    const card = widget(parent, 'twin-city-card', {src, lang: 'bg', city: 'naousa'});
    await Promise.all([settled(list), settled(card)]);
    expect(skipped()).to.deep.equal([]);
    expect(errorText(list)).to.equal('');
    expect($$(list, '[part~=item] [part~=name]').map(text)).to.deep.equal(['Кукуш', 'Негуш', 'Прилеп']);
    expect(text($(card, '[part~=name]'))).to.equal('Негуш');
  });
});

// ---------------------------------------------------------------------------------------------------
// Fatal shapes
// ---------------------------------------------------------------------------------------------------

describe('hostile feeds: fatal shapes → role="alert" error in the widget\'s language; the page\'s other widgets keep working', () => {
  // A home that is not one is refused with a warning naming it, before the feed is.
  const cases: {file: string; what: string; lang: string; tag: Tag; reason: (t: Messages) => string; params?: Record<string, string>; warned?: string[]}[] = [
    {file: 'fatal-empty.json', what: 'an empty body', lang: 'bg', tag: 'twin-cities-list', reason: (t) => t.errors.parse},
    {file: 'fatal-whitespace.json', what: 'a body of whitespace', lang: 'en', tag: 'twin-city-card', reason: (t) => t.errors.parse},
    {file: 'fatal-null.json', what: 'null', lang: 'tr', tag: 'twin-city-badge', reason: (t) => t.errors.invalid('/')},
    {file: 'fatal-array.json', what: 'an array', lang: 'el', tag: 'twin-cities-list', reason: (t) => t.errors.invalid('/')},
    {file: 'fatal-string.json', what: 'a string', lang: 'ru', tag: 'twin-city-card', reason: (t) => t.errors.invalid('/')},
    {file: 'fatal-number.json', what: 'a number', lang: 'sr', tag: 'twin-city-badge', reason: (t) => t.errors.invalid('/')},
    {file: 'fatal-truncated.json', what: 'truncated JSON', lang: 'sr-Latn', tag: 'twin-cities-list', reason: (t) => t.errors.parse},
    {file: 'fatal-error-page.html', what: 'an HTML error page (with a script) served as 200', lang: 'bg', tag: 'twin-city-card',
      reason: (t) => t.errors.parse, params: {type: 'text/html'}},
    {file: 'fatal-error-page.html', what: 'an HTML error page served as 200 application/json', lang: 'id', tag: 'twin-cities-list', reason: (t) => t.errors.parse},
    {file: 'fatal-version-2.json', what: 'version: 2', lang: 'bg', tag: 'twin-cities-list', reason: (t) => t.errors.invalid('version')},
    {file: 'fatal-version-string.json', what: 'version: "1", a string', lang: 'en', tag: 'twin-city-badge', reason: (t) => t.errors.invalid('version')},
    {file: 'fatal-version-missing.json', what: 'no version', lang: 'tr', tag: 'twin-city-card', reason: (t) => t.errors.invalid('version')},
    {file: 'fatal-partners-missing.json', what: 'no partners', lang: 'bg', tag: 'twin-city-badge', reason: (t) => t.errors.invalid('partners')},
    {file: 'fatal-partners-object.json', what: 'partners as an object', lang: 'el', tag: 'twin-cities-list', reason: (t) => t.errors.invalid('partners')},
    {file: 'fatal-home-missing.json', what: 'no home', lang: 'ru', tag: 'twin-cities-list', reason: (t) => t.errors.invalid('home'), warned: ['home']},
    {file: 'fatal-home-country.json', what: 'a home in the country "XX"', lang: 'sr', tag: 'twin-city-card', reason: (t) => t.errors.invalid('home'), warned: ['home']},
    {file: 'fatal-comments.json', what: 'JSON with a // comment', lang: 'en', tag: 'twin-cities-list', reason: (t) => t.errors.parse},
    {file: 'fatal-trailing-comma.json', what: 'a trailing comma', lang: 'bg', tag: 'twin-city-card', reason: (t) => t.errors.parse},
    {file: 'fatal-nan.json', what: 'NaN as a number', lang: 'tr', tag: 'twin-cities-list', reason: (t) => t.errors.parse},
    {file: 'fatal-single-quotes.json', what: 'single quotes', lang: 'id', tag: 'twin-city-badge', reason: (t) => t.errors.parse},
    {file: 'fatal-utf16le.json', what: 'UTF-16 with a BOM (Notepad\'s "Unicode")', lang: 'bg', tag: 'twin-cities-list', reason: (t) => t.errors.parse},
  ];
  for (const c of cases) {
    it(`${c.what} (${c.file}): <${c.tag} lang="${c.lang}"> says "${c.reason(CATALOGUES[c.lang]!)}"; a good list beside it renders`, async () => {
      const trapped = trap();
      const errors = uncaught();
      try {
        const t = CATALOGUES[c.lang]!;
        const parent = container();
        const broken = widget(parent, c.tag, {src: hostile(c.file, c.params), lang: c.lang, city: 'kilkis'});
        const good = widget(parent, 'twin-cities-list', {src: hostile('good.json'), lang: c.lang, sort: 'name'});
        await Promise.all([settled(broken), settled(good)]);
        expect(errorText(broken)).to.equal(t.failed(c.reason(t)));
        expect(text($(broken, '[role=alert] button[part~=retry]'))).to.equal(t.retry);
        expect(ids(good), 'the other widget').to.deep.equal(['kilkis', 'prilep']);
        expect(errorText(good)).to.equal('');
        expect(warnings.paths()).to.deep.equal(c.warned ?? []);
        await loadsHadTheirTurn();
        expect(window.__ran, 'window.__ran').to.equal(false);
        expect(errors.stop(), 'uncaught errors').to.deep.equal([]);
      } finally {
        errors.stop();
        trapped.restore();
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------------
// Huge and deep
// ---------------------------------------------------------------------------------------------------

const HOME = {id: 'asenovgrad', name: {bg: 'Асеновград', en: 'Asenovgrad'}, country: 'BG', languages: ['bg'],
  location: {lat: 42.0098, lon: 24.8739}, url: 'https://www.asenovgrad.bg'};

describe('hostile feeds: huge inputs → rendered or cut, no freeze', () => {
  it('10,000 partners (a feed object): validated and shown within 3 s, and every one reachable: the count, the last by scrolling, the next by Tab', async function () {
    this.timeout(40_000);
    const feed = {
      version: 1,
      home: HOME,
      partners: Array.from({length: 10_000}, (_, i) => ({
        id: `town-${i}`, name: {en: `Town ${i}`, bg: `Град ${i}`}, country: ['GR', 'TR', 'MK', 'RS', 'RU', 'RO', 'DE', 'FR', 'IT', 'ES'][i % 10]!,
        relation: i % 3 ? 'twin' : 'cooperation', since: `${1950 + (i % 75)}-0${1 + (i % 9)}`, url: `https://town-${i}.example`,
      })),
    };
    // From giving the list the feed to its first entries laid out on the page.
    const started = performance.now();
    const list = widget(container(), 'twin-cities-list', {lang: 'en', searchable: ''}, feed);
    // Not busy and showing entries: before its first update a widget is not busy yet either.
    await waitUntil(() => !list.hasAttribute('aria-busy') && !!list.shadowRoot?.querySelector('[part~=item]'), 'the list did not finish',
      {timeout: 20_000, interval: 5});
    await list.updateComplete;
    void list.getBoundingClientRect().height;
    const ms = performance.now() - started;
    console.log(`10,000 partners: validated and shown in ${Math.round(ms)} ms`);
    // Only the entries near the viewport are in the DOM (a page of 10,000 rows froze for seconds), and they are
    // the first ones: newest first; of equal dates, feed order.
    const items = $$(list, '[part~=item]');
    expect(items.length).to.be.within(1, 500);
    const newest = feed.partners.reduce((a, b) => (b.since > a.since ? b : a));
    expect(text(items[0]!.querySelector('[part~=name]'))).to.equal(newest.name.en);
    expect(unsafeLinks([list])).to.deep.equal([]);
    // The bound is for a page that froze, not a slow machine: about 0.5 s alone on two cores, and
    // `npm run test:browsers` runs three browsers at once on them, which makes it up to three times as long.
    expect(ms, `showing took ${Math.round(ms)} ms`).to.be.below(3000);
    // All 10,000 are there for whoever reads, scrolls or tabs: the count, each entry's place among them…
    expect(text($(list, '[part~=count]'))).to.equal('10,000 twin cities');
    expect(items[0]!.getAttribute('aria-setsize')).to.equal('10000');
    // …by Tab from the last link in the DOM, the entry after it…
    const link = $$(list, '[part~=item] a[href]').at(-1)!;
    const position = Number(link.closest('[aria-posinset]')!.getAttribute('aria-posinset'));
    link.focus({preventScroll: true});
    await sendKeys({press: 'Tab'});
    const focused = () => list.shadowRoot!.activeElement?.closest('[aria-posinset]')?.getAttribute('aria-posinset');
    await waitUntil(() => focused() !== String(position), 'Tab went nowhere', {timeout: 5000});
    expect(focused()).to.equal(String(position + 1));
    // …and the last one at the end of the page.
    try {
      // As a visitor does, to the end of the page until it is the end: the list's height is estimated until its entries are measured.
      await waitUntil(() => (scrollPage(document.documentElement.scrollHeight), $(list, '[part~=item][aria-posinset="10000"]')),
        'the 10,000th entry never came', {timeout: 10_000, interval: 100});
      const last = feed.partners.reduce((a, b) => (b.since <= a.since ? b : a));
      expect(text($(list, '[aria-posinset="10000"] [part~=name]'))).to.equal(last.name.en);
    } finally {
      scrollPage(0);
    }
    // With a limit, a plain list of the first 20 again.
    list.setAttribute('limit', '20');
    await list.updateComplete;
    expect(ids(list)).to.have.length(20);
    expect(text($(list, '[part~=show-all]'))).to.equal('Show all 10,000');
  });

  it('a 5,000,000-character name and summary (a feed object): cut to 5,000 characters ending in "…", within the widget\'s width', async () => {
    const huge = 'Kilkis-'.repeat(714_286).slice(0, 5_000_000);
    expect(huge.length).to.equal(5_000_000);
    const feed = {version: 1, home: HOME, partners: [{id: 'kilkis', name: huge, country: 'GR', relation: 'twin', summary: {en: huge}}]};
    const cut = `${huge.slice(0, 4999)}…`;
    const parent = container();
    const started = performance.now();
    const card = widget(parent, 'twin-city-card', {lang: 'en', city: 'kilkis'}, feed);
    const list = widget(parent, 'twin-cities-list', {lang: 'en'}, feed);
    await Promise.all([settled(card), settled(list)]);
    const elapsed = performance.now() - started;
    console.log(`5,000,000-character name and summary: validated and rendered in ${Math.round(elapsed)} ms`);
    expect(elapsed, `took ${Math.round(elapsed)} ms`).to.be.below(3000);
    for (const shown of [$(card, '[part~=name]'), $(card, '[part~=summary]'), $(list, '[part~=item] [part~=name]')]) {
      const content = shown!.textContent!.trim();
      expect(content.length).to.equal(5000);
      expect(content === cut, 'the first 4,999 characters and "…"').to.equal(true);
    }
    // Unbroken text wraps: neither widget grows wider than the page gave it.
    for (const widget of [card, list]) {
      const base = $(widget, '[part~=base]')!;
      expect(base.scrollWidth, `<${widget.localName}> overflows`).to.be.at.most(base.clientWidth + 1);
    }
    await expect(parent).to.be.accessible();
  });

  it('a 5,000,000-character name of emoji (a feed object): cut without splitting a character', async () => {
    const huge = '🏛'.repeat(2_500_000);
    const feed = {version: 1, home: HOME, partners: [{id: 'kilkis', name: huge, country: 'GR', relation: 'twin'}]};
    const card = await settled(widget(container(), 'twin-city-card', {lang: 'en', city: 'kilkis'}, feed));
    const content = $(card, '[part~=name]')!.textContent!.trim();
    expect(content.endsWith('…'), 'ends with "…"').to.equal(true);
    expect(content.length).to.be.at.most(5000);
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(content);
    expect(lone ? `half a character at ${lone.index}` : 'whole characters').to.equal('whole characters');
    await expect(card).to.be.accessible();
  });
});

describe('hostile feeds: deeply nested JSON → no stack overflow: the field or entry dropped, or a parse error', () => {
  const cases: {file: string; what: string; skipped: string[]; ids: string[]}[] = [
    {file: 'deep-array-summary.json', what: 'a summary nested 20,000 arrays deep', skipped: ['partners[1].summary'], ids: ['kilkis', 'naousa', 'prilep']},
    {file: 'deep-partners.json', what: 'a partner nested 20,000 arrays deep', skipped: ['partners[1]'], ids: ['kilkis', 'prilep']},
    {file: 'deep-object-unknown-field.json', what: 'a field the format lacks, nested 6,000 objects deep', skipped: [], ids: ['kilkis', 'naousa', 'prilep']},
  ];
  for (const c of cases) {
    it(`${c.what} (${c.file}): renders without it (warning ${c.skipped.join(', ') || 'none'}), or says "not valid JSON"`, async () => {
      const errors = uncaught();
      const parent = container();
      const list = widget(parent, 'twin-cities-list', {src: hostile(c.file), lang: 'en', sort: 'name'});
      const skipped = skippedBy(list);
      const good = widget(parent, 'twin-city-card', {src: hostile('good.json'), lang: 'en', city: 'kilkis'});
      await Promise.all([settled(list, 10_000), settled(good)]);
      const alert = errorText(list);
      const warned = warnings.take();
      if (alert) {
        // An engine that refuses this depth in JSON.parse: the feed is not valid JSON to it, and nothing was skipped.
        expect(alert).to.equal(en.failed(en.errors.parse));
        expect(warned).to.deep.equal([]);
      } else {
        expect(skipped()).to.deep.equal(c.skipped);
        expect(warned.map((warning) => warning.path)).to.deep.equal(c.skipped);
        for (const warning of warned) expect(warning.text, `the warning for ${warning.path}`).to.include('array');
        expect(ids(list)).to.deep.equal(c.ids);
      }
      expect(text($(good, '[part~=name]')), 'the other widget').to.equal('Kilkis');
      expect(errors.stop(), 'uncaught errors').to.deep.equal([]);
    });
  }
});

describe('hostile feeds: over the size cap (TwinCitiesElement.maxBytes, 10 MB by default) → a clear "too large" error', () => {
  const defaultCap = TwinCitiesElement.maxBytes;
  afterEach(() => {
    TwinCitiesElement.maxBytes = defaultCap;
  });

  it('the cap is 10 MB unless the page sets another', () => {
    expect(defaultCap).to.equal(10 * 1024 * 1024);
  });

  for (const lang of ['bg', 'en']) {
    it(`a 37 KB feed (many-partners.json) with the cap set to 20,000 bytes: <twin-cities-list lang="${lang}"> says it is too large; a small feed beside it renders`, async () => {
      TwinCitiesElement.maxBytes = 20_000;
      const t = CATALOGUES[lang]!;
      const parent = container();
      const big = widget(parent, 'twin-cities-list', {src: hostile('many-partners.json'), lang});
      const small = widget(parent, 'twin-city-card', {src: hostile('good.json'), lang, city: 'kilkis'});
      await Promise.all([settled(big), settled(small)]);
      const megabytes = new Intl.NumberFormat(lang).format(20_000 / 1048576);
      expect(errorText(big)).to.equal(t.failed(t.errors['too-large'](megabytes)));
      expect(has(big, '[part~=item]'), 'nothing of the big feed').to.equal(false);
      expect(text($(small, '[part~=name]'))).to.include(lang === 'bg' ? 'Кукуш' : 'Kilkis');
    });
  }

  it('the cap is exact: a feed of exactly maxBytes loads, one byte over is refused', async () => {
    const size = (await (await fetch(hostile('many-partners.json'))).arrayBuffer()).byteLength;
    expect(size).to.be.within(30_000, 50_000);
    const parent = container();
    TwinCitiesElement.maxBytes = size;
    const fits = await settled(widget(parent, 'twin-cities-list', {src: hostile('many-partners.json'), lang: 'en', limit: '5'}));
    TwinCitiesElement.maxBytes = size - 1;
    const over = await settled(widget(parent, 'twin-cities-list', {src: hostile('many-partners.json'), lang: 'en', limit: '5'}));
    expect(errorText(fits)).to.equal('');
    expect(ids(fits)).to.have.length(5);
    expect(text($(fits, '[part~=show-all]'))).to.equal('Show all 200');
    expect(errorText(over)).to.include('the list is larger than');
  });
});
