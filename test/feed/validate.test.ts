import {expect} from '@open-wc/testing';
import {FeedError} from '../../src/feed/errors.js';
import {MAX_TEXT, validateFeed} from '../../src/feed/validate.js';
import {warnings} from '../helpers.js';

const home = {id: 'asenovgrad', name: {bg: 'Асеновград', en: 'Asenovgrad'}, country: 'BG'};
const kilkis = {id: 'kilkis', name: 'Kilkis', country: 'GR', relation: 'twin'};
const prilep = {id: 'prilep', name: 'Prilep', country: 'MK', relation: 'cooperation'};
/** A feed with `entry` between two good partners, so it is `partners[1]`. */
const around = (entry: unknown) => ({version: 1, home, partners: [kilkis, entry, prilep]});
const partner = (fields: Record<string, unknown>) => ({id: 'naousa', name: 'Naousa', country: 'GR', relation: 'twin', ...fields});
const fixture = async (file: string) => (await fetch(`/test/fixtures/feeds/${file}`)).text();

/** The warnings given so far, taken: each one's text by the path it names. */
const warned = () => Object.fromEntries(warnings.take().map((warning) => [warning.path, warning.text]));

function invalid(json: unknown): FeedError {
  try {
    validateFeed(json);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('invalid');
    return error as FeedError;
  }
  throw new Error('expected the feed to be refused');
}

describe('validateFeed: a good feed', () => {
  it('returns valid data unchanged and skips nothing', async () => {
    const json = JSON.parse(await fixture('good.json'));
    const {feed, skipped} = validateFeed(json);
    expect(feed).to.deep.equal(json);
    expect(skipped).to.deep.equal([]);
    expect(warned()).to.deep.equal({});
  });

  it('shows a partner without status as active', () => {
    expect(validateFeed(around(partner({}))).feed.partners[1]!.status).to.equal('active');
  });

  it('keeps http and https links', () => {
    const {partners} = validateFeed({version: 1, home, partners: [
      partner({id: 'a', url: 'http://example.org/town'}),
      partner({id: 'b', url: 'https://example.org/town?lang=en'}),
    ]}).feed;
    expect(partners.map((p) => p.url)).to.deep.equal(['http://example.org/town', 'https://example.org/town?lang=en']);
  });
});

describe('validateFeed: feeds that cannot be shown at all', () => {
  // A home that is not one is also warned of, by its path; the rest of a refused feed is not read.
  const cases: {what: string; json: unknown; path: string; names: string; warned?: string[]}[] = [
    {what: 'null', json: null, path: '', names: 'null'},
    {what: 'an array', json: [home], path: '', names: 'array'},
    {what: 'a string', json: '{"version": 1}', path: '', names: 'string'},
    {what: 'no version', json: {home, partners: []}, path: 'version', names: 'missing'},
    {what: 'version 2', json: {version: 2, home, partners: []}, path: 'version', names: '2'},
    {what: 'version "1" as a string', json: {version: '1', home, partners: []}, path: 'version', names: '"1"'},
    {what: 'no partners', json: {version: 1, home}, path: 'partners', names: 'undefined'},
    {what: 'partners as an object', json: {version: 1, home, partners: {kilkis}}, path: 'partners', names: 'object'},
    {what: 'no home', json: {version: 1, partners: []}, path: 'home', names: 'undefined', warned: ['home']},
    {what: 'a home without id', json: {version: 1, home: {...home, id: undefined}, partners: []}, path: 'home', names: 'id', warned: ['home']},
    {what: 'a home with a bad country', json: {version: 1, home: {...home, country: 'XX'}, partners: []}, path: 'home', names: 'country', warned: ['home']},
    {
      what: 'a home with a bad country and one bad name language',
      json: {version: 1, home: {...home, name: {en: 'Asenovgrad', 'not a tag': 'x'}, country: 'XX'}, partners: []},
      path: 'home',
      names: 'country',
      warned: ['home.name.not a tag', 'home'],
    },
  ];
  for (const c of cases) {
    it(`refuses ${c.what}, naming the field`, () => {
      const error = invalid(c.json);
      expect(error.detail.path).to.equal(c.path);
      expect(error.message).to.include(c.names);
      expect(Object.keys(warned())).to.deep.equal(c.warned ?? []);
    });
  }
});

