// What makes two occurrences of one catalog entry the same finding: the entry and the values that
// identify a distinct problem (the same vSwitch, zone, ENI, instance, code, type). reason/merge.ts
// merges findings on it; the timeline recorder files objects under it, so both agree.
const IDENTITY = ['vsw', 'zone', 'eni', 'instance', 'code', 'type'] as const;

export function findingKey(id: string, captures: Readonly<Record<string, string>>): string {
  return `${id}|${IDENTITY.map((k) => captures[k] ?? '').join('|')}`;
}
