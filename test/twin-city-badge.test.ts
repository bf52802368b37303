// <twin-city-badge>: the badge a partner town puts on its own site, "twinned with Asenovgrad, Bulgaria,
// since …", linking back to Asenovgrad's site; in three variants, every language, both themes.
import {expect, fixtureSync, html} from '@open-wc/testing';
import {LANGUAGES} from '../src/i18n/locale.js';
import type {Messages} from '../src/i18n/messages.js';
import bg from '../src/i18n/messages/bg.js';
import el from '../src/i18n/messages/el.js';
import en from '../src/i18n/messages/en.js';
import id from '../src/i18n/messages/id.js';
import mk from '../src/i18n/messages/mk.js';
import ru from '../src/i18n/messages/ru.js';
import sr from '../src/i18n/messages/sr.js';
import srLatn from '../src/i18n/messages/sr-Latn.js';
import tr from '../src/i18n/messages/tr.js';
import '../src/define/twin-city-badge.js';
import type {TwinCityBadge} from '../src/twin-city-badge.js';
import {accessibleInBothThemes, settled} from './helpers.js';

const CATALOGUES: Record<string, Messages> = {bg, el, en, id, mk, ru, sr, 'sr-Latn': srLatn, tr};
/** Asenovgrad's site, as the feed has it (a URL's normal form ends the host with "/"). */
const HOME_SITE = 'https://www.asenovgrad.bg/';

// ---------------------------------------------------------------------------------------------------
// Expected values: the browser's Intl where it knows the language, else CLDR 48's Macedonian.
// ---------------------------------------------------------------------------------------------------

const intlKnows = (lang: string) =>
  Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 && Intl.DisplayNames.supportedLocalesOf([lang]).length > 0;
const MACEDONIAN: Record<string, string> = {
  BG: 'Бугарија', TR: 'Турција', GR: 'Грција', MK: 'Северна Македонија',
  '2023-05-23': '23 мај 2023 г.', '1993': '1993 г.',
};
function countryName(lang: string, code: string): string {
  if (intlKnows(lang)) return new Intl.DisplayNames(lang, {type: 'region'}).of(code)!;
  if (lang === 'mk' && MACEDONIAN[code]) return MACEDONIAN[code];
  throw new Error(`this browser lacks ${lang}: no expectation for ${code}`);
}
/** A partial date as the widget writes it: a year, or a day in the long style. */
function dateIn(lang: string, date: string): string {
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  const options: Intl.DateTimeFormatOptions = date.length === 4 ? {year: 'numeric'} : {dateStyle: 'long'};
  if (intlKnows(lang)) return new Intl.DateTimeFormat(lang, {timeZone: 'UTC', ...options}).format(Date.UTC(year, month - 1, day));
  if (lang === 'mk' && MACEDONIAN[date]) return MACEDONIAN[date];
  throw new Error(`this browser lacks ${lang}: no expectation for ${date}`);
}

/** The relations' names, as the messages files say them. */
const RELATION: Record<string, Record<'twin' | 'cooperation', string>> = {
  bg: {twin: 'Побратимен град', cooperation: 'Договор за сътрудничество'},
  en: {twin: 'Twin city', cooperation: 'Cooperation agreement'},
  tr: {twin: 'Kardeş şehir', cooperation: 'İş birliği anlaşması'},
  el: {twin: 'Αδελφή πόλη', cooperation: 'Συμφωνία συνεργασίας'},
  sr: {twin: 'Братски град', cooperation: 'Споразум о сарадњи'},
  'sr-Latn': {twin: 'Bratski grad', cooperation: 'Sporazum o saradnji'},
  mk: {twin: 'Збратимен град', cooperation: 'Договор за соработка'},
  ru: {twin: 'Город-побратим', cooperation: 'Соглашение о сотрудничестве'},
  id: {twin: 'Kota kembar', cooperation: 'Perjanjian kerja sama'},
};
/** The home town's name in each language, from data/twin-cities.json. */
const ASENOVGRAD: Record<string, string> = {
  bg: 'Асеновград', en: 'Asenovgrad', tr: 'Asenovgrad', el: 'Ασένοβγκραντ', sr: 'Асеновград',
  'sr-Latn': 'Asenovgrad', mk: 'Асеновград', ru: 'Асеновград', id: 'Asenovgrad',
};
/** Partners of data/twin-cities.json: country, relation, since. */
const PARTNERS: Record<string, {country: string; relation: 'twin' | 'cooperation'; since: string}> = {
  kocaeli: {country: 'TR', relation: 'twin', since: '2023-05-23'},
  'stary-oskol': {country: 'RU', relation: 'twin', since: '2008-06-18'},
  dimitrovgrad: {country: 'RS', relation: 'twin', since: '2013-01-17'},
  prilep: {country: 'MK', relation: 'cooperation', since: '1993'},
  naousa: {country: 'GR', relation: 'cooperation', since: '1993'},
  kilkis: {country: 'GR', relation: 'cooperation', since: '1989'},
};

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

