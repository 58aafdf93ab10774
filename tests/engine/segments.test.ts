// Several workers for a big file must write the report one worker writes: the same line numbers, counts,
// first/last seen, evidence samples (and their bound of five), documents and their order. Here the
// segments are cut very small (a few bytes to a few KB) so that cuts fall everywhere: inside CRLF pairs'
// neighbourhood, multi-byte characters, multi-line records, documents, prompt outputs and long lines;
// they are scanned out of order, with random delays, the way workers would return them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/engine/analyze';
import { toJsonContract } from '../../src/engine/report-json';
import { scanSegment, segmentCount, segmentsInOrder } from '../../src/engine/analysis/segments';
import { useRepoCatalog } from './repo-catalog';
import { fixtureCases, sampleCases } from './scenario-harness';
import { daemonLog, jsonLog, signalPool, type Sprinkled } from '../../bench/generate';
import { multiLineLogText } from './parse/arbitraries/logs';

const repo = useRepoCatalog();
/** the signals the bench generators sprinkle, from the catalog */
const pool = () => signalPool(repo.data);

/** Bytes start..end of `bytes`, as a worker reads a slice of the file. */
function readOf(bytes: Uint8Array) {
  return async (start: number, end: number) => bytes.slice(start, end);
}

async function whole(bytes: Uint8Array) {
  return toJsonContract(await analyze([{ name: 'input.log', bytes }], repo.whole));
}

/** `piece`: the most bytes decoded and scanned as one text (a line longer than that is cut in it) */
async function split(bytes: Uint8Array, segmentBytes: number, seed: number, piece = 1 + (seed % 4096)) {
  const read = readOf(bytes);
  let delay = seed;
  const scan = async (index: number) => {
    // later segments often finish first
    delay = (delay * 1103515245 + 12345) % 2147483648;
    if (delay % 3 === 0) await new Promise((r) => setTimeout(r, delay % 3));
    return scanSegment(repo.whole, read, bytes.length, index, segmentBytes, piece);
  };
  const segments = segmentsInOrder(segmentCount(bytes.length, segmentBytes), scan, 5);
  return toJsonContract(await analyze([{ name: 'input.log', size: bytes.length, segments }], repo.whole));
}

const enc = new TextEncoder();

describe('segments scanned by several workers', () => {
  it('give every fixture the report one worker gives', async () => {
    const cases = [...fixtureCases('scenarios'), ...sampleCases(), ...fixtureCases('real')];
    expect(cases.length).toBeGreaterThan(100);
    for (const [i, c] of cases.entries()) {
      const bytes = enc.encode(c.text);
      const expected = await whole(bytes);
      for (const segmentBytes of [61, 1009]) expect(await split(bytes, segmentBytes, i), c.id).toEqual(expected);
    }
  });

  it('give a big log the same report, with more than five matching lines per finding', async () => {
    const signals = pool();
    const text = [
      ...daemonLog(2_000_000, signals, [] as Sprinkled[], 300),
      ...jsonLog(1_000_000, signals, [], 300),
    ].join('');
    const bytes = enc.encode(text);
    const expected = await whole(bytes);
    expect(expected.findings.some((f) => f.evidenceTotal > 5 && f.evidence.length === 5)).toBe(true);
    expect(await split(bytes, 65_536, 1, 16_384)).toEqual(expected);
    expect(await split(bytes, 40_009, 2, 65_536)).toEqual(expected);
  });

  it('cut anywhere: line endings, multi-byte characters, a byte-order mark', async () => {
    const decoration = fc.constantFrom('', '\r', '\uFEFF', '中文', '\u00a0', '…', '\u3000', '😀');
    const input = fc
      .tuple(
        multiLineLogText,
        fc.array(decoration, { maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.integer({ min: 3, max: 400 }),
        fc.nat(),
      )
      .map(([text, decorations, eol, bom, segmentBytes, seed]) => {
        // at the end of even lines, the start of odd ones (a segment's text may then start with U+FEFF)
        const lines = text.split('\n').map((l, i) => {
          const d = decorations[i % (decorations.length || 1)] ?? '';
          return i % 2 === 0 ? l + d : d + l;
        });
        return { text: (bom ? '\uFEFF' : '') + lines.join(eol), segmentBytes, seed };
      });
    await fc.assert(
      fc.asyncProperty(input, async ({ text, segmentBytes, seed }) => {
        const bytes = enc.encode(text);
        // pieces of a few bytes: a long line and a multi-byte character are cut inside a segment too
        expect(await split(bytes, segmentBytes, seed, 1 + (seed % 97))).toEqual(await whole(bytes));
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
