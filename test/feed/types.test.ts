import {expect} from '@open-wc/testing';
import {Validator, type Schema} from '@cfworker/json-schema';
import {
  EVENT_TYPES, RELATIONS, STATUSES,
  type Feed, type Location, type Partner, type Place, type TwinEvent,
} from '../../src/feed/types.js';
import {validateFeed} from '../../src/feed/validate.js';
import {warnings} from '../helpers.js';

const json = async (path: string) => (await fetch(path)).json();

// The schema as published, read as plain data to compare its parts with the types.
interface SchemaObject {
  properties: Record<string, {enum?: string[]}>;
  required: string[];
}
interface FeedSchema extends SchemaObject {
  $defs: Record<'Place' | 'Partner' | 'Event' | 'Location', SchemaObject>;
}

let schema: FeedSchema;
let shipped: unknown;
let validator: Validator;
before(async () => {
  [schema, shipped] = await Promise.all([json('/data/twin-cities.schema.json'), json('/data/twin-cities.json')]);
  validator = new Validator(schema as unknown as Schema, '2020-12', false);
});

/**
 * One of each type with every field filled in: `Required<…>` makes the compiler (`npm run check`) refuse
 * a missing field and an object literal an extra one, so the keys below are exactly the types' fields.
 */
const place: Required<Place> = {
  id: 'x', name: 'x', country: 'GR', region: 'x', location: {lat: 0, lon: 0}, languages: ['el'], url: 'https://x.example', wikidata: 'Q1',
};
const event: Required<TwinEvent> = {date: '1993', type: 'other', actor: 'x', text: 'x'};
const partner: Required<Omit<Partner, keyof Place>> = {
  relation: 'twin', since: '1993', status: 'active', formerName: 'x', summary: 'x', history: [event],
};
const feed: Required<Feed> = {version: 1, updated: '2026-11-24', home: place, partners: []};
const location: Required<Location> = {lat: 0, lon: 0};

describe('the schema and the types say the same', () => {
  const objects = [
    {name: 'the feed', fields: Object.keys(feed), of: () => schema},
    {name: 'Place', fields: Object.keys(place), of: () => schema.$defs.Place},
    {name: 'Partner', fields: Object.keys(partner), of: () => schema.$defs.Partner},
    {name: 'Event', fields: Object.keys(event), of: () => schema.$defs.Event},
    {name: 'Location', fields: Object.keys(location), of: () => schema.$defs.Location},
  ];
  for (const o of objects) {
    it(`lists the same fields for ${o.name}`, () => {
      expect(Object.keys(o.of().properties)).to.have.members([...o.fields]);
    });
  }

  const enums = [
    {name: 'relation', values: RELATIONS, of: () => schema.$defs.Partner.properties.relation},
    {name: 'status', values: STATUSES, of: () => schema.$defs.Partner.properties.status},
    {name: 'event type', values: EVENT_TYPES, of: () => schema.$defs.Event.properties.type},
  ];
  for (const e of enums) {
    it(`allows the same values for ${e.name}`, () => {
      expect(e.of()!.enum).to.have.members([...e.values]);
    });
  }

  const required = [
    {name: 'the feed', fields: ['version', 'home', 'partners'], of: () => schema},
    {name: 'Place', fields: ['id', 'name', 'country'], of: () => schema.$defs.Place},
    {name: 'Partner', fields: ['relation'], of: () => schema.$defs.Partner},
    {name: 'Event', fields: ['date', 'type'], of: () => schema.$defs.Event},
    {name: 'Location', fields: ['lat', 'lon'], of: () => schema.$defs.Location},
  ];
  for (const r of required) {
    it(`requires ${r.fields.join(', ')} of ${r.name}`, () => {
      expect(r.of().required).to.have.members(r.fields);
    });
  }
});

