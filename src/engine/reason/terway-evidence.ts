// What shows that Terway is in the paste, line by line, so the verdict can say why it thinks so:
// a finding one of Terway's components wrote, a line that names Terway's CNI (`plugin type="terway"`,
// eni.socket, 10-terway.conflist) or carries its banner or stack, a terway pod, an event from a Terway
// component, Terway's eni-config. Shared signals (OpenAPI codes, SDK errors, an unnamed CNI) are not.
import type { Collected } from '../analysis/collector';
import type { ProducerIndex } from '../provenance/producer-index';
import type { Attribution } from './attribution';
import { isTerwayPod } from './terway-pods';
import { display } from './display';
import { msg } from '../messages';

export interface TerwayEvidence {
  line: number;
  text: string;
  why: string;
}

const MAX_EVIDENCE = 8;

/** Terway's own custom resources (network.alibabacloud.com): only a Terway cluster has them */
const TERWAY_CRDS: Partial<Record<string, string>> = {
  'describe-node-cr': 'Node (network.alibabacloud.com)',
  'describe-podeni': 'PodENI',
  'describe-podnetworking': 'PodNetworking',
  'describe-networkinterface': 'NetworkInterface',
};

export function terwayEvidence(c: Collected, producers: ProducerIndex, who: Attribution): TerwayEvidence[] {
  const out: TerwayEvidence[] = [];
  const own = (id: string | undefined) => !!id && producers.get(id)?.owner === 'terway';
  const name = (id: string) => producers.get(id)?.name ?? id;

  for (const g of c.groups) {
    const id = who.producerOf(g);
    if (own(id) && g.evidence[0])
      out.push({
        line: g.firstLine,
        text: g.evidence[0].text,
        why: msg('evidence.terway.finding', { signal: display(g), producer: name(id!) }),
      });
  }
  for (const m of c.marks)
    if (own(m.producer))
      out.push({
        line: m.start,
        text: m.text,
        why: msg(m.scope === 'mention' ? 'evidence.terway.mention' : 'evidence.terway.fingerprint', {
          producer: name(m.producer),
        }),
      });
  c.documents.forEach((d, i) => {
    if (d.kind === 'prompt' && own(who.documents[i]) && d.command)
      out.push({
        line: d.lines.start,
        text: d.command,
        why: msg('evidence.terway.logsOf', { producer: name(who.documents[i]!) }),
      });
    const crd = TERWAY_CRDS[d.kind];
    if (crd) out.push({ line: d.lines.start, text: d.title ?? crd, why: msg('evidence.terway.crd', { kind: crd }) });
  });
  for (const p of c.pods)
    if (isTerwayPod(p.name))
      out.push({ line: p.lines.start, text: p.name, why: msg('evidence.terway.pod', { pod: p.name }) });
  for (const o of c.objects)
    if (isTerwayPod(o.name))
      out.push({ line: o.lines.start, text: o.name, why: msg('evidence.terway.pod', { pod: o.name }) });
  for (const e of c.events) {
    const source = producers.ofEventSource(e.source ?? e.reportingController);
    if (source?.owner === 'terway')
      out.push({
        line: e.lines.start,
        text: `${e.reason} ${e.message}`.slice(0, 300),
        why: msg('evidence.terway.event', { source: e.source ?? e.reportingController ?? source.name }),
      });
  }
  for (const cfg of c.configs)
    out.push({ line: cfg.lines.start, text: cfg.name, why: msg('evidence.terway.config', { name: cfg.name }) });
  for (const i of c.inspects)
    out.push({
      line: i.lines.start,
      text: `inspect-terway-${i.script}.sh`,
      why: msg('evidence.terway.inspect', { script: `inspect-terway-${i.script}.sh` }),
    });

  // one reason per line, in the order of the paste
  const seen = new Set<number>();
  return out
    .sort((a, b) => a.line - b.line)
    .filter((e) => !seen.has(e.line) && seen.add(e.line))
    .slice(0, MAX_EVIDENCE);
}
