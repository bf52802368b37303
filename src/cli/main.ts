/**
 * `twin-cities`, the command-line tools for feeds: a table of commands, each a module of its own. A new
 * command is a Command (./command.ts) and one line in COMMANDS.
 */
import {parseArgs} from 'node:util';
import type {Command} from './command.js';
import {fromCsv, toCsv} from './csv.js';
import {CliError} from './io.js';
import {render} from './render.js';
import {validate} from './validate.js';
import {fromWikidata, wikidataQueryCommand} from './wikidata.js';

const COMMANDS: Record<string, Command> = {
  validate,
  'to-csv': toCsv,
  'from-csv': fromCsv,
  'wikidata-query': wikidataQueryCommand,
  'from-wikidata': fromWikidata,
  render,
};

const HELP = `Usage: twin-cities COMMAND [options]

Tools for twin-cities feeds (format version 1):
${Object.entries(COMMANDS).map(([name, {summary}]) => `  ${name.padEnd(16)}${summary}`).join('\n')}

twin-cities COMMAND --help tells more of each.`;

/** Runs the tool with the command line's arguments; returns the exit status. */
export async function main(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return print(HELP, name === undefined ? 2 : 0);
  const command = COMMANDS[name];
  try {
    if (!command) throw new CliError(`unknown command "${name}"; the commands are ${Object.keys(COMMANDS).join(', ')}`, 2);
    const {values, positionals} = parse(name, command, rest);
    if (values.help) return print(`Usage: twin-cities ${command.usage} [options]\n\n${command.help}`, 0);
    const {min, max = Infinity} = command.positionals;
    if (positionals.length < min || positionals.length > max) {
      throw new CliError(`${name} takes ${command.usage.split(' ').slice(1).join(' ')} (twin-cities ${name} --help)`, 2);
    }
    return await command.run(positionals, values);
  } catch (error) {
    // One line, never a stack trace: a CliError says what to do; anything else is a fault of the tool itself.
    const message = error instanceof CliError ? error.message : `internal error: ${(error as Error)?.message ?? error}`;
    process.stderr.write(`twin-cities: ${message}\n`);
    return error instanceof CliError ? error.status : 1;
  }
}

function parse(name: string, command: Command, args: string[]) {
  try {
    return parseArgs({args, options: {...command.options, help: {type: 'boolean', short: 'h'}}, allowPositionals: true, strict: true});
  } catch (error) {
    // Node's own message names the option ("Unknown option '--colour'"); its advice on "--" does not apply here.
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new CliError(`${name}: ${message.charAt(0).toLowerCase()}${message.slice(1)} (twin-cities ${name} --help)`, 2);
  }
}

function print(text: string, status: number) {
  (status ? process.stderr : process.stdout).write(`${text}\n`);
  return status;
}