describe('validateFeed: bad entries are skipped, the others kept', () => {
  const cases: {what: string; entry: unknown; names: string}[] = [
    {what: 'no id', entry: {...kilkis, id: undefined}, names: 'id'},
    {what: 'an id with upper case', entry: {...kilkis, id: 'Naousa'}, names: 'id'},
    {what: 'an id with spaces', entry: {...kilkis, id: 'new town'}, names: 'id'},
    {what: 'an id that is an object', entry: {...kilkis, id: {en: 'naousa'}}, names: 'id'},
    {what: 'no name', entry: {...kilkis, id: 'naousa', name: undefined}, names: 'name'},
    {what: 'a name that is a number', entry: {...kilkis, id: 'naousa', name: 42}, names: 'name'},
    {what: 'an empty name', entry: {...kilkis, id: 'naousa', name: ''}, names: 'name'},
    {what: 'a blank name', entry: {...kilkis, id: 'naousa', name: '   '}, names: 'name'},
    {what: 'a name that is an empty object', entry: {...kilkis, id: 'naousa', name: {}}, names: 'name'},
    {what: 'the user-assigned country "XX"', entry: {...kilkis, id: 'naousa', country: 'XX'}, names: 'country'},
    {what: 'the lower-case country "tr"', entry: {...kilkis, id: 'naousa', country: 'tr'}, names: 'country'},
    {what: 'the three-letter country "TUR"', entry: {...kilkis, id: 'naousa', country: 'TUR'}, names: 'country'},
    {what: 'the unknown country "ZZ"', entry: {...kilkis, id: 'naousa', country: 'ZZ'}, names: 'country'},
    {what: 'an id already used by a partner', entry: {...kilkis, name: 'Second Kilkis'}, names: 'duplicate'},
    {what: 'an id already used by home', entry: {...kilkis, id: 'asenovgrad'}, names: 'duplicate'},
    {what: 'null', entry: null, names: 'null'},
    {what: 'an array', entry: [kilkis], names: 'array'},
    {what: 'a number', entry: 7, names: 'number'},
  ];
  for (const c of cases) {
    it(`skips an entry with ${c.what} and warns with its index`, () => {
      const {feed, skipped} = validateFeed(around(c.entry));
      expect(feed.partners).to.deep.equal([{...kilkis, status: 'active'}, {...prilep, status: 'active'}]);
      expect(skipped.map((s) => s.path)).to.include('partners[1]');
      const warning = warned();
      expect(Object.keys(warning)).to.deep.equal(skipped.map((s) => s.path));
      expect(warning['partners[1]']).to.include(c.names);
    });
  }
});

