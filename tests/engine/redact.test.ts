import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Redactor, redactText, maskCredentials, hasCredentials } from '../../src/engine/redact';

const SAMPLE = [
  'Warning  CreateENIFailed  3m (x12 over 20m)  terway-controlplane  Failed to create ENI type=Secondary vsw=vsw-bp1q2w3e4r5t6y7u8i9o0: ErrorCode: InvalidVSwitchId.IpNotEnough RequestId: 5F1D3C2B-8A9E-4B7C-9D0E-1F2A3B4C5D6E',
  'node cn-hangzhou.10.0.12.34 ip 10.0.12.34 eni eni-bp1a2b3c4d5e6f7g8h9i instance i-bp1z9y8x7w6v5u4t3s2r',
  'sg sg-bp1k2l3m4n5o6p7q8r9s vpc vpc-bp1t2u3v4w5x6y7z8a9b mac 00:16:3e:0a:1b:2c ipv6 2408:4005:3c0:8d00::1a2b',
  'acs:ram::1234567890123456:role/aliyuncsdefaultrole uid=9876543210987654 host iZbp1c2d3e4f5g6h7i8j9kZ',
  'again vsw-bp1q2w3e4r5t6y7u8i9o0 on cn-hangzhou.10.0.12.34 with 10.0.12.34 and 10.0.12.35',
].join('\n');

const ORIGINALS = [
  'vsw-bp1q2w3e4r5t6y7u8i9o0',
  '5F1D3C2B-8A9E-4B7C-9D0E-1F2A3B4C5D6E',
  'cn-hangzhou.10.0.12.34',
  '10.0.12.34',
  '10.0.12.35',
  'eni-bp1a2b3c4d5e6f7g8h9i',
  'i-bp1z9y8x7w6v5u4t3s2r',
  'sg-bp1k2l3m4n5o6p7q8r9s',
  'vpc-bp1t2u3v4w5x6y7z8a9b',
  '00:16:3e:0a:1b:2c',
  '2408:4005:3c0:8d00::1a2b',
  '1234567890123456',
  '9876543210987654',
  'iZbp1c2d3e4f5g6h7i8j9kZ',
];

describe('Redactor', () => {
  it('leaves no original identifier behind', () => {
    const { text } = redactText(SAMPLE);
    for (const o of ORIGINALS) expect(text).not.toContain(o);
  });

  it('replaces every ID family with a readable pseudonym', () => {
    const { text, mapping } = redactText(SAMPLE);
    const families = new Set(mapping.map((m) => m.family));
    for (const f of ['node', 'ip', 'ip6', 'mac', 'eni', 'vsw', 'vpc', 'sg', 'instance', 'account', 'request'])
      expect(families).toContain(f);
    expect(text).toContain('vsw=vsw-1:');
    expect(text).toContain('RequestId: request-1');
    expect(text).toContain('node node-1 ip ip-1 eni eni-1 instance i-1');
    expect(text).toContain('mac mac-1 ipv6 ip6-1');
    expect(text).toContain('acs:ram::account-1:role/aliyuncsdefaultrole uid=account-2 host node-2');
  });

  it('gives the same original the same pseudonym everywhere (stable)', () => {
    const { text } = redactText(SAMPLE);
    const last = text.split('\n')[4];
    expect(last).toBe('again vsw-1 on node-1 with ip-1 and ip-2');
    const r = new Redactor();
    expect(r.redact('eni-bp1aaaaaaaaaaaaaaaa1')).toBe('eni-1');
    expect(r.redact('x eni-bp1bbbbbbbbbbbbbbbb2 eni-bp1aaaaaaaaaaaaaaaa1')).toBe('x eni-2 eni-1');
    expect(r.mapping).toHaveLength(2);
  });

  it('is idempotent', () => {
    const once = redactText(SAMPLE).text;
    expect(redactText(once).text).toBe(once);
    const r = new Redactor({ nodeNames: ['worker-a-01'] });
    const a = r.redact('worker-a-01 10.1.1.1');
    expect(r.redact(a)).toBe(a);
  });

  it('does not touch ordinary text: times, versions, reasons, ports, catalog ids', () => {
    const plain = [
      'E1125 04:55:12.123456   12345 server.go:123] failed',
      'terway v1.16.7 image registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.16.7',
      'Warning  FailedCreatePodSandBox  kubelet  plugin type="terway" failed (add)',
      'listen 127.0.0:8080 error:: retry 1732500000 multi-attach vswitch-ip-not-enough',
    ].join('\n');
    expect(redactText(plain).text).toBe(plain);
  });

  it('replaces node names from the report context, and pod names only when asked', () => {
    const text = 'pod web-7d9f-abcde on node worker-a-01 (WORKER-A-01)';
    expect(new Redactor({ nodeNames: ['worker-a-01'], podNames: ['web-7d9f-abcde'] }).redact(text)).toBe(
      'pod web-7d9f-abcde on node node-1 (node-1)',
    );
    expect(new Redactor({ nodeNames: ['worker-a-01'], podNames: ['web-7d9f-abcde'], pods: true }).redact(text)).toBe(
      'pod pod-1 on node node-1 (node-1)',
    );
  });

  it('keeps CIDR prefix lengths and punctuation around addresses', () => {
    expect(redactText('vSwitch CIDR 172.16.0.0/20, pod 172.16.3.4.').text).toBe('vSwitch CIDR ip-1/20, pod ip-2.');
  });

  it('treats lower-cased iZ hostnames and upper-cased UUIDs as the same original', () => {
    const r = new Redactor();
    expect(r.redact('iZbp1c2d3e4f5g6h7i8j9kZ izbp1c2d3e4f5g6h7i8j9kz')).toBe('node-1 node-1');
    expect(r.redact('a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D')).toBe('uuid-1 uuid-1');
  });
});