/** Badges with these attributes, side by side in one container (a plain div: fixtureSync), all loaded. */
async function badges(...all: Record<string, string>[]): Promise<{container: HTMLDivElement; badges: TwinCityBadge[]}> {
  const container = fixtureSync<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  const made = all.map((attributes) => {
    const badge = document.createElement('twin-city-badge');
    for (const [name, value] of Object.entries(attributes)) badge.setAttribute(name, value);
    const row = document.createElement('p');
    row.append(badge);
    container.append(row);
    return badge;
  });
  return {container, badges: await Promise.all(made.map((widget) => settled(widget)))};
}
const one = async (attributes: Record<string, string>) => (await badges(attributes)).badges[0]!;

const words = (value: string) => value.replace(/\s+/g, ' ').trim();
const text = (node: Node | null | undefined) => words(node?.textContent ?? '');
const $ = <E extends Element = HTMLElement>(badge: Element, selector: string) => badge.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(badge: Element, selector: string) => [...badge.shadowRoot!.querySelectorAll<E>(selector)];
const partText = (badge: Element, part: string) => text($(badge, `[part~=${part}]`));
const linkOf = (badge: Element) => $<HTMLAnchorElement>(badge, 'a[part~=link]');
/** Where the link goes, as a string (never the element: a failed assertion on a DOM node hangs the runner). */
const hrefOf = (badge: Element) => linkOf(badge)?.getAttribute('href') ?? 'no link';
const relOf = (badge: Element) => (linkOf(badge)?.rel ?? '').split(/\s+/).filter(Boolean).sort();

// ---------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------

describe('<twin-city-badge>: the full badge (the default)', () => {
  const cases: {lang: string; city: string}[] = [
    {lang: 'tr', city: 'kocaeli'},
    {lang: 'el', city: 'naousa'},
    {lang: 'en', city: 'dimitrovgrad'},
    {lang: 'ru', city: 'stary-oskol'},
    {lang: 'mk', city: 'prilep'},
    {lang: 'bg', city: 'kilkis'},
  ];
  for (const {lang, city} of cases) {
    const partner = PARTNERS[city]!;
    const relation = RELATION[lang]![partner.relation];
    it(`on ${city}’s site in ${lang}: “${relation}: ${ASENOVGRAD[lang]}”, its country, since when, and the flags`, async () => {
      const t = CATALOGUES[lang]!;
      const badge = await one({city, lang});
      const bulgaria = countryName(lang, 'BG');
      const since = t.since(dateIn(lang, partner.since));
      expect(partText(badge, 'relation')).to.equal(relation);
      expect(partText(badge, 'name')).to.equal(ASENOVGRAD[lang]);
      expect(partText(badge, 'country')).to.equal(bulgaria);
      expect(partText(badge, 'date')).to.equal(words(since));
      expect($(badge, '[part~=date]')!.getAttribute('datetime')).to.equal(partner.since);
      expect($(badge, '[part~=date]')!.localName).to.equal('time');
      // Read in this order: "Twin city: Asenovgrad, Bulgaria", then the date on a line of its own.
      expect(words($(badge, '[part~=badge]')!.innerText)).to.equal(words(`${relation}: ${ASENOVGRAD[lang]}, ${bulgaria} ${since}`));
      expect($$(badge, '[part~=badge] br').length, 'the date on a line of its own').to.equal(1);
      // The partner's flag, then the home town's, each named in the badge's language.
      const flags = $$<HTMLImageElement>(badge, 'img[part~=flag]');
      expect(flags.map((flag) => flag.alt)).to.deep.equal([t.flag(countryName(lang, partner.country)), t.flag(bulgaria)]);
      expect(flags.map((flag) => new URL(flag.src).pathname.split('/').pop())).to.deep.equal([`${partner.country.toLowerCase()}.svg`, 'bg.svg']);
      expect($(badge, '[part~=base]')!.getAttribute('lang')).to.equal(lang);
      await expect(badge).to.be.accessible();
    });
  }

  it('names the home town as a link to its site, which opens without giving the partner’s page away', async () => {
    const badge = await one({city: 'kocaeli', lang: 'tr'});
    const link = linkOf(badge);
    expect(link !== null, 'a link').to.equal(true);
    expect(link!.getAttribute('part')!.split(' ').sort()).to.deep.equal(['link', 'name']);
    expect(hrefOf(badge)).to.equal(HOME_SITE);
    expect(relOf(badge)).to.deep.equal(['noopener', 'noreferrer']);
    expect(text(link)).to.equal('Asenovgrad');
    link!.focus();
    expect(badge.shadowRoot!.activeElement === link, 'the link takes the focus').to.equal(true);
    await expect(badge).to.be.accessible();
  });
});

