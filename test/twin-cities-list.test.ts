import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/define/twin-cities-list.js';
import type {TwinCitiesList} from '../src/twin-cities-list.js';
import {
  $, $$, countryName, dateIn, ids, item, items, listLabel, luminance, mount, requests, serve, settled, text, type Attributes,
} from './helpers.js';

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

/** A fixture feed of test/fixtures/list/, served under a fresh `key` so its requests can be counted. */
const served = (file: string) => serve(`fixtures/list/${file}`);

/** The element as a page would write it, for a test's name. */
const markup = (attributes: Attributes) =>
  `<twin-cities-list ${Object.entries(attributes)
    .filter(([, value]) => value !== false)
    .map(([name, value]) => (value === true ? name : `${name}="${value}"`))
    .join(' ')}>`;

/** A loaded widget with these attributes (in English unless they say otherwise); fails if it shows an error instead of the list. */
async function widget(attributes: Attributes = {}, width?: number) {
  const el = await settled(mount('twin-cities-list', {lang: 'en', ...attributes}, {width}));
  expectNone(el.shadowRoot!, '[role=alert]', `${text(el.shadowRoot!.querySelector('[role=alert]'))}:`);
  return el;
}

/**
 * Asserts that nothing under `root` matches `selector`. It compares a boolean, never an element: the
 * runner cannot serialise a failed assertion whose actual value is a DOM node, and hangs.
 */
function expectNone(root: ParentNode, selector: string, context = '') {
  const found = root.querySelector(selector);
  expect(found === null, `${context} expected no ${selector}, found <${found?.localName} part="${found?.getAttribute('part')}">`)
    .to.equal(true);
}
/** Which element has focus inside the widget, as `a[name link] in nilufer`, or `nothing`. */
function focused(el: HTMLElement): string {
  const node = el.shadowRoot!.activeElement;
  return node ? `${node.localName}[${node.getAttribute('part')}] in ${node.closest('[data-id]')?.getAttribute('data-id')}` : 'nothing';
}

/** The name an entry shows in the widget's language (the first span of its name, without the native one). */
const shownName = (entry: HTMLElement) => text(entry.querySelector('[part~=name]')?.firstElementChild);

/**
 * Checks an order where some positions hold entries of equal rank: a string is the id at that
 * position; an array is a run of positions that hold exactly these ids, in any order.
 */
function expectOrder(actual: (string | undefined)[], expected: (string | string[])[]) {
  let position = 0;
  for (const slot of expected) {
    const run = typeof slot === 'string' ? [slot] : slot;
    const got = actual.slice(position, position + run.length);
    expect([...got].sort(), `positions ${position}–${position + run.length - 1} of ${actual.join(', ')}`)
      .to.deep.equal([...run].sort());
    position += run.length;
  }
  expect(actual).to.have.length(position);
}

// Newest first; prilep and naousa both date from 1993 and may come in either order.
const BY_DATE = ['kocaeli', 'denpasar', 'dimitrovgrad', 'nilufer', 'stary-oskol', ['prilep', 'naousa'], 'bergama', 'kilkis'];
const BY_DATE_ASCENDING = ['kilkis', 'bergama', ['prilep', 'naousa'], 'stary-oskol', 'nilufer', 'dimitrovgrad', 'denpasar', 'kocaeli'];

// A link activated in a test must never take the test page away. This last-resort listener cancels
// any link click that the widget left uncancelled, and records it so that tests can assert on it.
const uncancelledClicks: string[] = [];
function guardNavigation(event: MouseEvent) {
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (link && !event.defaultPrevented) {
    event.preventDefault();
    uncancelledClicks.push(link.href);
  }
}
before(() => window.addEventListener('click', guardNavigation));
after(() => window.removeEventListener('click', guardNavigation));
beforeEach(() => {
  uncancelledClicks.length = 0;
});

// ---------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------

