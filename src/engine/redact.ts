// Redaction for exports (pure: no DOM, no I/O). Identifiers that say something about a customer's
// account or network are replaced by STABLE pseudonyms (`eni-1`, `vsw-2`, `ip-3`, `node-1`), so an
// exported report still reads coherently: the same original always becomes the same pseudonym within
// one Redactor, and no pseudonym matches any rule again (redacting twice changes nothing).
//
// Credentials are never pseudonymised, only masked, and `maskCredentials` applies even when
// redaction is switched off.

export type RedactionFamily =
  'node' | 'pod' | 'ip' | 'ip6' | 'mac' | 'eni' | 'vsw' | 'vpc' | 'sg' | 'instance' | 'account' | 'request' | 'uuid';

export interface RedactOptions {
  /** node names known from the report (context, captures); ACK-style and iZ…Z names are found anyway */
  nodeNames?: readonly string[];
  /** pod names known from the report; replaced only when `pods` is true */
  podNames?: readonly string[];
  /** also replace pod names (off by default: they rarely identify a customer and help the reader) */
  pods?: boolean;
}

export interface RedactionEntry {
  family: RedactionFamily;
  original: string;
  pseudonym: string;
}

const MASK = '******';

// Keys whose values are secrets (eni-config, terway-config, env dumps, inspect scripts), also inside an
// escaped JSON string (`\"access_secret\": \"…\"` in `kubectl get cm -o json`).
const CREDENTIAL_KEY =
  /(["']?(?<![a-z0-9])(?:access[_-]?key(?:[_-]?(?:id|secret))?|access[_-]?secret|secret[_-]?(?:access[_-]?)?key|security[_-]?token|accesskeyid|accesskeysecret|credential[_-]?path|password)\\?["']?\s*[:=]\s*(?:\\?["'])?)([^\s"'\\,;}\]]+)/gi;
// Alibaba Cloud AccessKey IDs (LTAI…) and STS ids (STS.…) wherever they appear.
export const ACCESS_KEY_ID = /\b(LTAI|STS\.)[0-9A-Za-z]{10,40}\b/g;

/** Masks credential values (AccessKey id/secret, tokens, passwords). Always applied to exports. */
export function maskCredentials(text: string): string {
  return text
    .replace(CREDENTIAL_KEY, (whole, key: string, value: string) =>
      /^\*+$/.test(value) || /^(?:not|none|null|nil|""|'')$/i.test(value) ? whole : key + MASK,
    )
    .replace(ACCESS_KEY_ID, (_m, prefix: string) => prefix + MASK);
}

/** True when the text holds something `maskCredentials` would mask. */
export function hasCredentials(text: string): boolean {
  return maskCredentials(text) !== text;
}

// ---- rules --------------------------------------------------------------------------------------

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
interface Rule {
  family: RedactionFamily | 'ip6-candidate' | 'uuid-candidate';
  source: string;
}

// Order matters only for overlaps at the same start position: the first alternative wins.
const RULES: Rule[] = [
  // ACK node names: `cn-hangzhou.10.0.0.12`, `cn-hangzhou.i-bp1…`
  {
    family: 'node',
    source: `(?<![\\w.-])[a-z]{2}(?:-[a-z0-9]+){1,3}\\.(?:${OCTET}(?:\\.${OCTET}){3}|i-[a-z0-9]{8,40})(?![\\w-]|\\.\\d)`,
  },
  // ECS hostnames: iZbp1abc…Z (Kubernetes lowercases them to izbp1…z)
  { family: 'node', source: '(?<![\\w.-])iz(?=[a-z0-9]*\\d)[a-z0-9]{8,40}z(?![\\w-])' },
  // cloud resource ids
  { family: 'eni', source: '(?<![\\w.-])eni-(?=[a-z0-9]*\\d)[a-z0-9]{8,40}(?![\\w-])' },
  { family: 'vsw', source: '(?<![\\w.-])vsw-(?=[a-z0-9]*\\d)[a-z0-9]{8,40}(?![\\w-])' },
  { family: 'vpc', source: '(?<![\\w.-])vpc-(?=[a-z0-9]*\\d)[a-z0-9]{8,40}(?![\\w-])' },
  { family: 'sg', source: '(?<![\\w.-])sg-(?=[a-z0-9]*\\d)[a-z0-9]{8,40}(?![\\w-])' },
  { family: 'instance', source: '(?<![\\w.-])i-(?=[a-z0-9]*\\d)[a-z0-9]{8,40}(?![\\w-])' },
  // account ids: in ARNs, after uid-like keys, or any 16-digit number
  { family: 'account', source: '(?<=acs:[a-z0-9-]+:[a-z0-9-]*:)\\d{5,20}(?!\\d)' },
  {
    family: 'account',
    source: '(?<=\\b(?:ali)?(?:uid|user[_-]?id|owner[_-]?id|account[_-]?id)["\']?\\s*[:=]\\s*["\']?)\\d{5,20}(?!\\d)',
  },
  { family: 'account', source: '(?<![\\w.-])\\d{16}(?![\\w])' },
  // RequestIds and other UUIDs
  {
    family: 'uuid-candidate',
    source: '(?<![\\w-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\\w-])',
  },
  // MAC addresses
  { family: 'mac', source: '(?<![\\w:-])[0-9a-f]{2}(?::[0-9a-f]{2}){5}(?![\\w:-])' },
  { family: 'mac', source: '(?<![\\w:-])[0-9a-f]{2}(?:-[0-9a-f]{2}){5}(?![\\w:-])' },
  // IPv6 (validated below; times like 04:55:12 are rejected)
  { family: 'ip6-candidate', source: '(?<![\\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\\w:.])' },
  // IPv4
  { family: 'ip', source: `(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)` },
];

const PREFIX: Record<RedactionFamily, string> = {
  node: 'node-',
  pod: 'pod-',
  ip: 'ip-',
  ip6: 'ip6-',
  mac: 'mac-',
  eni: 'eni-',
  vsw: 'vsw-',
  vpc: 'vpc-',
  sg: 'sg-',
  instance: 'i-',
  account: 'account-',
  request: 'request-',
  uuid: 'uuid-',
};

// the separator's spaces are one run or two around `:`/`=`, never two runs that could split one run many ways
const REQUEST_ID_BEFORE = /request[_ -]?id["'`]?\s*(?:[:=]\s*)?["'`]?$/i;

function isIpv6(s: string): boolean {
  const double = s.indexOf('::');
  if (double !== s.lastIndexOf('::')) return false;
  if (s.includes(':::')) return false;
  const groups = s.split(':');
  if (double === -1) {
    return groups.length === 8 && groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g));
  }
  const parts = s.split('::');
  const left = parts[0] ? parts[0].split(':') : [];
  const right = parts[1] ? parts[1].split(':') : [];
  if (left.length + right.length > 7) return false;
  if (![...left, ...right].every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  // `::` alone or `a::` shapes that are common in logs (`error::`) are not addresses
  return left.length + right.length >= 1 && /[0-9]/.test(s);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces identifiers by stable pseudonyms; keep one instance for one export. */
export class Redactor {
  readonly #byKey = new Map<string, RedactionEntry>();
  readonly #counters = new Map<RedactionFamily, number>();
  readonly #entries: RedactionEntry[] = [];
  readonly #re: RegExp;
  readonly #named: Map<string, RedactionFamily>;

  constructor(options: RedactOptions = {}) {
    this.#named = new Map();
    const named: string[] = [];
    const add = (name: string | undefined, family: RedactionFamily) => {
      const n = name?.trim();
      if (!n || n.length < 3 || this.#named.has(n.toLowerCase())) return;
      this.#named.set(n.toLowerCase(), family);
      named.push(n);
    };
    for (const n of options.nodeNames ?? []) add(n, 'node');
    if (options.pods) for (const p of options.podNames ?? []) add(p, 'pod');
    // longest first, so `web-1-abc` wins over `web-1`
    named.sort((a, b) => b.length - a.length);
    const alternatives = [
      ...(named.length ? [`(?<named>(?<![\\w.-])(?:${named.map(escapeRegExp).join('|')})(?![\\w-]|\\.\\w))`] : []),
      ...RULES.map((r, i) => `(?<r${i}>${r.source})`),
    ];
    this.#re = new RegExp(alternatives.join('|'), 'gi');
  }

  /** The mapping so far (original → pseudonym), for local display only — never export it. */
  get mapping(): readonly RedactionEntry[] {
    return this.#entries;
  }

  redact(text: string): string {
    return text.replace(this.#re, (...args: unknown[]) => {
      const match = args[0] as string;
      const offset = args[args.length - 3] as number;
      const whole = args[args.length - 2] as string;
      const groups = args[args.length - 1] as Record<string, string | undefined>;
      if (groups['named'] !== undefined) {
        return this.#pseudonym(this.#named.get(match.toLowerCase()) ?? 'node', match);
      }
      const index = RULES.findIndex((_r, i) => groups[`r${i}`] !== undefined);
      const rule = RULES[index];
      if (!rule) return match;
      if (rule.family === 'ip6-candidate') return isIpv6(match) ? this.#pseudonym('ip6', match) : match;
      if (rule.family === 'uuid-candidate') {
        const before = whole.slice(Math.max(0, offset - 24), offset);
        return this.#pseudonym(REQUEST_ID_BEFORE.test(before) ? 'request' : 'uuid', match);
      }
      return this.#pseudonym(rule.family, match);
    });
  }

  #pseudonym(family: RedactionFamily, original: string): string {
    const key = original.toLowerCase();
    const known = this.#byKey.get(key);
    if (known) return known.pseudonym;
    const n = (this.#counters.get(family) ?? 0) + 1;
    this.#counters.set(family, n);
    const entry: RedactionEntry = { family, original, pseudonym: `${PREFIX[family]}${n}` };
    this.#byKey.set(key, entry);
    this.#entries.push(entry);
    return entry.pseudonym;
  }
}

/** One-shot helper: masks credentials, then redacts identifiers. */
export function redactText(
  text: string,
  options: RedactOptions = {},
): { text: string; mapping: readonly RedactionEntry[] } {
  const r = new Redactor(options);
  return { text: r.redact(maskCredentials(text)), mapping: r.mapping };
}
