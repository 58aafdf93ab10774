// The frame of the list sections (known bugs, producers, causes): what it reports itself, and that an
// item with any problem (its own or one `check` reports) is left out.
import { describe, it, expect } from 'vitest';
import { compileList, type ListShape } from '../../src/engine/catalog/compile-list';
import { isNonEmptyStr } from '../../src/engine/catalog/check-helpers';

const SHAPE: ListShape = { one: 'thing', many: 'things', fields: new Set(['id', 'title']) };

function run(data: unknown) {
  const problems: string[] = [];
  const items = compileList('things.yaml', data, SHAPE, problems, (raw, { bad, clean }) => {
    if (!isNonEmptyStr(raw.title)) bad('title', 'required');
    return clean() ? { id: raw.id as string, title: raw.title as string } : undefined;
  });
  return { items, problems };
}

describe('compileList', () => {
  it('an empty file is an empty list, without problems', () => {
    expect(run(undefined)).toEqual({ items: [], problems: [] });
    expect(run(null)).toEqual({ items: [], problems: [] });
  });

  it('keeps the items without problems, in order', () => {
    const { items, problems } = run([
      { id: 'a-1', title: 'A' },
      { id: 'b-2', title: 'B' },
    ]);
    expect(problems).toEqual([]);
    expect(items.map((i) => i.id)).toEqual(['a-1', 'b-2']);
  });

  it.each<[string, unknown, string[]]>([
    ['a mapping for a list', { id: 'a-1' }, ['things.yaml: the file must be a YAML list of things']],
    ['an item that is no mapping', ['a-1'], ['things.yaml › thing #1: must be a mapping']],
    [
      'an unknown field and a bad id',
      [{ id: 'A_1', title: 'A', colour: 'blue' }],
      [
        'things.yaml › A_1 › colour: unknown field',
        'things.yaml › A_1 › id: required, lower-case letters, digits and dashes (URL-safe)',
      ],
    ],
    [
      'no id',
      [{ title: 'A' }],
      ['things.yaml › thing #1 › id: required, lower-case letters, digits and dashes (URL-safe)'],
    ],
    [
      'an id used twice',
      [
        { id: 'a-1', title: 'A' },
        { id: 'a-1', title: 'again' },
      ],
      ['things.yaml › a-1 › id: duplicate id'],
    ],
    ['what the section checks', [{ id: 'a-1' }], ['things.yaml › a-1 › title: required']],
  ])('reports %s and leaves the item out', (_, data, expected) => {
    const { items, problems } = run(data);
    expect(problems).toEqual(expected);
    expect(items.length).toBeLessThanOrEqual(1);
    expect(items.every((i) => i.title === 'A')).toBe(true);
  });
});