describe('twin-cities-list: the default feed', () => {
  it('shows the nine partners of Asenovgrad, newest first', async () => {
    const el = await widget();
    expectOrder(ids(el), BY_DATE);
  });

  for (const {lang, label} of [
    {lang: 'en', label: 'Twin cities of Asenovgrad'},
    {lang: 'bg', label: 'Побратимени градове на Асеновград'},
  ]) {
    it(`is a list named "${label}" for screen readers (lang="${lang}")`, async () => {
      const el = await widget({lang});
      const list = $(el, '[part~=list]')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.getAttribute('aria-label')).to.equal(label);
      expect(list.querySelectorAll(':scope > [part~=item]')).to.have.length(9);
    });
  }
});

describe('twin-cities-list: sort', () => {
  const byId: {sort: string; lang: string; expected: (string | string[])[]}[] = [
    {sort: 'date', lang: 'en', expected: BY_DATE},
    {sort: '-date', lang: 'en', expected: BY_DATE_ASCENDING},
    // By the country's name in the widget's language, then by the partner's name.
    {sort: 'country', lang: 'en', expected: ['kilkis', 'naousa', 'denpasar', 'prilep', 'stary-oskol', 'dimitrovgrad', 'bergama', 'kocaeli', 'nilufer']},
    {sort: 'country', lang: 'bg', expected: ['kilkis', 'naousa', 'denpasar', 'stary-oskol', 'prilep', 'dimitrovgrad', 'bergama', 'kocaeli', 'nilufer']},
  ];
  for (const {sort, lang, expected} of byId) {
    it(`sort="${sort}" in lang="${lang}" orders ${expected.flat().join(', ')}`, async () => {
      const el = await widget({sort, lang});
      expectOrder(ids(el), expected);
    });
  }

  const byName: {lang: string; names: string[]}[] = [
    {lang: 'en', names: ['Bergama', 'Denpasar', 'Dimitrovgrad', 'Kilkis', 'Kocaeli', 'Naousa', 'Nilüfer', 'Prilep', 'Stary Oskol']},
    {lang: 'bg', names: ['Бергама', 'Денпасар', 'Димитровград', 'Килкис', 'Коджаели', 'Науса', 'Нилюфер', 'Прилеп', 'Стари Оскол']},
  ];
  for (const {lang, names} of byName) {
    it(`sort="name" in lang="${lang}" orders the names as the language does`, async () => {
      const el = await widget({sort: 'name', lang});
      expect(items(el).map(shownName)).to.deep.equal(names);
    });
  }
});

describe('twin-cities-list: country filter', () => {
  for (const country of ['TR,GR', ' tr , gr', 'gr,TR,']) {
    it(`country="${country}" shows only the Turkish and Greek partners`, async () => {
      const el = await widget({country});
      expect(ids(el)).to.deep.equal(['kocaeli', 'nilufer', 'naousa', 'bergama', 'kilkis']);
      expect(new Set(items(el).map((entry) => text(entry.querySelector('[part~=country]'))))).to.deep.equal(new Set([countryName('en', 'TR'), countryName('en', 'GR')]));
    });
  }
});