describe('validateFeed: bad fields are dropped, their entry kept', () => {
  const cases: {what: string; field: string; value: unknown}[] = [
    {what: 'a javascript: link', field: 'url', value: 'javascript:alert(1)'},
    {what: 'a mixed-case JaVaScRiPt: link', field: 'url', value: 'JaVaScRiPt:alert(1)'},
    {what: 'a javascript: link behind a tab', field: 'url', value: '\tjavascript:alert(1)'},
    {what: 'a data: link', field: 'url', value: 'data:text/html,<script>alert(1)</script>'},
    {what: 'a vbscript: link', field: 'url', value: 'vbscript:msgbox(1)'},
    {what: 'a protocol-relative link', field: 'url', value: '//evil.example'},
    {what: 'a relative link', field: 'url', value: '/x'},
    {what: 'a link that is not a string', field: 'url', value: {href: 'https://example.org'}},
    {what: 'latitude 91', field: 'location', value: {lat: 91, lon: 0}},
    {what: 'longitude -181', field: 'location', value: {lat: 0, lon: -181}},
    {what: 'coordinates as strings', field: 'location', value: {lat: '40.6', lon: '22.1'}},
    {what: 'coordinates as an array', field: 'location', value: [40.6, 22.1]},
    {what: 'a missing longitude', field: 'location', value: {lat: 40.6}},
    {what: 'the impossible date 2023-02-30', field: 'since', value: '2023-02-30'},
    {what: 'the impossible month 1993-13', field: 'since', value: '1993-13'},
    {what: 'the two-digit year 93', field: 'since', value: '93'},
    {what: 'a year as a number', field: 'since', value: 1993},
    {what: 'the wikidata id "q11506"', field: 'wikidata', value: 'q11506'},
    {what: 'the wikidata id "Q0"', field: 'wikidata', value: 'Q0'},
    {what: 'the status "closed"', field: 'status', value: 'closed'},
    {what: 'languages that are a string', field: 'languages', value: 'tr'},
    {what: 'no languages', field: 'languages', value: []},
    {what: 'an empty region', field: 'region', value: ''},
    {what: 'a summary that is a number', field: 'summary', value: 5},
    {what: 'a history that is an object', field: 'history', value: {date: '1993', type: 'visit'}},
  ];
  for (const c of cases) {
    it(`drops ${c.what} from ${c.field} and warns with index and field`, () => {
      const {feed, skipped} = validateFeed(around(partner({[c.field]: c.value})));
      const kept = feed.partners[1]!;
      expect(kept.id).to.equal('naousa');
      if (c.field === 'status') expect(kept.status).to.equal('active');
      else expect(kept).not.to.have.property(c.field);
      expect(skipped.map((s) => s.path)).to.deep.equal([`partners[1].${c.field}`]);
      expect(Object.keys(warned())).to.deep.equal([`partners[1].${c.field}`]);
    });
  }

  it('shows an unknown relation as "partner" and warns', () => {
    const {feed} = validateFeed(around(partner({relation: 'sister'})));
    expect(feed.partners[1]!.relation).to.equal('partner');
    const warning = warned();
    expect(Object.keys(warning)).to.deep.equal(['partners[1].relation']);
    expect(warning['partners[1].relation']).to.include('sister');
  });

  it('shows an unknown event type as "other" and warns', () => {
    const {feed} = validateFeed(around(partner({history: [{date: '1993', type: 'party'}]})));
    expect(feed.partners[1]!.history).to.deep.equal([{date: '1993', type: 'other'}]);
    const warning = warned();
    expect(Object.keys(warning)).to.deep.equal(['partners[1].history[0].type']);
    expect(warning['partners[1].history[0].type']).to.include('party');
  });

  it('skips only the event with a bad date, keeping the other events', () => {
    const history = [{date: '1993', type: 'agreement-signed'}, {date: '1999-02-30', type: 'handover'}, {date: '2001', type: 'visit'}];
    const {feed} = validateFeed(around(partner({history})));
    expect(feed.partners[1]!.history).to.deep.equal([history[0], history[2]]);
    const warning = warned();
    expect(Object.keys(warning)).to.deep.equal(['partners[1].history[1]']);
    expect(warning['partners[1].history[1]']).to.include('date');
  });

  it('drops one bad language of a text and keeps the good ones', () => {
    const name = {en: 'Naousa', 'not a tag': 'Νάουσα', el: 'Νάουσα', bg: ''};
    const {feed} = validateFeed(around(partner({name})));
    expect(feed.partners[1]!.name).to.deep.equal({en: 'Naousa', el: 'Νάουσα'});
    expect(Object.keys(warned())).to.deep.equal(['partners[1].name.not a tag', 'partners[1].name.bg']);
  });

  it('drops a "__proto__" language of a text and keeps the good ones', () => {
    const name = JSON.parse('{"en": "Naousa", "__proto__": "x"}');
    const {feed} = validateFeed(around(partner({name})));
    expect(feed.partners[1]!.name).to.deep.equal({en: 'Naousa'});
    expect(Object.keys(feed.partners[1]!.name)).to.deep.equal(['en']);
    expect(Object.keys(warned())).to.deep.equal(['partners[1].name.__proto__']);
  });

  it('drops one bad language tag of a place and keeps the others', () => {
    const {feed} = validateFeed(around(partner({languages: ['el', 'not a tag', 7, 'bg']})));
    expect(feed.partners[1]!.languages).to.deep.equal(['el', 'bg']);
    expect(Object.keys(warned())).to.deep.equal(['partners[1].languages[1]', 'partners[1].languages[2]']);
  });

  it('drops an impossible "updated" date of the feed and warns', () => {
    const {feed} = validateFeed({version: 1, updated: '2026-02-30', home, partners: []});
    expect(feed).not.to.have.property('updated');
    expect(Object.keys(warned())).to.deep.equal(['updated']);
  });

  it('drops a bad optional field of home and keeps home', () => {
    const {feed} = validateFeed({version: 1, home: {...home, url: 'javascript:alert(1)'}, partners: []});
    expect(feed.home).to.deep.equal(home);
    expect(Object.keys(warned())).to.deep.equal(['home.url']);
  });
});

