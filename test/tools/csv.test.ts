import {expect} from '@open-wc/testing';
import {feedFromCsv, feedToCsv, type CsvOptions} from '../../src/tools/csv.js';

const json = async (path: string) => (await fetch(path)).json();
/** A file's text as it is, byte-order mark included (Response.text() would drop it). */
const raw = async (path: string) => new TextDecoder('utf-8', {ignoreBOM: true}).decode(await (await fetch(path)).arrayBuffer());

describe('feedToCsv and feedFromCsv: a round trip gives back the same feed', () => {
  const feeds = ['/data/twin-cities.json', '/test/fixtures/tools/every-field.json'];
  const ways: CsvOptions[] = [{}, {separator: ';'}, {historySheet: true}, {historySheet: true, separator: ';'}];
  for (const file of feeds) {
    for (const options of ways) {
      it(`${file}, ${JSON.stringify(options)}`, async () => {
        const feed = await json(file);
        const {partners, history} = feedToCsv(feed, options);
        expect(partners.startsWith('\uFEFFid')).to.equal(true);
        expect(history === undefined).to.equal(!options.historySheet);
        const back = feedFromCsv(partners, feed, history);
        expect(back.problems).to.deep.equal([]);
        expect(back.feed).to.deep.equal(feed);
      });
    }
  }
});

describe('feedFromCsv: spreadsheets and bad rows', () => {
  it("reads Excel's CSV (byte-order mark, ';', CRLF, quotes, line breaks in cells, decimal commas) as LibreOffice's", async () => {
    const home = await json('/test/fixtures/cli/home.json');
    const excel = await raw('/test/fixtures/cli/excel-semicolon.csv');
    expect(excel.charAt(0)).to.equal('\uFEFF');
    const fromExcel = feedFromCsv(excel, home);
    const fromLibreOffice = feedFromCsv(await raw('/test/fixtures/cli/comma.csv'), home);
    expect(fromExcel.problems).to.deep.equal([]);
    expect(fromExcel.feed).to.deep.equal(fromLibreOffice.feed);
    expect(fromExcel.feed!.partners.map((p) => p.location)).to.deep.equal([{lat: 40.7667, lon: 29.9167}, {lat: 39.1206, lon: 27.1803}]);
  });

  it('names each bad row and column, leaves it out, and converts the rest', async () => {
    const {feed, problems} = feedFromCsv(await raw('/test/fixtures/cli/bad-rows.csv'), await json('/test/fixtures/cli/home.json'));
    expect(problems).to.deep.include({file: 'partners', row: 4, columns: ['country'],
      message: '"Turkey" is not an ISO 3166-1 alpha-2 code; the row is skipped'});
    expect(problems).to.deep.include({file: 'partners', row: 5, columns: ['lat'], message: '"north" is not a number; the location is left out'});
    expect(feed!.partners.map((p) => p.id)).to.deep.equal(['kilkis', 'prilep', 'bergama', 'denpasar']);
  });

  it('gives no feed, and one problem, for a header with columns the format does not have', async () => {
    const {feed, problems} = feedFromCsv('id,name,country,relation,colour\nkilkis,Kilkis,GR,twin,red\n', {id: 'a', name: 'A', country: 'BG'});
    expect(feed).to.equal(undefined);
    expect(problems.length).to.equal(1);
    expect(problems[0]!.message).to.match(/^unknown column "colour"; the columns are id, name/);
  });
});
