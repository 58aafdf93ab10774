// `Containers:` / `Init Containers:` / `Ephemeral Containers:` sections → ContainerState. Each container is a
// level-1 `name:` node; State and Last State carry Reason / Message / Exit Code children.

import type { ContainerState } from '../../records';
import type { OutlineNode } from './outline';
import { child } from './outline';

function firstWord(s: string): string {
  const sp = s.indexOf(' ');
  return sp === -1 ? s : s.slice(0, sp);
}

function int(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const m = /^-?\d+/.exec(s.trim());
  return m === null ? undefined : Number(m[0]);
}

export function readContainers(nodes: OutlineNode[], init: boolean): ContainerState[] {
  const out: ContainerState[] = [];
  for (const n of nodes) {
    if (n.value.length > 0 && n.children.length === 0) continue; // not a container block
    const c: ContainerState = { name: n.key, init };
    const image = child(n, 'Image')?.value;
    if (image) c.image = image;
    const state = child(n, 'State');
    if (state !== undefined && state.value.length > 0) {
      c.state = firstWord(state.value);
      const reason = child(state, 'Reason')?.value;
      if (reason) c.reason = reason;
      const message = child(state, 'Message')?.value;
      if (message) c.message = message;
      const exit = int(child(state, 'Exit Code')?.value);
      if (exit !== undefined) c.exitCode = exit;
    }
    const last = child(n, 'Last State');
    if (last !== undefined && last.value.length > 0) {
      c.lastState = firstWord(last.value);
      const reason = child(last, 'Reason')?.value;
      if (reason) c.lastReason = reason;
      const message = child(last, 'Message')?.value;
      if (message) c.lastMessage = message;
      const exit = int(child(last, 'Exit Code')?.value);
      if (exit !== undefined) c.lastExitCode = exit;
    }
    const ready = child(n, 'Ready')?.value;
    if (ready === 'True' || ready === 'False') c.ready = ready === 'True';
    const restarts = int(child(n, 'Restart Count')?.value);
    if (restarts !== undefined) c.restartCount = restarts;
    out.push(c);
  }
  return out;
}