describe('validateFeed: unknown fields are ignored, so that newer feeds still show', () => {
  const cases: {where: string; json: unknown; path: string}[] = [
    {where: 'the feed', json: {version: 1, home, partners: [], colour: 'red'}, path: 'colour'},
    {where: 'home', json: {version: 1, home: {...home, colour: 'red'}, partners: []}, path: 'home.colour'},
    {where: 'a partner', json: around(partner({colour: 'red'})), path: 'partners[1].colour'},
    {where: 'an event', json: around(partner({history: [{date: '1993', type: 'visit', colour: 'red'}]})), path: 'partners[1].history[0].colour'},
    {where: 'a location', json: around(partner({location: {lat: 40.6, lon: 22.1, colour: 'red'}})), path: 'partners[1].location.colour'},
  ];
  for (const c of cases) {
    it(`ignores an unknown field of ${c.where}, keeping the rest`, () => {
      const {feed, skipped} = validateFeed(c.json);
      expect(JSON.stringify(feed)).not.to.include('colour');
      expect(feed.partners.length).to.equal((c.json as {partners: unknown[]}).partners.length);
      expect(skipped).to.deep.equal([]);
      expect(warned(), `nothing said of ${c.path}`).to.deep.equal({});
    });
  }
});

describe('validateFeed: hostile feeds', () => {
  it('does not let "__proto__" or "constructor" keys change any prototype', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    const {feed} = validateFeed(JSON.parse(await fixture('prototype-pollution.json')));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getOwnPropertyNames(Object.prototype)).to.deep.equal(before);
    expect(feed.home.name).to.deep.equal({en: 'Asenovgrad'});
    expect(feed.partners.map((p) => p.id)).to.deep.equal(['kilkis']);
    // The keys are dropped as languages of a name, and the entry whose fields hid under "__proto__" has no id.
    expect(Object.keys(warned())).to.deep.equal(['home.name.__proto__', 'home.name.constructor', 'partners[1]']);
    const kilkisOut = feed.partners[0]!;
    expect(kilkisOut.relation).to.equal('twin');
    const results: object[] = [feed, feed.home, feed.home.name as object, kilkisOut, kilkisOut.history![0]!];
    for (const object of results) {
      expect(Object.getPrototypeOf(object)).to.equal(Object.prototype);
      expect(Object.hasOwn(object, '__proto__') || Object.hasOwn(object, 'constructor')).to.equal(false);
      expect((object as Record<string, unknown>).polluted).to.equal(undefined);
    }
  });

  it(`cuts a string longer than ${MAX_TEXT} characters to ${MAX_TEXT}, ending with "…"`, () => {
    const long = 'a'.repeat(MAX_TEXT + 1000);
    const {feed} = validateFeed(around(partner({name: long, summary: {en: long}})));
    const naousa = feed.partners[1]!;
    for (const text of [naousa.name as string, (naousa.summary as Record<string, string>).en!]) {
      expect(text).to.have.length(MAX_TEXT);
      expect(text.endsWith('…')).to.equal(true);
    }
  });

  it(`keeps a string of exactly ${MAX_TEXT} characters whole`, () => {
    const exact = 'a'.repeat(MAX_TEXT);
    expect(validateFeed(around(partner({name: exact}))).feed.partners[1]!.name).to.equal(exact);
  });
});