describe('maskCredentials', () => {
  it('masks AccessKey ids, secrets and tokens in every spelling', () => {
    const text = [
      '"access_key": "LTAI5tAbCdEfGhIjKlMnOpQr",',
      '"access_secret": "s3cr3tV4lu3xyzXYZ0123456789abc"',
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=abcDEF123456ghiJKL789',
      'AccessKeyId: LTAI4FzZzZzZzZzZzZzZzZzZ security_token=CAIS1234abcd',
      'plain LTAI5tQwErTyUiOpAsDf in text',
    ].join('\n');
    const masked = maskCredentials(text);
    for (const secret of [
      'LTAI5tAbCdEfGhIjKlMnOpQr',
      's3cr3tV4lu3xyzXYZ0123456789abc',
      'abcDEF123456ghiJKL789',
      'LTAI4FzZzZzZzZzZzZzZzZzZ',
      'CAIS1234abcd',
      'LTAI5tQwErTyUiOpAsDf',
    ])
      expect(masked).not.toContain(secret);
    expect(masked).toContain('"access_key": "******"');
    expect(hasCredentials(text)).toBe(true);
  });

  it('leaves already-masked and unset values alone', () => {
    const text = 'access_key: ****** (masked)\naccess_secret: not set';
    expect(maskCredentials(text)).toBe(text);
    expect(hasCredentials(text)).toBe(false);
  });

  it('is applied by redactText before pseudonymising', () => {
    expect(redactText('access_key=LTAI5tAbCdEfGhIjKlMnOpQr on 10.0.0.1').text).toBe('access_key=****** on ip-1');
  });
});

describe('properties', () => {
  const alnum = fc.stringMatching(/^[a-z0-9]{17,22}$/).filter((s) => /\d/.test(s));
  const octet = fc.integer({ min: 1, max: 254 });
  const id = fc.oneof(
    alnum.map((s) => `eni-${s}`),
    alnum.map((s) => `vsw-${s}`),
    alnum.map((s) => `vpc-${s}`),
    alnum.map((s) => `sg-${s}`),
    alnum.map((s) => `i-${s}`),
    fc.tuple(octet, octet, octet, octet).map((o) => o.join('.')),
    fc.tuple(octet, octet).map(([a, b]) => `cn-beijing.172.16.${a}.${b}`),
    fc.uuid().map((u) => u.toUpperCase()),
    fc.stringMatching(/^[1-9]\d{15}$/),
  );
  const filler = fc.constantFrom(' ', ' vsw=', ' on node ', '\n', ', ', ' (', ') ', ' RequestId: ', ' "', '" ');

  it('leaves no generated identifier behind and is idempotent', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, id), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.map(([f, i]) => f + i).join('') + ' end';
        const once = redactText(text).text;
        for (const [, original] of parts) expect(once).not.toContain(original);
        expect(redactText(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