describe('twin-cities-list: layouts', () => {
  const layouts: {layout: string; check: (el: TwinCitiesList) => void}[] = [
    {
      layout: 'list',
      check(el) {
        expectOrder(ids(el), BY_DATE);
        for (const entry of items(el)) {
          for (const part of ['flag', 'name', 'country', 'relation', 'date']) {
            expect(entry.querySelector(`[part~=${part}]`), `${entry.dataset.id}: part ${part}`).to.exist;
          }
        }
      },
    },
    {
      layout: 'grid',
      check(el) {
        expectOrder(ids(el), BY_DATE);
        for (const entry of items(el)) {
          const card = entry.querySelector('[part~=card]');
          expect(card, entry.dataset.id).to.exist;
          const heading = card!.querySelector('[role=heading]');
          expect(heading?.getAttribute('aria-level'), entry.dataset.id).to.equal('3');
          expect(shownName(entry)).to.equal(text(heading?.firstElementChild));
        }
        expect(text(item(el, 'naousa').querySelector('[role=heading]'))).to.equal('Naousa Νάουσα');
      },
    },
    {
      layout: 'compact',
      check(el) {
        expectOrder(ids(el), BY_DATE);
        for (const entry of items(el)) {
          expect(entry.querySelectorAll('[part~=flag]'), entry.dataset.id).to.have.length(1);
          expect(entry.querySelectorAll('[part~=name]'), entry.dataset.id).to.have.length(1);
          // Just the flag and the name: no country, relation or date.
          expectNone(entry, '[part~=country], [part~=relation], [part~=date]', entry.dataset.id);
        }
        expect(text(item(el, 'kocaeli'))).to.equal('Kocaeli');
        expect(item(el, 'kocaeli').querySelector<HTMLAnchorElement>('a[part~=link]')!.href).to.equal('https://www.kocaeli.bel.tr/');
        // One line: the entries flow side by side rather than one below the other.
        const [first, second] = items(el);
        expect(second!.getBoundingClientRect().top).to.be.closeTo(first!.getBoundingClientRect().top, 1);
        expect(second!.getBoundingClientRect().left).to.be.greaterThan(first!.getBoundingClientRect().right);
      },
    },
    {
      layout: 'timeline',
      check(el) {
        const years = $$(el, '[part~=year]');
        expect(years.map(text)).to.deep.equal(['1989', '1992', '1993', '2008', '2012', '2013', '2023']);
        for (const year of years) {
          expect(year.getAttribute('role')).to.equal('heading');
          expect(year.getAttribute('aria-level')).to.equal('3');
        }
        const under = Object.fromEntries(years.map((year) => [text(year),
          [...year.nextElementSibling!.querySelectorAll<HTMLElement>('[part~=item]')].map((entry) => entry.dataset.id)]));
        expect(under['1989']).to.deep.equal(['kilkis']);
        expect(under['1992']).to.deep.equal(['bergama']);
        expect([...under['1993']!].sort()).to.deep.equal(['naousa', 'prilep']);
        expect(under['2008']).to.deep.equal(['stary-oskol']);
        expect(under['2012']).to.deep.equal(['nilufer']);
        expect(under['2013']).to.deep.equal(['dimitrovgrad', 'denpasar']);
        expect(under['2023']).to.deep.equal(['kocaeli']);
        expect(items(el)).to.have.length(9);
        expect(listLabel(el)).to.equal('Twin cities of Asenovgrad');
      },
    },
  ];
  for (const {layout, check} of layouts) {
    for (const theme of ['light', 'dark']) {
      it(`layout="${layout}" in theme="${theme}"`, async () => {
        const el = await widget({layout, theme});
        check(el);
      });
    }
  }

  for (const layout of ['grid', 'timeline']) {
    it(`layout="${layout}" puts its headings at heading-level="2"`, async () => {
      const el = await widget({layout, 'heading-level': '2'});
      const headings = $$(el, layout === 'grid' ? '[part~=card] > .card-title [role=heading]' : '[part~=year]');
      expect(headings).to.have.length(layout === 'grid' ? 9 : 7);
      for (const heading of headings) expect(heading.getAttribute('aria-level')).to.equal('2');
    });
  }

  // What the visitor sees: dark text on a light background, or light text on a dark one.
  for (const {theme, background, text: foreground} of [
    {theme: 'light', background: 'light', text: 'darker'},
    {theme: 'dark', background: 'dark', text: 'lighter'},
  ]) {
    it(`theme="${theme}" shows ${foreground} text on a ${background} background`, async () => {
      const el = await widget({theme});
      const backdrop = luminance(getComputedStyle($(el, '[part~=base]')!).backgroundColor);
      expect(backdrop > 0.5 ? 'light' : 'dark', `background luminance ${backdrop}`).to.equal(background);
      const parts = [$(el, '[part~=base]')!, item(el, 'naousa').querySelector<HTMLElement>('[part~=country]')!,
        item(el, 'naousa').querySelector<HTMLElement>('[part~=link]')!];
      for (const node of parts) {
        const ink = luminance(getComputedStyle(node).color);
        expect(ink > backdrop ? 'lighter' : 'darker', `${node.getAttribute('part')}: luminance ${ink} on ${backdrop}`)
          .to.equal(foreground);
      }
    });
  }

  it('uses the list layout when layout is absent', async () => {
    const el = await widget();
    expect($(el, 'ul[part~=list]')!.classList.contains('list')).to.equal(true);
    expectNone(el.shadowRoot!, '[part~=card], [part~=year]');
  });
});

