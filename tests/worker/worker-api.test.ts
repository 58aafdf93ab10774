import { describe, it, expect, vi } from 'vitest';
import { gzipSync } from 'node:zlib';
import { api, ENGINE_API_VERSION } from '../../src/worker/api';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { daemonLog, signalPool } from '../../bench/generate';

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

  it('names a big file that went away before its head was read, and analyses the rest', async () => {
    const gone = () => Promise.reject(new DOMException('A requested file could not be found', 'NotFoundError'));
    const file = {
      size: 20 << 20,
      slice: () => ({ arrayBuffer: gone }),
      stream: () => new ReadableStream({ pull: (c) => c.error(new DOMException('gone', 'NotFoundError')) }),
    } as unknown as Blob;
    const log = 'E1125 04:51:03.000001       1 eni.go:88] error alloc ip: InvalidVSwitchId.IpNotEnough\n';
    const report = await api.analyze([
      { name: 'big.log', file },
      { name: 'pasted text', text: log },
    ]);
    expect(report.inputs.map((i) => [i.name, i.skipped?.reason ?? null])).toEqual([
      ['big.log', 'unreadable'],
      ['pasted text', null],
    ]);
  });

  it('has helpers scan a big file and writes the report it writes alone', async () => {
    const log = [...daemonLog(17_000_000, signalPool(loadCatalogFromDir()), [], 5000)].join('');
    const file = new Blob([log]);
    const alone = await api.analyze([{ name: 'terway.log', file }]);
    // two helpers in this thread, reached through message ports as the page connects them
    const channels = [new MessageChannel(), new MessageChannel()];
    for (const c of channels) api.serve(c.port2);
    api.connect(channels.map((c) => c.port1));
    const scans = vi.spyOn(api, 'scanSegment');
    let done = 0;
    const helped = await api.analyze([{ name: 'terway.log', file }], (p) => (done = p.bytesDone));
    api.connect([]);
    for (const c of channels) c.port1.close();
    expect(scans).toHaveBeenCalledTimes(Math.ceil(file.size / (4 << 20)));
    expect(done).toBe(file.size);
    expect(alone.findings.length).toBeGreaterThan(3);
    expect(JSON.stringify(helped)).toBe(JSON.stringify(alone));
  });

  it('starts a big file alone and hands later segments to helpers connected meanwhile, for the same report', async () => {
    const log = [...daemonLog(17_000_000, signalPool(loadCatalogFromDir()), [], 5000)].join('');
    const file = new Blob([log]);
    const alone = await api.analyze([{ name: 'terway.log', file }]);
    const channel = new MessageChannel();
    api.serve(channel.port2);
    const scans = vi.spyOn(api, 'scanSegment');
    scans.mockClear();
    // the helper arrives while this worker reads its first segments itself (the page starts both at once)
    let connected = false;
    const slice = file.slice.bind(file);
    file.slice = (start?: number, end?: number) => {
      if (!connected && (start ?? 0) > 0) {
        connected = true;
        api.connect([channel.port1]);
      }
      return slice(start, end);
    };
    const mixed = await api.analyze([{ name: 'terway.log', file }]);
    api.connect([]);
    channel.port1.close();
    const segments = Math.ceil(file.size / (4 << 20));
    expect(scans.mock.calls.length).toBeGreaterThan(0);
    expect(scans.mock.calls.length).toBeLessThan(segments);
    expect(JSON.stringify(mixed)).toBe(JSON.stringify(alone));
  });
});
