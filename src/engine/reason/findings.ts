// Aggregated groups → report findings, ordered root cause first.
import type { Group, Origin } from '../match/aggregate';
import type { Finding } from '../report';
import { KIND_TRAITS, type CatalogEntry } from '../catalog/types';
import { signalTextOf } from './display';
import { listOf } from '../text/joins';
import { msg } from '../messages';

/** How far down the causal chain a signal sits: higher is closer to the root cause. */
export function rootScore(g: Group): number {
  const e = g.entry;
  const category = g.variant?.category ?? e.category;
  if (category === 'informational') return 0;
  const severity = g.variant?.severity ?? e.severity;
  let score = e.kind === 'event' ? eventScore(g.origin) : KIND_TRAITS[e.kind].rootScore;
  if (isCatchAll(g)) score -= 25;
  // a wrapper around an inner error (kubelet's sandbox message, the CNI's `failed to do add`)
  if (g.variant?.envelope) score -= 30;
  if (severity === 'info') score -= 30;
  else if (severity === 'warning') score -= 5;
  return Math.max(score, 1);
}

function eventScore(o: Origin): number {
  const kind = o.kind === 'event' ? (o.object?.kind ?? '') : '';
  if (/^node/i.test(kind)) return 70; // core Node or Terway Node CR: node-level IPAM trouble
  if (/podeni|networkinterface|podnetworking/i.test(kind)) return 65;
  return 55;
}

/** A variant that matches any message (the compiler marks it): the reason is known, the cause is not. */
export function isCatchAll(g: Group): boolean {
  if (g.entry.kind !== 'event') return false;
  return !g.variant || g.variant.catchAll === true;
}

export function legacyHint(versions: string): string {
  const last = /[–-]\s*(v\d+\.\d+\.\d+)/.exec(versions)?.[1];
  return last ? msg('legacy.upTo', { version: last }) : msg('legacy.someVersion', { versions });
}

function originText(g: Group): string {
  const o = g.origin;
  const on =
    g.objects.length > 0
      ? msg('origin.on', { objects: listOf(g.objects.slice(0, 3)) + (g.objects.length > 3 ? '…' : '') })
      : '';
  switch (o.kind) {
    case 'event':
      return (
        msg('origin.event', { type: o.type, reason: o.reason }) +
        (o.object?.kind ? msg('origin.event.objectKind', { kind: o.object.kind }) : '') +
        on +
        (o.source ? msg('origin.from', { source: o.source }) : '')
      );
    case 'log':
      return (
        (o.level ? msg('origin.log.level', { level: o.level }) : msg('origin.log')) +
        (o.component ? msg('origin.log.of', { component: o.component }) : '')
      );
    case 'condition':
      return msg('origin.condition') + on;
    case 'line':
      return msg('origin.line');
    case 'inspect':
      return msg('origin.inspect', { script: o.script });
  }
}

export function toFinding(g: Group, producer?: string, category = g.variant?.category ?? g.entry.category): Finding {
  const e: CatalogEntry = g.entry;
  return {
    id: e.id,
    title: e.title,
    signal: g.variant?.signal ?? e.signal,
    ...withSignalText(g),
    kind: e.kind,
    category,
    severity: g.variant?.severity ?? e.severity,
    sopStep: e.sopStep,
    count: g.count,
    ...(g.firstTime ? { firstSeen: g.firstTime } : {}),
    ...(g.lastTime ? { lastSeen: g.lastTime } : {}),
    captures: g.captures,
    origin: originText(g),
    ...(g.alias ? { legacy: { name: g.alias.name, hint: legacyHint(g.alias.versions) } } : {}),
    explanation: e.explanation,
    fix: e.fix,
    evidence: g.evidence,
    evidenceTotal: g.evidenceTotal,
    ...(producer ? { producer } : {}),
  };
}

function withSignalText(g: Group): { signalText?: string } {
  const text = signalTextOf(g);
  return text ? { signalText: text } : {};
}
