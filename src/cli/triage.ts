// Headless CLI on the same engine: npm run --silent triage -- [--json] [--lang zh|en] [--] <file|->...
// Exit 0 on a completed analysis whatever it found; 2 for bad usage, unreadable input or unwritable output,
// always with a one-line message on stderr (and, with --json, an error object on stdout).
import type { Report } from '../engine/index';
import { analyze, CompiledCatalog } from '../engine/pipeline';
import { loadCatalogFromDir, loadMessages } from '../node/load-catalog';
import { toJsonContract, toJsonError } from '../engine/report-json';
import { msg, useLanguage, type Lang, type MessageTable } from '../engine/messages';
import { formatText } from './format-text';
import { parseArgs, requestedLang } from './args';
import { CliError, reasonOf } from './cli-error';
import { openInputs, withBytesRead } from './inputs';

/** Settles once `text` is handed to stdout; rejects on EPIPE (the reader went away), ENOSPC and the like. */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.once('error', reject);
    process.stdout.write(text, (e) => (e ? reject(e) : resolve()));
  });
}

/** The text (or JSON) report; throws a CliError when it cannot be made. */
async function run(files: string[], json: boolean, lang: Lang, messages: MessageTable): Promise<string> {
  const opened = openInputs(files);
  let catalog: CompiledCatalog;
  try {
    catalog = new CompiledCatalog(loadCatalogFromDir(undefined, lang));
  } catch (e) {
    throw new CliError('internal', msg('cli.error.catalog', { reason: reasonOf(e) }));
  }
  const sources = opened.map((o) => o.source);
  let report: Report;
  try {
    report = withBytesRead(await analyze(sources, catalog, { lang, messages }), opened);
  } catch (e) {
    throw e instanceof CliError ? e : new CliError('input', msg('cli.error.readFailed', { reason: reasonOf(e) }));
  }
  return json ? JSON.stringify(toJsonContract(report), null, 2) + '\n' : formatText(report);
}

async function main(argv: string[]): Promise<number> {
  const lang = requestedLang(argv, process.env);
  const messages = loadMessages(lang);
  useLanguage(lang, messages);
  const args = parseArgs(argv, lang);
  let output: string;
  try {
    if (args.error) throw args.error;
    output = args.help ? msg('cli.usage') + '\n' : await run(args.files, args.json, lang, messages);
  } catch (e) {
    const err = e instanceof CliError ? e : new CliError('internal', reasonOf(e));
    process.stderr.write(`triage: ${err.message}\n${err.showUsage ? msg('cli.usage') + '\n' : ''}`);
    if (args.json) await writeOut(JSON.stringify(toJsonError(err.code, err.message), null, 2) + '\n').catch(() => {});
    return 2;
  }
  try {
    await writeOut(output);
    return 0;
  } catch (e) {
    process.stderr.write(`triage: ${msg('cli.error.cannotWrite', { reason: reasonOf(e) })}\n`);
    return 2;
  }
}

// exit explicitly: an input left unread (stdin after an error) must not keep the process alive
void main(process.argv.slice(2)).then((code) => process.exit(code));
