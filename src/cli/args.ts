// The CLI's arguments: `--json`, `-h`/`--help`, `--` ends the options, `-` is stdin, anything else a file.
import { msg } from '../engine/messages';
import { CliError, shown } from './cli-error';

export interface CliArgs {
  json: boolean;
  help: boolean;
  files: string[];
  /** the first usage error; the whole line is still read, so a later `--json` shapes how it is reported */
  error?: CliError;
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { json: false, help: false, files: [] };
  let options = true;
  for (const a of argv) {
    if (!options || a === '-' || !a.startsWith('-')) args.files.push(a);
    else if (a === '--') options = false;
    else if (a === '--json') args.json = true;
    else if (a === '-h' || a === '--help') args.help = true;
    else args.error ??= new CliError('usage', msg('cli.error.unknownOption', { option: shown(a) }), true);
  }
  if (!args.help && args.files.length === 0) args.error ??= new CliError('usage', msg('cli.error.noInput'), true);
  return args;
}
