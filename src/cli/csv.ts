import {feedFromCsv, feedToCsv, type CsvProblem} from '../tools/csv.js';
import {feedProblems} from '../tools/problems.js';
import {json, line, output, report, type Command} from './command.js';
import {CliError, readJson, readSchema, readText, writeOutput} from './io.js';

const LAYOUT = `Columns, one row per partner (the header names them; their order is free):
  id, name, country, region, lat, lon, languages, url, wikidata, relation, since, status, formerName,
  summary, history
Text (name, region, formerName, summary) is one plain column, or a column per language: name.bg, name.en…
languages is a list of tags ("sr, bg"); history is the events as JSON, as in the feed. See the README.`;

export const toCsv: Command = {
  usage: 'to-csv FEED',
  summary: "writes a feed's partners as CSV, one row per partner, for a spreadsheet",
  help: `Writes the partners of FEED (a file or an http(s) URL) as CSV, UTF-8 with a byte-order mark.
The feed's problems, if any, are listed on standard error; the CSV keeps the values as the feed has them.

${LAYOUT}

Options:
  --history FILE   the history as a sheet of its own, one row per event, in FILE (columns partner, date,
                   type, actor, text, with actor.bg, text.en… per language)
  --semicolon      separate cells with ";" (as spreadsheets in Bulgaria and Turkey expect)
  -o, --output FILE   write the CSV to FILE instead of standard output

Exit status: 0 when the CSV is written, 1 when the feed cannot be read or shown, 2 for a usage error.`,
  options: {history: {type: 'string'}, semicolon: {type: 'boolean'}, ...output},
  positionals: {min: 1, max: 1},
  async run([source], options) {
    const feed = await readJson(source!);
    const problems = feedProblems(feed, await readSchema());
    report(source!, problems.map(line));
    if (problems.some((problem) => problem.effect === 'feed')) return 1;
    const history = options.history as string | undefined;
    const sheets = feedToCsv(feed, {separator: options.semicolon ? ';' : ',', historySheet: history !== undefined});
    if (history !== undefined) await writeOutput(history, sheets.history!);
    await writeOutput(options.output as string | undefined, sheets.partners);
    return 0;
  },
};

export const fromCsv: Command = {
  usage: 'from-csv PARTNERS.csv --home HOME.json',
  summary: 'makes a feed from a CSV of partners and the home place',
  help: `Makes a feed from PARTNERS.csv and HOME.json, the home place ({"id", "name", "country", …}) or a feed,
whose home and "updated" are taken. The CSV may be UTF-8 with or without a byte-order mark, with "," or ";"
between cells, as Excel and LibreOffice save it. Each problem names its row and column:
  partners.csv: row 4, column "country": "Turkey" is not an ISO 3166-1 alpha-2 code; the row is skipped
A bad row or cell is left out and the rest converted; the feed is checked as the widgets check it.

${LAYOUT}

Options:
  --home FILE      the home place, or a feed (required)
  --history FILE   the history from a sheet of its own (as to-csv --history writes it)
  -o, --output FILE   write the feed to FILE instead of standard output

Exit status: 0 when all is converted, 1 when anything was left out or cannot be read, 2 for a usage error.`,
  options: {home: {type: 'string'}, history: {type: 'string'}, ...output},
  positionals: {min: 1, max: 1},
  async run([partners], options) {
    if (options.home === undefined) throw new CliError('from-csv needs --home HOME.json, the home place', 2);
    const home = await readJson(options.home as string);
    const historyFile = options.history as string | undefined;
    const {feed, problems} = feedFromCsv(await readText(partners!), home, historyFile === undefined ? undefined : await readText(historyFile));
    const files = {partners: partners!, history: historyFile!, home: options.home as string};
    for (const problem of problems) report(files[problem.file], [describe(problem)]);
    if (!feed) return 1;
    await writeOutput(options.output as string | undefined, json(feed));
    return problems.length ? 1 : 0;
  },
};

/** `row 4, column "country": …`, or `home.url: …` for the home place. */
function describe(problem: CsvProblem) {
  const columns = problem.columns?.map((column) => `"${column}"`).join(', ');
  const place = problem.row === undefined ? problem.path
    : `row ${problem.row}${columns ? `, column${problem.columns!.length > 1 ? 's' : ''} ${columns}` : ''}`;
  return line({path: place, message: problem.message});
}
