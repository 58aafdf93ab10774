import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { api, ENGINE_API_VERSION } from '../../src/worker/api';

describe('worker api', () => {
  it('answers the handshake', () => {
    expect(api.ping()).toEqual({ ok: true, apiVersion: ENGINE_API_VERSION });
  });

  it('reads a gzip Blob as the page posts a dropped file, and names a zip among them', async () => {
    const log = 'E1125 04:51:03.000001       1 eni.go:88] error alloc ip: InvalidVSwitchId.IpNotEnough\n';
    const report = await api.analyze([
      { name: 'terway.log.gz', file: new Blob([gzipSync(log.repeat(3))]) },
      { name: 'bundle.zip', file: new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])]) },
      { name: 'pasted text', text: log },
    ]);
    expect(report.inputs.map((i) => [i.name, i.compression ?? null, i.skipped?.format ?? null, i.endLine])).toEqual([
      ['terway.log.gz', 'gzip', null, 3],
      ['bundle.zip', null, 'zip', 3],
      ['pasted text', null, null, 4],
    ]);
  });
});
