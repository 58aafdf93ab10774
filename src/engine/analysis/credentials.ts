// Credential detection, line by line, in any document: logs, YAML, JSON (also escaped JSON inside a
// ConfigMap value), env dumps. A line is flagged when it holds an Alibaba Cloud AccessKey ID
// (`LTAI…`, STS `STS.…`) or an AccessKey key with a value (`access_key: …`, `"access_secret":"…"`,
// `AccessKeySecret=…`). A key with nothing after it (`AccessSecret:`, `access_secret: ""`, a YAML
// null or comment) leaks nothing, and `credential_path` names the file the credentials are read
// from, not a credential: neither is flagged, so a warning always means "rotate this key". Only the
// line number and the key as the line spells it are kept; the value never leaves this function.
//
// Every value found here is also masked by `maskCredentials` (src/engine/redact.ts), so a line past
// the cap below is still masked wherever it is shown or exported.
import type { LineRange } from '../records';
import { ACCESS_KEY_ID } from '../redact';
import type { ScanLiteral } from '../match/literal-scanner';

export interface CredentialLine {
  /** 1-based line (over all inputs) */
  line: number;
  /** the key as written on the line (`access_key`, `AccessKeyId`…), or `AccessKey ID` for a bare LTAI… id */
  key: string;
}

/** At most this many warnings are kept; a log with a key on every line still yields a bounded report. */
export const MAX_CREDENTIAL_LINES = 100;

// Cheap gate: one case-sensitive literal alternation, so the ordinary log line costs one scan.
const GATE = /LTAI|STS\.|[Aa]ccess(?:[_-]?[Kk]ey|[_-]?[Ss]ecret)|ACCESS[_-]/;
/** Literals one of which every line GATE accepts holds (for a chunk-wide scan: the collector's LineGate). */
export const CREDENTIAL_LITERALS: readonly ScanLiteral[] = [
  { text: 'LTAI', ignoreCase: false },
  { text: 'STS.', ignoreCase: false },
  ...['ccess_', 'ccess-', 'ccesskey', 'ccesssecret'].map((text) => ({ text, ignoreCase: true })),
];

// key (optionally quoted, also `\"…\"` inside a JSON string), separator, value (optionally quoted)
const KEY_VALUE =
  /(?<![A-Za-z0-9])(access[_-]?key(?:[_-]?(?:id|secret))?|access[_-]?secret)(?![A-Za-z0-9])(?:\\?["'])?\s*[:=](\s*)(\\?["'])?([^\s"'\\,;}\]]*)/gi;

/** Values that are not secrets: masked already, empty, placeholders, YAML nulls and block indicators. */
function isPlaceholder(value: string, bareAfterSpace: boolean): boolean {
  return (
    value.length === 0 ||
    value === '~' ||
    // `key: # …` is a YAML key with nothing but a comment after it; `key=#…` may be a real value
    (bareAfterSpace && value.startsWith('#')) ||
    /^\*+/.test(value) ||
    /^(?:null|none|nil|not|unset|empty|n\/a|true|false|\||>|\|-|>-|\{|\[)$/i.test(value) ||
    /^(?:<.*>?|\$\{?[A-Za-z_].*|x{3,}|\.\.\.|…)$/i.test(value)
  );
}

/** The credential keys on one line, in order of appearance (empty for the ordinary line). */
export function credentialKeys(text: string): string[] {
  if (!GATE.test(text)) return [];
  const keys: string[] = [];
  const valueSpans: [number, number][] = [];
  for (const m of text.matchAll(KEY_VALUE)) {
    const value = m[4] ?? '';
    if (isPlaceholder(value, m[2] !== '' && m[3] === undefined)) continue;
    const end = (m.index ?? 0) + m[0].length;
    valueSpans.push([end - value.length, end]);
    if (!keys.includes(m[1]!)) keys.push(m[1]!);
  }
  for (const m of text.matchAll(ACCESS_KEY_ID)) {
    const at = m.index ?? 0;
    if (valueSpans.some(([s, e]) => at >= s && at < e)) continue;
    const key = m[0].startsWith('STS.') ? 'STS AccessKey ID' : 'AccessKey ID';
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Records the credential keys of line `line` into `into` (bounded). */
export function noteCredentials(into: CredentialLine[], line: number, text: string): void {
  if (into.length >= MAX_CREDENTIAL_LINES) return;
  for (const key of credentialKeys(text)) {
    if (into.length >= MAX_CREDENTIAL_LINES) return;
    into.push({ line, key });
  }
}

/**
 * A parsed config said it holds credentials (e.g. a value the line scan could not see, such as a
 * YAML block scalar): when no line of that config was flagged, flag its first line, so the
 * warning is never lost. Keeps `into` ordered by line.
 */
export function noteConfigCredentials(into: CredentialLine[], lines: LineRange, hasCredentials: boolean): void {
  if (!hasCredentials || into.length >= MAX_CREDENTIAL_LINES) return;
  if (into.some((c) => c.line >= lines.start && c.line <= lines.end)) return;
  const at = into.findIndex((c) => c.line > lines.start);
  const entry = { line: lines.start, key: 'access_key/access_secret' };
  if (at === -1) into.push(entry);
  else into.splice(at, 0, entry);
}