describe('<twin-city-badge variant="compact">', () => {
  const cases = [{lang: 'tr', city: 'kocaeli'}, {lang: 'el', city: 'naousa'}, {lang: 'ru', city: 'stary-oskol'}, {lang: 'mk', city: 'prilep'}];
  for (const {lang, city} of cases) {
    const relation = RELATION[lang]![PARTNERS[city]!.relation];
    it(`on ${city}’s site in ${lang}: one line, “${relation}: ${ASENOVGRAD[lang]}”, linking home`, async () => {
      const {container, badges: [compact, full]} = await badges({city, lang, variant: 'compact'}, {city, lang});
      expect(partText(compact!, 'badge')).to.equal(`${relation}: ${ASENOVGRAD[lang]}`);
      expect($(compact!, '[part~=country]') === null && $(compact!, '[part~=date]') === null, 'no country, no date').to.equal(true);
      expect(hrefOf(compact!)).to.equal(HOME_SITE);
      expect(relOf(compact!)).to.deep.equal(['noopener', 'noreferrer']);
      // One line of text, where the full badge has two.
      const lines = (badge: TwinCityBadge) => {
        const words = $(badge, '[part~=badge] > span:not(.flags)')!;
        return Math.round(words.getBoundingClientRect().height / parseFloat(getComputedStyle(words).lineHeight));
      };
      expect(lines(compact!), 'lines of the compact badge').to.equal(1);
      expect(lines(full!), 'lines of the full badge').to.equal(2);
      expect(compact!.getBoundingClientRect().height).to.be.below(full!.getBoundingClientRect().height);
      // Its flags are named: the words say nothing of the countries.
      expect($$<HTMLImageElement>(compact!, 'img[part~=flag]').map((flag) => flag.alt.length > 0)).to.deep.equal([true, true]);
      await expect(container).to.be.accessible();
    });
  }
});

describe('<twin-city-badge variant="icon">', () => {
  const cases = [{lang: 'tr', city: 'kocaeli'}, {lang: 'el', city: 'naousa'}, {lang: 'en', city: 'kilkis'}, {lang: 'mk', city: 'prilep'}];
  for (const {lang, city} of cases) {
    const partner = PARTNERS[city]!;
    const relation = RELATION[lang]![partner.relation];
    it(`on ${city}’s site in ${lang}: the flags, a link named “${relation}: ${ASENOVGRAD[lang]}, …”`, async () => {
      const t = CATALOGUES[lang]!;
      const badge = await one({city, lang, variant: 'icon'});
      const link = linkOf(badge);
      expect(link !== null && link.getAttribute('part')!.split(' ').includes('badge'), 'the badge is a link').to.equal(true);
      expect(hrefOf(badge)).to.equal(HOME_SITE);
      expect(relOf(badge)).to.deep.equal(['noopener', 'noreferrer']);
      // Its name for screen readers: the relation, the home town, its country and since when.
      const name = words(`${relation}: ${ASENOVGRAD[lang]}, ${countryName(lang, 'BG')} (${t.since(dateIn(lang, partner.since))})`);
      const hidden = link!.querySelector('.visually-hidden')!;
      expect(text(hidden)).to.equal(name);
      expect(text(link)).to.equal(name);
      // The same words are its tooltip.
      expect(words(link!.title)).to.equal(name);
      // And they are not seen: only the flags are, decoration beside the words.
      const box = hidden.getBoundingClientRect();
      expect(box.width <= 1 && box.height <= 1, `the words are visually hidden (${box.width}×${box.height})`).to.equal(true);
      const flags = $$<HTMLImageElement>(badge, 'img[part~=flag]');
      expect(flags.map((flag) => flag.getAttribute('alt'))).to.deep.equal(['', '']);
      expect(flags.every((flag) => flag.getBoundingClientRect().width > 8), 'the flags are seen').to.equal(true);
      await expect(badge).to.be.accessible();
    });
  }
});

