// <twin-city-badge>: the badge a partner town puts on its own site, "twinned with Asenovgrad, Bulgaria,
// since …", linking back to Asenovgrad's site; in three variants, in every language.
import {expect} from '@open-wc/testing';
import {LANGUAGES} from '../src/i18n/locale.js';
import '../src/define/twin-city-badge.js';
import type {TwinCityBadge} from '../src/twin-city-badge.js';
import {
  $, $$, ASENOVGRAD, RELATION, container, countryName, dateIn, mount, partText, settled, text, warnings, words,
} from './helpers.js';
import {CATALOGUES} from './catalogues.js';

/** Asenovgrad's site, as the feed has it (a URL's normal form ends the host with "/"). */
const HOME_SITE = 'https://www.asenovgrad.bg/';

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

/** Badges with these attributes, each in a paragraph of its own in one container, all loaded. */
async function badges(...all: Record<string, string>[]): Promise<TwinCityBadge[]> {
  const parent = container(720);
  return Promise.all(all.map((attributes) => settled(mount('twin-city-badge', attributes, {parent: parent.appendChild(document.createElement('p'))}))));
}
const one = async (attributes: Record<string, string>) => (await badges(attributes))[0]!;
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
  });
});

describe('<twin-city-badge variant="compact">', () => {
  const cases = [{lang: 'tr', city: 'kocaeli'}, {lang: 'el', city: 'naousa'}, {lang: 'ru', city: 'stary-oskol'}, {lang: 'mk', city: 'prilep'}];
  for (const {lang, city} of cases) {
    const relation = RELATION[lang]![PARTNERS[city]!.relation];
    it(`on ${city}’s site in ${lang}: one line, “${relation}: ${ASENOVGRAD[lang]}”, linking home`, async () => {
      const [compact, full] = await badges({city, lang, variant: 'compact'}, {city, lang});
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
    });
  }

  it('shows the partner once the city is set to one the feed has', async () => {
    const badge = await one({city: 'atlantis', lang: 'en'});
    badge.setAttribute('city', 'kilkis');
    await badge.updateComplete;
    expect($(badge, '[role=alert]') === null, 'no alert').to.equal(true);
    expect(partText(badge, 'relation')).to.equal('Cooperation agreement');
    expect(partText(badge, 'date')).to.equal(`since ${dateIn('en', '1989')}`);
  });
});

describe('<twin-city-badge>: every variant in every language', () => {
  // German, which the widgets do not speak, shows English.
  const cases = [...LANGUAGES.map((lang) => ({lang, speaks: lang})), {lang: 'de', speaks: 'en'}];
  for (const {lang, speaks} of cases) {
    it(`lang="${lang}": full, compact and icon speak ${speaks}`, async () => {
      const all = await badges(...['full', 'compact', 'icon'].map((variant) => ({city: 'kocaeli', lang, variant})));
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
  });

  it('in el, as an icon: a link named with the relation, the home town, its country and since when', async () => {
    const badge = await one({...kocaeli, lang: 'el', variant: 'icon', relation: 'cooperation', since: '1993'});
    const name = words(`${RELATION.el!.cooperation}: Asenovgrad Belediyesi, ${countryName('el', 'BG')} (${CATALOGUES.el!.since(dateIn('el', '1993'))})`);
    expect(words(linkOf(badge)!.title)).to.equal(name);
    expect(text(linkOf(badge))).to.equal(name);
    expect(hrefOf(badge)).to.equal(HOME_SITE);
  });

  it('without href, since or city: the home town’s name as text, and no date', async () => {
    const {href, since, city, ...rest} = kocaeli;
    const badge = await one({...rest, lang: 'en', variant: 'full'});
    expect(partText(badge, 'name')).to.equal('Asenovgrad Belediyesi');
    expect(linkOf(badge) === null, 'no link').to.equal(true);
    expect($(badge, '[part~=date]') === null, 'no date').to.equal(true);
    expect(words($(badge, '[part~=badge]')!.innerText)).to.equal(`Twin city: Asenovgrad Belediyesi, ${countryName('en', 'BG')}`);
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
  });

  it('leaves out a bad date with a warning naming it, and shows the rest', async () => {
    const badge = await one({...kocaeli, lang: 'en', since: '2023-02-30'});
    expect(partText(badge, 'name')).to.equal('Asenovgrad Belediyesi');
    expect($(badge, '[part~=date]') === null, 'no date').to.equal(true);
    expect(warnings.paths()).to.deep.equal(['partners[0].since']);
  });

  // The attributes are checked as a feed: a bad home refuses it whole; a bad country skips its only partner.
  const badCountries = [
    {attribute: 'home-country', path: 'home', warned: ['home']},
    {attribute: 'country', path: 'country', warned: ['partners[0]']},
  ];
  for (const {attribute, path, warned} of badCountries) {
    it(`says in its language what is wrong when ${attribute} is not a country`, async () => {
      const badge = await one({...kocaeli, lang: 'tr', [attribute]: 'Bulgaria'});
      const alert = $(badge, '[role=alert]');
      expect(alert !== null, 'an alert').to.equal(true);
      expect(text(alert)).to.include(CATALOGUES.tr!.failed(CATALOGUES.tr!.errors.invalid(path)));
      expect(linkOf(badge) === null, 'no link').to.equal(true);
      expect(warnings.paths()).to.deep.equal(warned);
    });
  }
});
