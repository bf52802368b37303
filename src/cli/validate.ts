import {feedProblems, type Problem} from '../tools/problems.js';
import {line, type Command} from './command.js';
import {CliError, readSchema, readText} from './io.js';

export const validate: Command = {
  usage: 'validate FEED…',
  summary: 'checks feeds (files or http(s) URLs) as the widgets and the schema read them',
  help: `Lists every problem of each feed with its place and a plain sentence:
  feed.json: partners[1].country: missing; the entry is skipped
Problems marked "the schema" are ones the widgets accept or ignore but the format's JSON Schema does not.

Options:
  --json      the problems as JSON: [{"feed": "feed.json", "problems": [{"path", "message", "effect"}]}]

Exit status: 0 when no feed has a problem, 1 when any has (or cannot be read), 2 for a usage error.`,
  options: {json: {type: 'boolean'}},
  positionals: {min: 1},
  async run(feeds, {json}) {
    const schema = await readSchema();
    const results: {feed: string; problems: Problem[]}[] = [];
    let status = 0;
    for (const feed of feeds) {
      try {
        const problems = check(await readText(feed), schema);
        results.push({feed, problems});
        if (problems.length) status = 1;
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        process.stderr.write(`twin-cities: ${error.message}\n`);
        status = 1;
      }
    }
    const text = json ? `${JSON.stringify(results, null, 2)}\n`
      : results.map(({feed, problems}) => (problems.length ? problems.map((problem) => `${feed}: ${line(problem)}\n`).join('') : `${feed}: no problem\n`)).join('');
    process.stdout.write(text);
    return status;
  },
};

/** Text that is not JSON is a feed the widgets cannot show: a problem like any other. */
function check(text: string, schema: object): Problem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return [{path: '', message: `not valid JSON (${(error as Error).message}); the feed cannot be shown`, effect: 'feed'}];
  }
  return feedProblems(parsed, schema);
}