describe('twin-cities-list: an entry', () => {
  const entries: {
    lang: string; id: string; name: string; native?: [string, string]; country: string; flag: string;
    relation: string; date: string; former?: string; url?: string;
  }[] = [
    {
      lang: 'en', id: 'naousa', name: 'Naousa', native: ['Νάουσα', 'el'], country: 'Greece', flag: 'Flag of Greece',
      relation: 'Cooperation agreement', date: `since ${dateIn('en', '1993')}`, former: 'formerly Stenimachos',
      url: 'https://www.dimosnaousas.gr',
    },
    {
      lang: 'bg', id: 'naousa', name: 'Науса', native: ['Νάουσα', 'el'], country: 'Гърция', flag: 'Знаме на Гърция',
      relation: 'Договор за сътрудничество', date: `от ${dateIn('bg', '1993')}`, former: 'по-рано Стенимахос',
      url: 'https://www.dimosnaousas.gr',
    },
    {
      lang: 'en', id: 'kocaeli', name: 'Kocaeli', country: countryName('en', 'TR'), flag: `Flag of ${countryName('en', 'TR')}`,
      relation: 'Twin city', date: `since ${dateIn('en', '2023-05-23')}`, url: 'https://www.kocaeli.bel.tr',
    },
    {
      lang: 'bg', id: 'stary-oskol', name: 'Стари Оскол', native: ['Старый Оскол', 'ru'], country: 'Русия', flag: 'Знаме на Русия',
      relation: 'Побратимен град', date: `от ${dateIn('bg', '2008-06-18')}`, url: 'https://oskolregion.ru',
    },
    {
      lang: 'en', id: 'kilkis', name: 'Kilkis', native: ['Κιλκίς', 'el'], country: 'Greece', flag: 'Flag of Greece',
      relation: 'Cooperation agreement', date: 'since 1989', url: 'https://www.e-kilkis.gr',
    },
    // Denpasar has no official site in the feed: its name is plain text.
    {
      lang: 'en', id: 'denpasar', name: 'Denpasar', country: 'Indonesia', flag: 'Flag of Indonesia',
      relation: 'Twin city', date: `since ${dateIn('en', '2013-08-05')}`,
    },
  ];
  for (const e of entries) {
    it(`shows ${e.id} in lang="${e.lang}": ${e.name}, ${e.country}, ${e.date}`, async () => {
      const el = await widget({lang: e.lang});
      const entry = item(el, e.id);
      const name = entry.querySelector('[part~=name]')!;
      expect(shownName(entry)).to.equal(e.name);
      // The name is in the widget's language, so it needs no lang of its own.
      expect(name.firstElementChild!.hasAttribute('lang')).to.equal(false);
      const native = entry.querySelector('[part~=native-name]');
      if (e.native) {
        expect(text(native)).to.equal(e.native[0]);
        expect(native!.getAttribute('lang')).to.equal(e.native[1]);
      } else {
        expectNone(entry, '[part~=native-name]');
      }
      expect(text(entry.querySelector('[part~=country]'))).to.equal(e.country);
      const flag = entry.querySelector<HTMLImageElement>('img[part~=flag]')!;
      expect(flag.alt).to.equal(e.flag);
      expect(text(entry.querySelector('[part~=relation]'))).to.equal(e.relation);
      expect(text(entry.querySelector('[part~=date]'))).to.equal(e.date);
      expect(text(entry.querySelector('[part~=former-name]'))).to.equal(e.former ?? '');
      const link = entry.querySelector<HTMLAnchorElement>('a[part~=link]');
      if (e.url) {
        expect(link!.href).to.equal(new URL(e.url).href);
        expect(link!.protocol).to.equal('https:');
        expect(link!.rel.split(/\s+/)).to.include.members(['noopener', 'noreferrer']);
        expect(link!.contains(name.firstElementChild)).to.equal(true);
      } else {
        expectNone(entry, 'a');
        expect(text(name)).to.equal(e.name);
      }
    });
  }

  it('marks every entry with its id and gives every one a flag, name, country and date', async () => {
    const el = await widget();
    expect([...ids(el)].sort()).to.deep.equal(
      ['bergama', 'denpasar', 'dimitrovgrad', 'kilkis', 'kocaeli', 'naousa', 'nilufer', 'prilep', 'stary-oskol']);
    for (const entry of items(el)) {
      for (const part of ['name', 'country', 'flag', 'date']) {
        expect(entry.querySelector(`[part~=${part}]`), `${entry.dataset.id}: part ${part}`).to.exist;
      }
      expect(entry.querySelector('[part~=date]')!.tagName, entry.dataset.id).to.equal('TIME');
    }
    // Every partner with an official site in the feed (all but Denpasar) links to it.
    expect($$(el, '[part~=item] [part~=link]').map((link) => link.closest<HTMLElement>('[part~=item]')!.dataset.id).sort())
      .to.deep.equal(['bergama', 'dimitrovgrad', 'kilkis', 'kocaeli', 'naousa', 'nilufer', 'prilep', 'stary-oskol']);
  });
});

