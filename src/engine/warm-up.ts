// A worker that has just started compiles the catalog and its scan tables (every worker), and the one that
// analyses runs the pipeline once on a few lines, while the page waits for input anyway: the first paste
// or segment then finds the tables built and the hot functions compiled, instead of paying for both.

import { analyze } from './analyze';
import type { CompiledCatalog } from './match/compiled-catalog';
import { scanLiteralsOf } from './analysis/collector';
import { scanText } from './parse/scan-text';

// a describe fragment, an event row and klog lines: one of each path the first real input is likely to take
const SAMPLE = [
  'Name:         web-0',
  'Namespace:    default',
  'Events:',
  '  Type     Reason                  Age   From     Message',
  '  ----     ------                  ----  ----     -------',
  '  Warning  FailedCreatePodSandBox  10s   kubelet  Failed to create pod sandbox: rpc error',
  'I0101 00:00:00.000000       1 server.go:1] "handle rpc" method="/rpc.TerwayBackend/GetIPInfo"',
  'W0101 00:00:01.000000       1 pool.go:2] "sync pool" idle=0',
].join('\n');

/** What every worker needs first, a helper that scans segments too: the catalog's scan tables, built. */
export function warmScan(catalog: CompiledCatalog): void {
  scanText(SAMPLE, false, scanLiteralsOf(catalog));
}

/** The worker that analyses: the whole pipeline run once, so its code is compiled before the first input. */
export async function warmUp(catalog: CompiledCatalog): Promise<void> {
  warmScan(catalog);
  await analyze([{ name: 'warm-up', text: SAMPLE }], catalog);
}
