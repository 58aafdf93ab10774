// Event message clean-up shared by every layout: client-go's aggregation prefix, kubectl 1.35's fieldPath prefix,
// and truncation marks.

import type { EventRecord } from '../../records';

const COMBINED = '(combined from similar events): ';
const FIELD_PATH_PREFIX = /^(spec\.(?:initContainers|containers|ephemeralContainers)\{[^}]*\}): /;

/** Splits `kubelet, node-1` (1.8–1.19) and `{kubelet 10.0.0.1}` (≤1.5) into component and host. */
export function splitSource(cell: string): { source?: string; sourceHost?: string } {
  let t = cell.trim();
  if (t.length === 0 || t === '<none>') return {};
  if (t.startsWith('{') && t.endsWith('}')) {
    t = t.slice(1, -1).trim();
    const sp = t.indexOf(' ');
    if (sp === -1) return t.length > 0 ? { source: t } : {};
    return { source: t.slice(0, sp), sourceHost: t.slice(sp + 1).trim() };
  }
  const comma = t.indexOf(', ');
  if (comma === -1) return { source: t };
  return { source: t.slice(0, comma), sourceHost: t.slice(comma + 2).trim() };
}

/** Final touches once all continuation lines are in. */
export function finishEventMessage(ev: EventRecord): EventRecord {
  let m = ev.message.trimEnd();
  if (m.startsWith(COMBINED)) {
    m = m.slice(COMBINED.length);
    ev.combined = true;
  }
  const fp = FIELD_PATH_PREFIX.exec(m);
  if (fp !== null) {
    m = m.slice(fp[0].length);
    ev.object = { ...(ev.object ?? {}), fieldPath: fp[1] as string };
    // kubectl 1.35 writes the fieldPath in front of the message, so the aggregation prefix comes after it
    if (m.startsWith(COMBINED)) {
      m = m.slice(COMBINED.length);
      ev.combined = true;
    }
  }
  if (m.endsWith('...') || m.endsWith('…')) ev.truncated = true;
  ev.message = m;
  return ev;
}