describe('twin-cities-list: search', () => {
  /** A searchable widget with `query` typed, key by key, into its focused search field. */
  async function search(query: string, attributes: Attributes = {}) {
    const el = await widget({searchable: true, ...attributes});
    $(el, 'input[part~=search]')!.focus();
    await sendKeys({type: query});
    await el.updateComplete;
    return el;
  }

  it('has a search field with a visible label and a count of the entries', async () => {
    const el = await widget({searchable: true});
    const input = $(el, 'input[part~=search]') as HTMLInputElement;
    expect(input.type).to.equal('search');
    const label = input.labels![0]!;
    expect(text(label)).to.equal('Search twin cities');
    const shown = $(el, '[part~=search-label]')!;
    expect(label.contains(shown)).to.equal(true);
    expect(shown.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(text(shown)).to.equal('Search twin cities');
    const count = $(el, '[part~=count]')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(text(count)).to.equal('9 twin cities');
    expect(items(el)).to.have.length(9);
  });

  it('has no search field unless searchable', async () => {
    const el = await widget();
    expectNone(el.shadowRoot!, 'input, [part~=count]');
  });

  const searches: {query: string; why: string; expected: string[]; count: string; attributes?: Attributes}[] = [
    {query: 'nilufer', why: 'without the accent', expected: ['nilufer'], count: '1 twin city'},
    {query: 'NILÜFER', why: 'in capitals', expected: ['nilufer'], count: '1 twin city'},
    {query: 'Нилюфер', why: 'in Bulgarian', expected: ['nilufer'], count: '1 twin city'},
    {query: 'stenimachos', why: 'by its former name', expected: ['naousa'], count: '1 twin city'},
    {query: 'ΚΙΛΚΙΣ', why: 'in Greek capitals without the accent', expected: ['kilkis'], count: '1 twin city'},
    {query: '  oskol ', why: 'with spaces around', expected: ['stary-oskol'], count: '1 twin city'},
    {query: 'grad', why: 'by part of a name', expected: ['dimitrovgrad'], count: '1 twin city'},
    {query: 'ko', why: 'in the list order', expected: ['kocaeli', 'stary-oskol'], count: '2 twin cities'},
    {query: 'kirklareli', why: 'with the Turkish dotless ı folded', expected: ['kirklareli'], count: '1 twin city',
      attributes: {src: served('smolyan.json').url}},
    {query: 'Лозенград', why: 'by a Bulgarian name that differs from the English one', expected: ['kirklareli'], count: '1 twin city',
      attributes: {src: served('smolyan.json').url}},
    {query: 'стари', why: 'in Bulgarian in a Bulgarian widget', expected: ['stary-oskol'], count: '1 побратимен град',
      attributes: {lang: 'bg'}},
  ];
  for (const {query, why, expected, count, attributes} of searches) {
    it(`typing "${query}" finds ${expected.join(', ')} (${why})`, async () => {
      const el = await search(query, attributes);
      expect(ids(el)).to.deep.equal(expected);
      expect(text($(el, '[part~=count]'))).to.equal(count);
    });
  }

  it('typing "xyz" shows no entries and says that nothing matches', async () => {
    const el = await search('xyz');
    expect(items(el)).to.have.length(0);
    const count = $(el, '[part~=count]')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(text(count)).to.equal('No twin city matches “xyz”.');
  });

  it('shows the no-match message in its documented part "no-match"', async () => {
    const el = await search('xyz');
    expect(text($(el, '[part~=no-match]'))).to.equal('No twin city matches “xyz”.');
  });

  it('shows every entry again when the search is erased', async () => {
    const el = await search('xyz');
    for (let i = 0; i < 3; i++) await sendKeys({press: 'Backspace'});
    await el.updateComplete;
    expectOrder(ids(el), BY_DATE);
    expect(text($(el, '[part~=count]'))).to.equal('9 twin cities');
  });

  it('searches within the country filter and keeps the sort', async () => {
    const el = await search('a', {country: 'GR,TR', sort: 'name'});
    expect(items(el).map(shownName)).to.deep.equal(['Bergama', 'Kocaeli', 'Naousa']);
    expect(text($(el, '[part~=count]'))).to.equal('3 twin cities');
  });
});

describe('twin-cities-list: limit', () => {
  const activations: {how: string; activate: (button: HTMLElement) => Promise<unknown>}[] = [
    {how: 'a click', activate: async (button) => button.click()},
    {how: 'the Enter key', activate: async (button) => (button.focus(), sendKeys({press: 'Enter'}))},
    {how: 'the Space key', activate: async (button) => (button.focus(), sendKeys({press: ' '}))},
  ];
  for (const {how, activate} of activations) {
    it(`shows 3 entries and "Show all 9", which shows all and focuses the 4th entry's link on ${how}`, async () => {
      const el = await widget({limit: '3'});
      expect(ids(el)).to.deep.equal(['kocaeli', 'denpasar', 'dimitrovgrad']);
      const button = $(el, 'button[part~=show-all]')!;
      expect(text(button)).to.equal('Show all 9');

      await activate(button);
      await el.updateComplete;
      expectOrder(ids(el), BY_DATE);
      expectNone(el.shadowRoot!, '[part~=show-all]');
      expect(focused(el)).to.equal('a[name link] in nilufer');
      // The key that pressed "Show all" does not go on to follow the link it focuses.
      expect(uncancelledClicks).to.deep.equal([]);
    });
  }

  it('moves focus into the first newly shown entry even when it has no link (limit="1": Denpasar)', async () => {
    const el = await widget({limit: '1'});
    expect(ids(el)).to.deep.equal(['kocaeli']);
    $(el, 'button[part~=show-all]')!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(items(el)).to.have.length(9);
    expect(items(el)[1]!.dataset.id).to.equal('denpasar');
    // Otherwise focus falls back to the page, and a keyboard user must start again from the top.
    expect(focused(el)).to.match(/ in denpasar$/);
  });

  it('has no "Show all" button when the limit is not below the number of entries', async () => {
    const el = await widget({limit: '9'});
    expect(items(el)).to.have.length(9);
    expectNone(el.shadowRoot!, '[part~=show-all]');
  });

  it('counts the entries a search finds in "Show all"', async () => {
    const el = await widget({limit: '1', searchable: true});
    $(el, 'input[part~=search]')!.focus();
    await sendKeys({type: 'er'});
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['nilufer']);
    expect(text($(el, '[part~=count]'))).to.equal('2 twin cities');
    expect(text($(el, '[part~=show-all]'))).to.equal('Show all 2');
  });

  it('limits the timeline too, oldest first', async () => {
    const el = await widget({limit: '2', layout: 'timeline'});
    expect(ids(el)).to.deep.equal(['kilkis', 'bergama']);
    expect($$(el, '[part~=year]').map(text)).to.deep.equal(['1989', '1992']);
    expect(text($(el, '[part~=show-all]'))).to.equal('Show all 9');
  });
});

