// Credential detection: any line of any document holding an AccessKey ID or an AccessKey/credential
// key with a value is flagged with its exact line and key; the value never reaches the report,
// the Markdown export (redacted or not), the CLI's text or its JSON.
import { describe, it, expect, beforeAll } from 'vitest';
import {
  credentialKeys,
  noteConfigCredentials,
  noteCredentials,
  MAX_CREDENTIAL_LINES,
} from '../../src/engine/analysis/credentials';
import { analyze } from '../../src/engine/analyze';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { toJsonContract } from '../../src/engine/report-json';
import { reportToMarkdown } from '../../src/engine/report-markdown';
import { maskCredentials } from '../../src/engine/redact';
import { formatText } from '../../src/cli/format-text';
import { eniConfigPaste } from './eni-config-paste';

const AK = 'LTAI5tAbCdEfGhIjKlMnOpQr';
const SECRET = 's3cr3tS3cr3tS3cr3tS3cr3tS3cr3t';

describe('credentialKeys', () => {
  it.each([
    [`time="2025-11-25T04:55:12Z" level=error msg="openapi call failed" AccessKeyId=${AK} error="x"`, ['AccessKeyId']],
    [`  access_key: ${AK}`, ['access_key']],
    [`  access_secret: ${SECRET}`, ['access_secret']],
    [`      "access_key": "${AK}",`, ['access_key']],
    [`{"AccessKeySecret":"${SECRET}","RegionId":"cn-hangzhou"}`, ['AccessKeySecret']],
    [
      `    "eni_conf": "{\\n  \\"access_key\\": \\"${AK}\\",\\n  \\"access_secret\\": \\"${SECRET}\\"\\n}"`,
      ['access_key', 'access_secret'],
    ],
    [`access_secret: "#${SECRET}"`, ['access_secret']],
    [`export ALIBABA_CLOUD_ACCESS_KEY_ID=${AK}`, ['ACCESS_KEY_ID']],
    [`E1125 04:51:02.118120 1 client.go:88] using ak ${AK} for region cn-hangzhou`, ['AccessKey ID']],
    ['using STS token STS.NUgYrLnoC37mZZCNnAbez2x2 for role', ['STS AccessKey ID']],
  ])('flags %s', (line, keys) => {
    expect(credentialKeys(line)).toEqual(keys);
    // every value flagged is also masked wherever the line is shown or exported
    expect(maskCredentials(line)).not.toContain(AK);
    expect(maskCredentials(line)).not.toContain(SECRET);
  });

  it.each([
    'I1125 04:51:02.118120 1 pool.go:212] sync pool: idle 3, inuse 12',
    'access granted to the pod',
    '  access_key: ""',
    '  access_secret: ******',
    '  eni-config.credential_path: ****** (masked)',
    '  access_key: <your-access-key>',
    '  access_key: ${ACCESS_KEY}',
    '  access_key: null',
    'the access_key is missing from eni-config',
    'LTAIshort',
    // a key with nothing after it leaks nothing: a warning would start a needless key rotation
    'AccessSecret:',
    '  AccessKeySecret:   ',
    '  access_secret: ""',
    "  AccessKeySecret: ''",
    '      "access_secret": "",',
    '    \\"access_secret\\": \\"\\",',
    'AccessKeySecret="" AccessKeyId=""',
    '  access_secret: ~',
    '  access_secret: # filled in by the addon',
    // a path to the file Terway reads its credentials from is not a credential
    '  "credential_path": "/var/addon/token-config",',
    '  credential_path: /var/addon/token-config',
    '--credential-path=/var/addon/token-config',
  ])('ignores %s', (line) => {
    expect(credentialKeys(line)).toEqual([]);
  });

  it('bounds the warnings a log full of keys can produce', () => {
    const into: { line: number; key: string }[] = [];
    for (let i = 1; i <= 1000; i++) noteCredentials(into, i, `AccessKeyId=${AK}`);
    expect(into).toHaveLength(MAX_CREDENTIAL_LINES);
    expect(into[0]).toEqual({ line: 1, key: 'AccessKeyId' });
  });

  it('keeps a parsed config warning only when no line of it was flagged, in line order', () => {
    const into = [{ line: 9, key: 'AccessKey ID' }];
    noteConfigCredentials(into, { start: 2, end: 6 }, true);
    expect(into).toEqual([
      { line: 2, key: 'access_key/access_secret' },
      { line: 9, key: 'AccessKey ID' },
    ]);
    noteConfigCredentials(into, { start: 8, end: 12 }, true);
    expect(into).toHaveLength(2);
    noteConfigCredentials(into, { start: 20, end: 22 }, false);
    expect(into).toHaveLength(2);
  });
});

