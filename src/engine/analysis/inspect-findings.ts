// What the inspect scripts' output says is wrong by itself. inspect-terway-cluster.sh prints
// `eni_conf: invalid JSON` / `not set` and `ipam_type: unknown` when the eni-config ConfigMap has
// no readable eni_conf: terway-init then stops with `failed process input` on every node.
import type { InspectRecord } from '../records';
import type { CompiledCatalog } from '../match/compiled-catalog';
import type { Occurrence } from '../match/aggregate';

const ENTRY = 'init-config-missing';

export function inspectOccurrences(
  rec: InspectRecord,
  catalog: CompiledCatalog,
  textOf: (line: number) => string | undefined,
): Occurrence[] {
  if (rec.script !== 'cluster') return [];
  const v = rec.values;
  const bad =
    v['eni-config.eni_conf'] === 'invalid JSON' ||
    v['eni-config.eni_conf'] === 'not set' ||
    (v['eni-config.ipam_type'] === 'unknown' && v['eni-config.ipam_mode'] === 'unknown');
  const entry = catalog.byId.get(ENTRY);
  if (!bad || !entry) return [];
  // the line that shows it: `eni_conf: invalid JSON`, else `ipam_type: unknown`
  let line = rec.lines.start;
  let text = textOf(line) ?? '';
  for (const probe of [/^eni_conf:\s/, /^ipam_type:\s/]) {
    let found = false;
    for (let n = rec.lines.start; n <= rec.lines.end; n++) {
      const t = textOf(n);
      if (t !== undefined && probe.test(t.trim())) {
        line = n;
        text = t;
        found = true;
        break;
      }
    }
    if (found) break;
  }
  return [
    {
      entry,
      captures: { detail: v['eni-config.eni_conf'] ?? `ipam_type ${v['eni-config.ipam_type'] ?? 'unknown'}` },
      count: 1,
      line,
      text,
      origin: { kind: 'inspect', script: 'inspect-terway-cluster.sh' },
    },
  ];
}