describe('twin-cities-list: twin-city-select', () => {
  /** Listens on the document, cancelling when asked, and collects what arrived. */
  function listen(cancel: boolean) {
    const events: CustomEvent<{id: string}>[] = [];
    const listener = (event: Event) => {
      events.push(event as CustomEvent<{id: string}>);
      if (cancel) event.preventDefault();
    };
    document.addEventListener('twin-city-select', listener);
    return {events, stop: () => document.removeEventListener('twin-city-select', listener)};
  }

  for (const layout of ['list', 'compact', 'timeline', 'grid']) {
    it(`layout="${layout}": clicking an entry's link tells the page which one, and a cancelled event keeps the page`, async () => {
      const el = await widget({layout});
      const {events, stop} = listen(true);
      try {
        item(el, 'nilufer').querySelector<HTMLElement>('a[part~=link]')!.click();
      } finally {
        stop();
      }
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({id: 'nilufer'});
      expect(events[0]!.bubbles).to.equal(true);
      expect(events[0]!.composed).to.equal(true);
      // The widget cancelled the link's click, so the browser stays on the page (the last-resort guard,
      // which would otherwise have stopped the navigation, found nothing to stop).
      expect(uncancelledClicks).to.deep.equal([]);
    });
  }

  it('pressing Enter on a focused link selects it too', async () => {
    const el = await widget();
    const {events, stop} = listen(true);
    try {
      item(el, 'kilkis').querySelector<HTMLElement>('a[part~=link]')!.focus();
      await sendKeys({press: 'Enter'});
    } finally {
      stop();
    }
    expect(events.map((event) => event.detail.id)).to.deep.equal(['kilkis']);
    expect(uncancelledClicks).to.deep.equal([]);
  });

  it('lets the link navigate when no listener cancels the event', async () => {
    const el = await widget();
    const {events, stop} = listen(false);
    try {
      item(el, 'kocaeli').querySelector<HTMLElement>('a[part~=link]')!.click();
    } finally {
      stop();
    }
    expect(events.map((event) => event.detail.id)).to.deep.equal(['kocaeli']);
    // The click reached the page uncancelled: the browser would have followed the link.
    expect(uncancelledClicks).to.deep.equal(['https://www.kocaeli.bel.tr/']);
  });
});

