// `kubectl get events` (every era and flag) and `kubectl events` tables, built from their header and cell grammars
// and then damaged like a paste.

import fc from 'fast-check';
import { age, damaged, name, eventType, joinRows, layout, message, objectCell, reason, source } from './common';

const HEADERS: string[][] = [
  ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
  ['NAMESPACE', 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
  ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'SUBOBJECT', 'SOURCE', 'MESSAGE', 'FIRST SEEN', 'COUNT', 'NAME'],
  ['LASTSEEN', 'FIRSTSEEN', 'COUNT', 'NAME', 'KIND', 'SUBOBJECT', 'TYPE', 'REASON', 'SOURCE', 'MESSAGE'],
  ['LAST SEEN', 'FIRST SEEN', 'COUNT', 'NAME', 'KIND', 'SUBOBJECT', 'TYPE', 'REASON', 'SOURCE', 'MESSAGE'],
  ['NAMESPACE', 'LAST SEEN', 'TYPE', 'REASON', 'KIND', 'MESSAGE'],
  ['EVENT', 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
  ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE', 'LABELS'],
];

const COMMANDS = ['', '$ kubectl get events -A', '$ kubectl events -n kube-system', 'k get ev -o wide'];

function cell(column: string): fc.Arbitrary<string> {
  switch (column) {
    case 'LAST SEEN':
    case 'LASTSEEN':
    case 'FIRST SEEN':
    case 'FIRSTSEEN':
      return age;
    case 'TYPE':
      return eventType;
    case 'REASON':
      return reason;
    case 'OBJECT':
      return objectCell;
    case 'KIND':
      return fc.constantFrom('Pod', 'Node', 'PodENI');
    case 'SUBOBJECT':
      return fc.constantFrom('', 'spec.containers{nginx}', 'implicitly required container POD');
    case 'SOURCE':
      return source;
    case 'MESSAGE':
      return message;
    case 'COUNT':
      return fc.nat(500).map(String);
    case 'EVENT':
      return fc.constantFrom('ADDED', 'MODIFIED', 'DELETED');
    case 'LABELS':
      return fc.constantFrom('<none>', 'app=terway-eniip');
    default:
      return fc.nat().map(name);
  }
}

const table = fc
  .tuple(fc.constantFrom(...HEADERS), fc.constantFrom(...COMMANDS), layout)
  .chain(([header, command, how]) =>
    fc
      .array(
        fc.tuple(
          fc.tuple(...header.map(cell)),
          // a `kubectl events` message with a newline, or a wrapped cell: lines with no row shape
          fc.array(fc.string({ maxLength: 30 }), { maxLength: 2 }),
        ),
        { minLength: 1, maxLength: 8 },
      )
      .map((rows) => {
        const lines = joinRows([header, ...rows.map(([cells]) => cells)], how, 3);
        const out = command.length > 0 ? [command, lines[0] as string] : [lines[0] as string];
        rows.forEach(([, extra], i) => out.push(lines[i + 1] as string, ...extra));
        return out;
      }),
  );

export const eventTableText = damaged(table);
