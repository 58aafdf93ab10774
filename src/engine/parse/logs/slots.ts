// `kubectl logs --prefix` interleaves several pods' lines (`[pod/<pod>/<container>] …`), and a record's continuation
// lines carry their own prefix. The handler builds one record per source: the state of the other sources' records
// is parked here, keyed by prefix, until a line of theirs comes back.

import type { LogRecord } from '../../records';

/** The state of a record being built, as the log handler keeps it. */
export interface Slot {
  pending: LogRecord | null;
  openKey: string | undefined;
  pendingChars: number;
  pendingLine: string | null;
  partialLine: string | null;
  lastLength: number;
  lastSpaces: number;
  /** last line that touched it, to retire sources that went quiet */
  lastNo: number;
}

/** Sources kept open at once; a quiet source's record is emitted after this many lines of others. */
const MAX_PARKED = 16;
const MAX_QUIET_LINES = 2000;

/** `[pod/a/c]` → `a/c`; '' for a line without a prefix. */
export function slotKey(pod: string | undefined, container: string | undefined): string {
  return pod === undefined ? '' : `${pod}/${container ?? ''}`;
}

const NONE: LogRecord[] = [];

export class ParkedSlots {
  private readonly slots = new Map<string, Slot>();
  private checkedAt = 0;

  park(key: string, slot: Slot): void {
    this.slots.set(key, slot);
  }

  /** takes a source's parked state out (undefined when it has none) */
  take(key: string): Slot | undefined {
    const s = this.slots.get(key);
    if (s !== undefined) this.slots.delete(key);
    return s;
  }

  /** records of sources over the cap or quiet too long, oldest first */
  retire(no: number): LogRecord[] {
    // looked at every few hundred lines, or at once when over the cap
    if (this.slots.size <= MAX_PARKED && no - this.checkedAt < 256) return NONE;
    this.checkedAt = no;
    const out: LogRecord[] = [];
    const ordered = [...this.slots].sort((a, b) => a[1].lastNo - b[1].lastNo);
    let over = this.slots.size - MAX_PARKED;
    for (const [key, slot] of ordered) {
      if (over <= 0 && no - slot.lastNo <= MAX_QUIET_LINES) break;
      over--;
      this.slots.delete(key);
      if (slot.pending !== null) out.push(slot.pending);
    }
    return out;
  }

  /** every parked record, in order of their first line */
  drain(): LogRecord[] {
    const out: LogRecord[] = [];
    for (const s of this.slots.values()) if (s.pending !== null) out.push(s.pending);
    this.slots.clear();
    return out.sort((a, b) => a.lines.start - b.lines.start);
  }
}
