// A daemon and a controlplane of different releases is a finding of its own: the two share CRDs,
// annotations and events, and the usual cause is an upgrade stopped halfway.
import type { Evidence, Finding } from '../report';
import { msg } from '../messages';
import { versionsDiffer, type TerwayVersions } from './version-facts';

export const VERSION_MISMATCH_ID = 'terway-version-mismatch';

export function versionMismatch(versions: TerwayVersions): { finding: Finding; sentence: string } | undefined {
  if (!versionsDiffer(versions)) return undefined;
  const daemon = versions.daemon!;
  const controlplane = versions.controlplane!;
  const names = { daemon: daemon.value, controlplane: controlplane.value };
  const evidence: Evidence[] = [daemon, controlplane]
    .flatMap((v) => (v.text === undefined ? [] : [{ line: v.line, text: v.text }]))
    .sort((a, b) => a.line - b.line);
  return {
    finding: {
      id: VERSION_MISMATCH_ID,
      title: msg('versionMismatch.title'),
      signal: msg('versionMismatch.signal', names),
      kind: 'version-mismatch',
      category: 'configuration',
      severity: 'warning',
      sopStep: 1,
      count: 1,
      captures: names,
      origin: msg('versionMismatch.origin'),
      explanation: msg('versionMismatch.explanation'),
      fix: msg('versionMismatch.fix'),
      evidence,
      evidenceTotal: evidence.length,
    },
    sentence: msg('verdict.versionMismatch', names),
  };
}