describe('twin-cities-list: attribute changes after load', () => {
  it('re-sorts when sort changes, without fetching the feed again', async () => {
    const {key, url} = served('smolyan.json');
    const el = await widget({src: url});
    expect(ids(el)).to.deep.equal(['corlu', 'kirklareli', 'xanthi', 'obninsk']);
    el.setAttribute('sort', 'name');
    await el.updateComplete;
    // Ç sorts with C in English, not after Z as its code point would.
    expect(items(el).map(shownName)).to.deep.equal(['Çorlu', 'Kırklareli', 'Obninsk', 'Xanthi']);
    el.setAttribute('sort', '-date');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['xanthi', 'kirklareli', 'corlu', 'obninsk']);
    expect(await requests(key)).to.equal(1);
  });

  it('changes layout when layout changes', async () => {
    const el = await widget();
    el.setAttribute('layout', 'timeline');
    await el.updateComplete;
    expect($$(el, '[part~=year]').map(text)).to.deep.equal(['1989', '1992', '1993', '2008', '2012', '2013', '2023']);
    expectOrder(ids(el), BY_DATE_ASCENDING);

    el.setAttribute('layout', 'grid');
    await el.updateComplete;
    expect($$(el, '[part~=year]')).to.have.length(0);
    expect($$(el, '[part~=item] [part~=card]')).to.have.length(9);
    expectOrder(ids(el), BY_DATE);

    el.removeAttribute('layout');
    await el.updateComplete;
    expectNone(el.shadowRoot!, '[part~=card]');
    expect(items(el)).to.have.length(9);
  });

  it('filters again when country changes, and shows all when it is removed', async () => {
    const el = await widget();
    el.setAttribute('country', 'GR');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['naousa', 'kilkis']);
    el.setAttribute('country', 'RS,ID');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['denpasar', 'dimitrovgrad']);
    el.removeAttribute('country');
    await el.updateComplete;
    expectOrder(ids(el), BY_DATE);
  });

  it('speaks another language when lang changes', async () => {
    const el = await widget({sort: 'name'});
    el.setAttribute('lang', 'bg');
    await waitUntil(() => listLabel(el) === 'Побратимени градове на Асеновград',
      'the widget did not switch to Bulgarian');
    await settled(el);
    expect(items(el).map(shownName)).to.deep.equal(
      ['Бергама', 'Денпасар', 'Димитровград', 'Килкис', 'Коджаели', 'Науса', 'Нилюфер', 'Прилеп', 'Стари Оскол']);
  });
});

