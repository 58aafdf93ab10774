// Headless CLI on the same engine: npm run --silent triage -- [--json] <file|->...
// Exit 0 on a completed analysis whatever it found; 2 for bad usage or unreadable input.
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { analyze, type EngineSource } from '../engine/analyze';
import { CompiledCatalog } from '../engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../engine/catalog/load-node';
import { toJsonContract } from '../engine/report-json';
import { formatText } from './format-text';

const USAGE = `usage: npm run --silent triage -- [--json] <file>... ('-' reads stdin)

Analyses kubectl describe/events/get pods output and Terway, kubelet and containerd logs
the way the Terway troubleshooting SOP does, and prints a verdict with next steps.
  --json   print exactly one JSON object (the public contract) instead of text`;

function fail(message: string): never {
  process.stderr.write(`triage: ${message}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  let json = false;
  const files: string[] = [];
  for (const a of argv) {
    if (a === '--json') json = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      return;
    } else if (a.startsWith('--') || (a.startsWith('-') && a !== '-')) fail(`unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (files.length === 0) fail(`no input given\n${USAGE}`);

  const sources: EngineSource[] = files.map((f) => {
    if (f === '-')
      return { name: 'stdin', stream: Readable.toWeb(process.stdin) as ReadableStream<Uint8Array>, size: 0 };
    let size: number;
    try {
      const st = statSync(f);
      if (!st.isFile()) fail(`${f} is not a regular file`);
      size = st.size;
    } catch (e) {
      fail(
        `cannot read ${f}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
      );
    }
    return { name: f, stream: Readable.toWeb(createReadStream(f)) as ReadableStream<Uint8Array>, size };
  });

  let catalog: CompiledCatalog;
  try {
    catalog = new CompiledCatalog(loadCatalogFromDir());
  } catch (e) {
    fail(`the catalog does not compile: ${(e as Error).message}`);
  }
  let report;
  try {
    report = await analyze(sources, catalog);
  } catch (e) {
    fail(`cannot read input: ${(e as Error).message}`);
  }
  process.stdout.write(json ? JSON.stringify(toJsonContract(report), null, 2) + '\n' : formatText(report));
}

main(process.argv.slice(2)).catch((e: unknown) => fail((e as Error).message));
