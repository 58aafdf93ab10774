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

/** The two state nodes of a container and the fields each is read into. */
const STATE_FIELDS = [
  ['State', { state: 'state', reason: 'reason', message: 'message', exit: 'exitCode' }],
  ['Last State', { state: 'lastState', reason: 'lastReason', message: 'lastMessage', exit: 'lastExitCode' }],
] as const;

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
    for (const [label, into] of STATE_FIELDS) {
      const st = stateOf(child(n, label));
      if (st === undefined) continue;
      c[into.state] = st.state;
      if (st.reason) c[into.reason] = st.reason;
      if (st.message) c[into.message] = st.message;
      if (st.exit !== undefined) c[into.exit] = st.exit;
    }
    const ready = child(n, 'Ready')?.value;
    if (ready === 'True' || ready === 'False') c.ready = ready === 'True';
    const restarts = int(child(n, 'Restart Count')?.value);
    if (restarts !== undefined) c.restartCount = restarts;
    out.push(c);
  }
  return out;
}