describe('twin-cities-list: a feed from src', () => {
  it('shows another town\'s partners, the undated one last', async () => {
    const el = await widget({src: served('smolyan.json').url});
    expect(ids(el)).to.deep.equal(['corlu', 'kirklareli', 'xanthi', 'obninsk']);
    expect(listLabel(el)).to.equal('Twin cities of Smolyan');
  });

  it('keeps the undated partner last when sorted oldest first', async () => {
    const el = await widget({src: served('smolyan.json').url, sort: '-date'});
    expect(ids(el)).to.deep.equal(['xanthi', 'kirklareli', 'corlu', 'obninsk']);
  });

  for (const theme of ['light', 'dark']) {
    it(`puts the undated partner under "Date unknown" in the timeline (theme="${theme}")`, async () => {
      const el = await widget({src: served('smolyan.json').url, layout: 'timeline', theme});
      const years = $$(el, '[part~=year]');
      expect(years.map(text)).to.deep.equal(['1998', '2004', '2010', 'Date unknown']);
      const under = years.map((year) =>
        [...year.nextElementSibling!.querySelectorAll<HTMLElement>('[part~=item]')].map((entry) => entry.dataset.id));
      expect(under).to.deep.equal([['xanthi'], ['kirklareli'], ['corlu'], ['obninsk']]);
    });
  }

  it('shows dates at their precision, no date when there is none, and relations that ended', async () => {
    const el = await widget({src: served('smolyan.json').url});
    expect(text(item(el, 'xanthi').querySelector('[part~=date]'))).to.equal(`since ${dateIn('en', '1998-05')}`);
    expect(item(el, 'xanthi').querySelector('[part~=date]')!.getAttribute('datetime')).to.equal('1998-05');
    expect(text(item(el, 'kirklareli').querySelector('[part~=date]'))).to.equal('since 2004');
    expectNone(item(el, 'obninsk'), '[part~=date]');
    expect(text(item(el, 'obninsk').querySelector('[part~=relation]'))).to.equal('Partner city');
    expect(text(item(el, 'kirklareli').querySelector('[part~=status]'))).to.equal('(no longer active)');
    expectNone(item(el, 'xanthi'), '[part~=status]');
    // Kırklareli has no official site: its name is not a link.
    expectNone(item(el, 'kirklareli'), 'a');
  });

  it('shows the Bulgarian name of a partner in a Bulgarian widget, with the native name marked', async () => {
    const el = await widget({src: served('smolyan.json').url, lang: 'bg'});
    const entry = item(el, 'kirklareli');
    expect(shownName(entry)).to.equal('Лозенград');
    const native = entry.querySelector('[part~=native-name]')!;
    expect(text(native)).to.equal('Kırklareli');
    expect(native.getAttribute('lang')).to.equal('tr');
    expect(listLabel(el)).to.equal('Побратимени градове на Смолян');
  });
});

describe('twin-cities-list: a 320 px wide container', () => {
  const cases: Attributes[] = [
    {layout: 'list', searchable: true, limit: '3'},
    {layout: 'grid'},
    {layout: 'compact'},
    {layout: 'timeline'},
    {layout: 'list', lang: 'bg', searchable: true, limit: '3'},
    {layout: 'grid', lang: 'bg'},
  ];
  for (const attributes of cases) {
    it(`does not overflow sideways: ${markup(attributes)}`, async () => {
      const el = await widget(attributes, 320);
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(el.scrollWidth, 'scrollWidth of the host').to.be.at.most(el.clientWidth);
      const base = $(el, '[part~=base]')!;
      expect(base.scrollWidth, 'scrollWidth of the content').to.be.at.most(base.clientWidth);
      const right = el.getBoundingClientRect().right;
      for (const node of $$(el, '*')) {
        expect(node.getBoundingClientRect().right, `${node.tagName}.${node.className} [${node.getAttribute('part')}]`)
          .to.be.at.most(right + 0.5);
      }
    });
  }
});
