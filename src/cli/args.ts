// The CLI's arguments: `--json`, `--lang zh|en`, `-h`/`--help`, `--` ends the options, `-` is stdin,
// anything else a file.
import { LANGS, languageOf, msg, type Lang } from '../engine/messages';
import { CliError, shown } from './cli-error';

export interface CliArgs {
  json: boolean;
  help: boolean;
  files: string[];
  /** `--lang`, else the locale of the environment (LC_ALL, LC_MESSAGES, LANG: zh_* is Chinese) */
  lang: Lang;
  /** the first usage error; the whole line is still read, so a later `--json` shapes how it is reported */
  error?: CliError;
}

/** The language asked for: `--lang zh`, `--lang=zh`, else the environment's locale. Read before the rest, so usage errors speak it. */
export function requestedLang(argv: string[], env: Record<string, string | undefined>): Lang {
  const end = argv.indexOf('--');
  const opts = end < 0 ? argv : argv.slice(0, end);
  for (let i = 0; i < opts.length; i++) {
    const v = opts[i] === '--lang' ? opts[i + 1] : opts[i]!.startsWith('--lang=') ? opts[i]!.slice(7) : undefined;
    if (v !== undefined && (LANGS as readonly string[]).includes(v)) return v as Lang;
  }
  return languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export function parseArgs(argv: string[], lang: Lang = 'en'): CliArgs {
  const args: CliArgs = { json: false, help: false, files: [], lang };
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!options || a === '-' || !a.startsWith('-')) args.files.push(a);
    else if (a === '--') options = false;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a === '--lang' ? argv[++i] : a.slice(7);
      if (!(LANGS as readonly string[]).includes(v ?? ''))
        args.error ??= new CliError(
          'usage',
          msg('cli.error.badLang', { value: shown(v ?? ''), langs: LANGS.join(', ') }),
          true,
        );
    } else if (a === '--json') args.json = true;
    else if (a === '-h' || a === '--help') args.help = true;
    else args.error ??= new CliError('usage', msg('cli.error.unknownOption', { option: shown(a) }), true);
  }
  if (!args.help && args.files.length === 0) args.error ??= new CliError('usage', msg('cli.error.noInput'), true);
  return args;
}