describe('<twin-city-badge href>', () => {
  const cases: {href: string; expected: string; why: string}[] = [
    {href: 'https://example.org/', expected: 'https://example.org/', why: 'links to the page given'},
    {href: 'http://example.org/twins?from=kocaeli#top', expected: 'http://example.org/twins?from=kocaeli#top', why: 'links to the http page given'},
    {href: 'javascript:alert(1)', expected: HOME_SITE, why: 'ignores a javascript: URL and links home'},
    {href: 'data:text/html,<script>alert(1)</script>', expected: HOME_SITE, why: 'ignores a data: URL and links home'},
    {href: 'not a url', expected: HOME_SITE, why: 'ignores what is no URL and links home'},
  ];
  for (const c of cases) {
    for (const variant of ['full', 'icon']) {
      it(`href="${c.href}" (${variant}) ${c.why}`, async () => {
        const badge = await one({city: 'kocaeli', lang: 'en', variant, href: c.href});
        expect(hrefOf(badge)).to.equal(c.expected);
        expect(relOf(badge)).to.deep.equal(['noopener', 'noreferrer']);
        await expect(badge).to.be.accessible();
      });
    }
  }

  it('follows changes of href, and links home again once it is removed', async () => {
    const badge = await one({city: 'kocaeli', lang: 'en'});
    expect(hrefOf(badge)).to.equal(HOME_SITE);
    badge.setAttribute('href', 'https://example.org/twins');
    await badge.updateComplete;
    expect(hrefOf(badge)).to.equal('https://example.org/twins');
    badge.href = 'javascript:void(0)';
    await badge.updateComplete;
    expect(hrefOf(badge)).to.equal(HOME_SITE);
    badge.removeAttribute('href');
    await badge.updateComplete;
    expect(hrefOf(badge)).to.equal(HOME_SITE);
    await expect(badge).to.be.accessible();
  });
});

describe('<twin-city-badge>: a city that is not in the feed', () => {
  const cases = [{lang: 'en', variant: 'full'}, {lang: 'tr', variant: 'compact'}, {lang: 'el', variant: 'icon'}];
  for (const {lang, variant} of cases) {
    it(`says so as an alert naming it (lang="${lang}", ${variant})`, async () => {
      const badge = await one({city: 'atlantis', lang, variant});
      const alert = $(badge, '[role=alert]');
      expect(alert !== null, 'an alert').to.equal(true);
      expect(text(alert)).to.equal(CATALOGUES[lang]!.unknownCity('atlantis'));
      expect(text(alert)).to.include('atlantis');
      expect($(badge, '[part~=badge]') === null && linkOf(badge) === null, 'no badge, no link').to.equal(true);
      expect(alert!.getBoundingClientRect().height, 'the alert is seen').to.be.above(0);
      await expect(badge).to.be.accessible();
    });
  }

  it('shows the partner once the city is set to one the feed has', async () => {
    const badge = await one({city: 'atlantis', lang: 'en'});
    badge.setAttribute('city', 'kilkis');
    await badge.updateComplete;
    expect($(badge, '[role=alert]') === null, 'no alert').to.equal(true);
    expect(partText(badge, 'relation')).to.equal('Cooperation agreement');
    expect(partText(badge, 'date')).to.equal(`since ${dateIn('en', '1989')}`);
    await expect(badge).to.be.accessible();
  });
});

describe('<twin-city-badge>: every variant in every language, in both themes', () => {
  // German, which the widgets do not speak, shows English.
  const cases = [...LANGUAGES.map((lang) => ({lang, speaks: lang})), {lang: 'de', speaks: 'en'}];
  for (const {lang, speaks} of cases) {
    it(`lang="${lang}": full, compact and icon speak ${speaks} and pass axe, light and dark`, async () => {
      const {container, badges: all} = await badges(...['full', 'compact', 'icon'].map((variant) => ({city: 'kocaeli', lang, variant})));
      const [full, compact, icon] = all as [TwinCityBadge, TwinCityBadge, TwinCityBadge];
      const relation = RELATION[speaks]!.twin;
      for (const badge of all) {
        expect($(badge, '[part~=base]')!.getAttribute('lang'), `${badge.getAttribute('variant')} is marked as ${speaks}`).to.equal(speaks);
        expect(hrefOf(badge)).to.equal(HOME_SITE);
      }
      expect(partText(full, 'relation')).to.equal(relation);
      expect(partText(full, 'country')).to.equal(countryName(speaks, 'BG'));
      expect(partText(compact, 'badge')).to.equal(`${relation}: ${ASENOVGRAD[speaks]}`);
      expect(words(linkOf(icon)!.title).startsWith(`${relation}: ${ASENOVGRAD[speaks]}, ${countryName(speaks, 'BG')}`),
        `icon title “${linkOf(icon)!.title}”`).to.equal(true);
      await accessibleInBothThemes(container, all);
    });
  }
});