describe('credential warnings through the engine', () => {
  let catalog: CompiledCatalog;
  beforeAll(() => {
    catalog = new CompiledCatalog(loadCatalogFromDir());
  });

  const input = [
    '  Warning  FailedCreatePodSandBox  3m  kubelet  Failed to create pod sandbox: plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = Unknown desc = InvalidVSwitchId.IpNotEnough: vsw-1',
    `time="2025-11-25T04:55:12Z" level=error msg="openapi call failed: InvalidVSwitchId.IpNotEnough" AccessKeyId=${AK} error="InvalidVSwitchId.IpNotEnough"`,
    ...eniConfigPaste([
      '"version": "1",',
      `"access_key": "${AK}",`,
      `"access_secret": "${SECRET}",`,
      '"ipam_type": "crd"',
    ]),
  ].join('\n');

  it('cites the exact line and key, in a log line and in a ConfigMap', async () => {
    const report = await analyze([{ name: 'paste', text: input }], catalog);
    expect(report.credentialWarnings).toEqual([
      { line: 2, key: 'AccessKeyId' },
      { line: 9, key: 'access_key' },
      { line: 10, key: 'access_secret' },
    ]);
  });

  it('never exports a value: Markdown (redacted or not), CLI text and JSON', async () => {
    const analysed = await analyze([{ name: 'paste', text: input }], catalog);
    // whichever finding the engine files the lines under, make sure evidence and captures carry the values
    const [first, ...rest] = analysed.findings;
    expect(first).toBeDefined();
    const report = {
      ...analysed,
      findings: [
        {
          ...first!,
          captures: { ...first!.captures, accessKeyId: AK },
          evidence: [
            ...first!.evidence,
            { line: 2, text: input.split('\n')[1]! },
            { line: 10, text: input.split('\n')[9]! },
          ],
        },
        ...rest,
      ],
    };
    for (const redact of [true, false]) {
      const md = reportToMarkdown(report, { redact }).markdown;
      expect(md).not.toContain(AK);
      expect(md).not.toContain(SECRET);
      expect(md).toContain('`AccessKeyId` on line 2, `access_key` on line 9, `access_secret` on line 10');
    }
    const text = formatText(report);
    expect(text).not.toContain(AK);
    expect(text).not.toContain(SECRET);
    expect(text).toContain('line 2 (AccessKeyId), line 9 (access_key), line 10 (access_secret)');
    const json = JSON.stringify(toJsonContract(report));
    expect(json).not.toContain(AK);
    expect(json).not.toContain(SECRET);
    expect(toJsonContract(report).credentialWarnings).toEqual(report.credentialWarnings);
  });

  it('stays quiet for an eni-config with empty keys and a credential_path, and names the file as a fact', async () => {
    const config = eniConfigPaste(
      [
        '"version": "1",',
        '"access_key": "",',
        '"access_secret": "",',
        '"credential_path": "/var/addon/token-config",',
        '"ipam_type": "crd"',
      ],
      ['  AccessSecret:'],
    ).join('\n');
    const report = await analyze([{ name: 'paste', text: config }], catalog);
    expect(report.credentialWarnings).toEqual([]);
    expect(report.facts).toContainEqual(
      expect.objectContaining({ label: 'credentials file', value: '/var/addon/token-config', line: 2 }),
    );
    expect(formatText(report)).not.toMatch(/rotate/i);
    expect(reportToMarkdown(report).markdown).not.toMatch(/rotate/i);
  });
});
