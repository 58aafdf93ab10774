// A finding names the signal as the paste spells it: another wording of a variant's alternation, the
// SOP's capitalisation of a code, a format string's filled holes, an unrecognised line's own words.
// The JSON's `signal` stays Terway's spelling; `signalText` and the CLI's text show the paste's.
import { describe, it, expect, beforeAll } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { CompiledCatalog } from '../../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../../src/node/load-catalog';
import { toJsonContract } from '../../../src/engine/report-json';
import { formatText } from '../../../src/cli/format-text';

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

async function finding(line: string, id: string) {
  const report = await analyze([{ name: 'paste', text: line }], catalog);
  const f = toJsonContract(report).findings.find((x) => x.id === id);
  expect(f, `${id} in ${report.findings.map((x) => x.id).join(', ')}`).toBeDefined();
  return { f: f!, text: formatText(report) };
}

describe('signalText', () => {
  it('shows the sibling wording the paste used, not the first of the alternation', async () => {
    const { f, text } = await finding(
      'E0220 10:11:12.131415       1 terway-controlplane.go:266] "unable to create controller" err="failed to get restmapping" controller="preheating" logger="setup"',
      'cp-create-controller-failed',
    );
    // either the catalog has this wording as a variant of its own, or signalText carries it
    expect(f.signalText ?? f.signal).toBe('unable to create controller');
    expect(text).toContain('unable to create controller — ');
  });

  it.each<[string, string, string, string, string | undefined]>([
    [
      "keeps the paste's capitalisation of an OpenAPI code",
      'allocate ip failed: InvalidVSwitchID.IPNotEnough: the vswitch has no free ip',
      'openapi-vswitch-ip-not-enough',
      'InvalidVSwitchId.IpNotEnough',
      'InvalidVSwitchID.IPNotEnough',
    ],
    [
      'adds nothing when the paste spells the signal as Terway does',
      'E0220 10:11:12.131415       1 terway-controlplane.go:256] "unable create controller" err="no matches for kind" logger="setup"',
      'cp-create-controller-failed',
      'unable create controller',
      undefined,
    ],
    [
      'names an unrecognised line by its own words, on one line',
      'E1201 07:22:05.538273       1 widget.go:52] "frobnication failed"\tcode=17   retry=false',
      'unrecognised-error-line',
      'error',
      'frobnication failed code=17 retry=false',
    ],
  ])('%s', async (_, line, id, signal, signalText) => {
    const { f } = await finding(line, id);
    expect(f.signal).toBe(signal);
    expect(f.signalText).toBe(signalText);
  });
});