describe('<twin-city-badge home-name …>: a badge from attributes alone, for a site that cannot fetch the feed', () => {
  const kocaeli = {
    city: 'kocaeli', country: 'TR', 'home-name': 'Asenovgrad Belediyesi', 'home-country': 'BG', since: '2021-09-30', href: HOME_SITE,
  };

  it('in tr: the relation, the home town linked to href, its country, since when, and both flags', async () => {
    const badge = await one({...kocaeli, lang: 'tr'});
    const since = CATALOGUES.tr!.since(dateIn('tr', '2021-09-30'));
    expect(partText(badge, 'relation')).to.equal(RELATION.tr!.twin);
    expect(partText(badge, 'name')).to.equal('Asenovgrad Belediyesi');
    expect(partText(badge, 'country')).to.equal(countryName('tr', 'BG'));
    expect(partText(badge, 'date')).to.equal(words(since));
    expect(hrefOf(badge)).to.equal(HOME_SITE);
    expect(relOf(badge)).to.deep.equal(['noopener', 'noreferrer']);
    const flags = $$<HTMLImageElement>(badge, 'img[part~=flag]');
    expect(flags.map((flag) => new URL(flag.src).pathname.split('/').pop())).to.deep.equal(['tr.svg', 'bg.svg']);
    expect(flags.map((flag) => flag.alt)).to.deep.equal([CATALOGUES.tr!.flag(countryName('tr', 'TR')), CATALOGUES.tr!.flag(countryName('tr', 'BG'))]);
    await expect(badge).to.be.accessible();
  });

  it('in el, as an icon: a link named with the relation, the home town, its country and since when', async () => {
    const badge = await one({...kocaeli, lang: 'el', variant: 'icon', relation: 'cooperation', since: '1993'});
    const name = words(`${RELATION.el!.cooperation}: Asenovgrad Belediyesi, ${countryName('el', 'BG')} (${CATALOGUES.el!.since(dateIn('el', '1993'))})`);
    expect(words(linkOf(badge)!.title)).to.equal(name);
    expect(text(linkOf(badge))).to.equal(name);
    expect(hrefOf(badge)).to.equal(HOME_SITE);
    await expect(badge).to.be.accessible();
  });

  it('without href, since or city: the home town’s name as text, and no date', async () => {
    const {href, since, city, ...rest} = kocaeli;
    const badge = await one({...rest, lang: 'en', variant: 'full'});
    expect(partText(badge, 'name')).to.equal('Asenovgrad Belediyesi');
    expect(linkOf(badge) === null, 'no link').to.equal(true);
    expect($(badge, '[part~=date]') === null, 'no date').to.equal(true);
    expect(words($(badge, '[part~=badge]')!.innerText)).to.equal(`Twin city: Asenovgrad Belediyesi, ${countryName('en', 'BG')}`);
    await expect(badge).to.be.accessible();
  });

  it('follows a change of its attributes', async () => {
    const badge = await one({...kocaeli, lang: 'en'});
    badge.setAttribute('since', '1998');
    badge.setAttribute('relation', 'partner');
    badge.setAttribute('home-name', 'Asenovgrad Municipality');
    await settled(badge);
    expect(partText(badge, 'relation')).to.equal('Partner city');
    expect(partText(badge, 'name')).to.equal('Asenovgrad Municipality');
    expect(partText(badge, 'date')).to.equal(`since ${dateIn('en', '1998')}`);
    await expect(badge).to.be.accessible();
  });

  it('leaves out a bad date with a warning naming it, and shows the rest', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const badge = await one({...kocaeli, lang: 'en', since: '2023-02-30'});
      expect(partText(badge, 'name')).to.equal('Asenovgrad Belediyesi');
      expect($(badge, '[part~=date]') === null, 'no date').to.equal(true);
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.include('partners[0].since');
    } finally {
      console.warn = warn;
    }
  });

  const badCountries = [
    {attribute: 'home-country', path: 'home'},
    {attribute: 'country', path: 'country'},
  ];
  for (const {attribute, path} of badCountries) {
    it(`says in its language what is wrong when ${attribute} is not a country`, async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const badge = await one({...kocaeli, lang: 'tr', [attribute]: 'Bulgaria'});
        const alert = $(badge, '[role=alert]');
        expect(alert !== null, 'an alert').to.equal(true);
        expect(text(alert)).to.include(CATALOGUES.tr!.failed(CATALOGUES.tr!.errors.invalid(path)));
        expect(linkOf(badge) === null, 'no link').to.equal(true);
        await expect(badge).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });
  }
});
