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

/** A `State:` or `Last State:` node that holds a state: its first word and the Reason, Message, Exit Code under it. */
function stateOf(node: OutlineNode | undefined) {
  if (node === undefined || node.value.length === 0) return undefined;
  return {
    state: firstWord(node.value),
    reason: child(node, 'Reason')?.value,
    message: child(node, 'Message')?.value,
    exit: int(child(node, 'Exit Code')?.value),
  };
}

export function readContainers(nodes: OutlineNode[], init: boolean): ContainerState[] {
  const out: ContainerState[] = [];
  for (const n of nodes) {
    if (n.value.length > 0 && n.children.length === 0) continue; // not a container block
    const c: ContainerState = { name: n.key, init };
    const image = child(n, 'Image')?.value;
    if (image) c.image = image;
    const now = stateOf(child(n, 'State'));
    if (now !== undefined) {
      c.state = now.state;
      if (now.reason) c.reason = now.reason;
      if (now.message) c.message = now.message;
      if (now.exit !== undefined) c.exitCode = now.exit;
    }
    const last = stateOf(child(n, 'Last State'));
    if (last !== undefined) {
      c.lastState = last.state;
      if (last.reason) c.lastReason = last.reason;
      if (last.message) c.lastMessage = last.message;
      if (last.exit !== undefined) c.lastExitCode = last.exit;
    }
    const ready = child(n, 'Ready')?.value;
    if (ready === 'True' || ready === 'False') c.ready = ready === 'True';
    const restarts = int(child(n, 'Restart Count')?.value);
    if (restarts !== undefined) c.restartCount = restarts;
    out.push(c);
  }
  return out;
}