describe('the schema and validateFeed agree', () => {
  const goodFeeds = ['good.json', 'minimal.json'];
  for (const file of goodFeeds) {
    it(`both accept ${file}`, async () => {
      const feed = await json(`/test/fixtures/feeds/${file}`);
      expect(validator.validate(feed).errors).to.deep.equal([]);
      expect(validateFeed(feed).skipped).to.deep.equal([]);
    });
  }

  type Path = (string | number)[];
  /** good.json with one value replaced (or removed, for `undefined`). */
  async function withDefect(path: Path, value: unknown) {
    const feed = await json('/test/fixtures/feeds/good.json');
    const parent = path.slice(0, -1).reduce((object, key) => object[key], feed);
    const last = path.at(-1)!;
    if (value === undefined) delete parent[last];
    else parent[last] = value;
    return feed;
  }
  const partner = (...path: Path): Path => ['partners', 0, ...path];
  // What validateFeed warns of, by path: the entry or the field it leaves out, or the home that makes it refuse the feed.
  const cases: {what: string; path: Path; value: unknown; warned: string[]}[] = [
    {what: 'version 2', path: ['version'], value: 2, warned: []},
    {what: 'no partners', path: ['partners'], value: undefined, warned: []},
    {what: 'a home without country', path: ['home', 'country'], value: undefined, warned: ['home']},
    {what: 'a partner that is null', path: partner(), value: null, warned: ['partners[0]']},
    {what: 'a partner without id', path: partner('id'), value: undefined, warned: ['partners[0]']},
    {what: 'an upper-case id', path: partner('id'), value: 'Naousa', warned: ['partners[0]']},
    {what: 'an empty name', path: partner('name'), value: '', warned: ['partners[0]']},
    {what: 'a lower-case country', path: partner('country'), value: 'gr', warned: ['partners[0]']},
    {what: 'no relation', path: partner('relation'), value: undefined, warned: ['partners[0].relation']},
    {what: 'an unknown relation', path: partner('relation'), value: 'sister', warned: ['partners[0].relation']},
    {what: 'an unknown status', path: partner('status'), value: 'closed', warned: ['partners[0].status']},
    {what: 'month 13', path: partner('since'), value: '1993-13', warned: ['partners[0].since']},
    {what: 'a two-digit year', path: partner('since'), value: '93', warned: ['partners[0].since']},
    {what: 'a javascript: link', path: partner('url'), value: 'javascript:alert(1)', warned: ['partners[0].url']},
    {what: 'a relative link', path: partner('url'), value: '/naousa', warned: ['partners[0].url']},
    {what: 'a lower-case wikidata id', path: partner('wikidata'), value: 'q1010523', warned: ['partners[0].wikidata']},
    {what: 'latitude 91', path: partner('location', 'lat'), value: 91, warned: ['partners[0].location']},
    {what: 'a location without lon', path: partner('location', 'lon'), value: undefined, warned: ['partners[0].location']},
    {what: 'no languages', path: partner('languages'), value: [], warned: ['partners[0].languages']},
    {what: 'a bad language tag', path: partner('languages', 0), value: 'not a tag', warned: ['partners[0].languages[0]', 'partners[0].languages']},
    {what: 'a bad text language', path: partner('name', 'not a tag'), value: 'Naousa', warned: ['partners[0].name.not a tag']},
    {what: 'an empty region object', path: partner('region'), value: {}, warned: ['partners[0].region']},
    {what: 'an event without type', path: partner('history', 0, 'type'), value: undefined, warned: ['partners[0].history[0].type']},
    {what: 'an unknown event type', path: partner('history', 0, 'type'), value: 'party', warned: ['partners[0].history[0].type']},
    {what: 'an event with a bad date', path: partner('history', 0, 'date'), value: '1993-00', warned: ['partners[0].history[0]']},
  ];
  for (const c of cases) {
    it(`both report ${c.what}`, async () => {
      const feed = await withDefect(c.path, c.value);
      expect(validator.validate(feed).valid, 'schema').to.equal(false);
      let reported: boolean;
      try {
        reported = validateFeed(feed).skipped.length > 0;
      } catch {
        reported = true;
      }
      expect(reported, 'validateFeed').to.equal(true);
      expect(warnings.paths(), 'the warnings').to.deep.equal(c.warned);
    });
  }

  // The schema holds authors to version 1 exactly; widgets ignore fields they do not know, so that a
  // feed written for a later minor version still shows, whole, in an older widget.
  const unknown: {where: string; path: Path}[] = [
    {where: 'the feed', path: ['colour']},
    {where: 'home', path: ['home', 'colour']},
    {where: 'a partner', path: partner('colour')},
    {where: 'a location', path: partner('location', 'alt')},
    {where: 'an event', path: partner('history', 0, 'colour')},
  ];
  for (const c of unknown) {
    it(`the schema rejects an unknown field of ${c.where}, which widgets ignore without losing anything`, async () => {
      const feed = await withDefect(c.path, 'red');
      expect(validator.validate(feed).valid, 'schema').to.equal(false);
      const good = validateFeed(await withDefect(c.path, undefined));
      const {feed: read, skipped} = validateFeed(feed);
      expect(skipped).to.deep.equal([]);
      expect(read).to.deep.equal(good.feed);
    });
  }
});

describe('the shipped feed data/twin-cities.json', () => {
  it('is valid by the schema', () => {
    expect(validator.validate(shipped).errors).to.deep.equal([]);
  });

  it('is valid by validateFeed, nothing skipped', () => {
    expect(validateFeed(shipped).skipped).to.deep.equal([]);
  });

  it('is published by Asenovgrad, Bulgarian-speaking', () => {
    const {home} = validateFeed(shipped).feed;
    expect(home.id).to.equal('asenovgrad');
    expect(home.country).to.equal('BG');
    expect(home.languages).to.deep.equal(['bg']);
  });

  it('lists the nine partners in order, with the date each relation began', () => {
    const partners = validateFeed(shipped).feed.partners.map(({id, since}) => [id, since]);
    expect(partners).to.deep.equal([
      ['kocaeli', '2023-05-23'],
      ['denpasar', '2013-08-05'],
      ['dimitrovgrad', '2013-01-17'],
      ['nilufer', '2012-05-02'],
      ['stary-oskol', '2008-06-18'],
      ['prilep', '1993'],
      ['naousa', '1993'],
      ['bergama', '1992'],
      ['kilkis', '1989'],
    ]);
  });

  it('names the mayor behind each council decision', () => {
    const decisions = validateFeed(shipped).feed.partners.flatMap(({id, history = []}) =>
      history.filter((e) => e.type === 'council-decision').map((e) => [id, e.date, (e.actor as Record<string, string>).bg]));
    expect(decisions).to.deep.equal([
      ['kocaeli', '2023-05-23', 'д-р Христо Грудев'],
      ['denpasar', '2013-08-05', 'д-р Емил Караиванов'],
      ['dimitrovgrad', '2013-01-17', 'д-р Емил Караиванов'],
      ['nilufer', '2012-05-02', 'д-р Емил Караиванов'],
      ['stary-oskol', '2008-06-18', 'д-р Христо Грудев'],
    ]);
  });

  it('tells that Naousa was Stenimachos: signed in 1993, handed over in 1999', () => {
    const naousa = validateFeed(shipped).feed.partners.find((p) => p.id === 'naousa') as Partner;
    expect((naousa.formerName as Record<string, string>).en).to.equal('Stenimachos');
    expect(naousa.history!.map(({date, type}) => [date, type])).to.deep.equal([['1993', 'agreement-signed'], ['1999', 'handover']]);
  });
});
