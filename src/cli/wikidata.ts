import {feedFromWikidata, wikidataQuery} from '../tools/wikidata.js';
import {json, line, output, report, type Command} from './command.js';
import {CliError, readJson, writeOutput} from './io.js';

const QID = /^Q[1-9]\d*$/;
const qid = (value: unknown) => {
  if (typeof value !== 'string' || !QID.test(value)) throw new CliError(`"${value}" is not a Wikidata id (Q and digits, e.g. Q191871)`, 2);
  return value;
};

export const wikidataQueryCommand: Command = {
  usage: 'wikidata-query QID',
  summary: "prints the SPARQL query of a town's twin towns on Wikidata, for its query service",
  help: `Prints the query for the Wikidata item QID (Asenovgrad is Q191871) and its "twinned administrative
body" (P190) statements: names in the widgets' nine languages, country codes, coordinates, official sites,
start dates and their precision. Paste it into Wikidata's query service (query.wikidata.org), run it, and
download the result as JSON ("Download" → "JSON file"); then: twin-cities from-wikidata query.json --home QID

Options:
  -o, --output FILE   write the query to FILE instead of standard output`,
  options: {...output},
  positionals: {min: 1, max: 1},
  async run([id], options) {
    await writeOutput(options.output as string | undefined, wikidataQuery(qid(id)));
    return 0;
  },
};

export const fromWikidata: Command = {
  usage: 'from-wikidata RESULTS.json --home QID',
  summary: 'makes a feed from the JSON result of that query',
  help: `Makes a feed from RESULTS.json, the result of "twin-cities wikidata-query QID" as the query service
downloads it (SPARQL 1.1 JSON results), offline. Each partner gets an id from its English name, relation
"twin", and "since" at the precision Wikidata gives (a year stays "1993"). What cannot go into a valid feed
(a partner without a country, a website that is not http(s)) is left out and listed on standard error.

Options:
  --home QID       the home town's Wikidata id, as given to wikidata-query (required)
  -o, --output FILE   write the feed to FILE instead of standard output

Exit status: 0 when all is converted, 1 when anything was left out or cannot be read, 2 for a usage error.`,
  options: {home: {type: 'string'}, ...output},
  positionals: {min: 1, max: 1},
  async run([source], options) {
    if (options.home === undefined) throw new CliError('from-wikidata needs --home QID, the home town\'s Wikidata id', 2);
    const home = qid(options.home);
    const {feed, problems} = feedFromWikidata(await readJson(source!), home);
    report(source!, problems.map(line));
    if (!feed) return 1;
    await writeOutput(options.output as string | undefined, json(feed));
    return problems.length ? 1 : 0;
  },
};
