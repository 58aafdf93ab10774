// Terway settings from a ConfigMap's data (`eni-config`, a node-level terway config, or a bare `eni_conf` JSON):
// the embedded `eni_conf` JSON string is expanded, `10-terway.conf` keys become `cni.<key>`, credentials masked.

import type { ConfigRecord, LineRange } from '../../records';

export const MASKED = '****** (masked)';
const CREDENTIAL_KEYS = new Set([
  'access_key',
  'access_secret',
  'accessKey',
  'accessSecret',
  'access_key_id',
  'access_key_secret',
]);
/** keys that only the daemon's eni_conf has; used to recognise a bare eni_conf object */
const ENI_CONF_KEYS = [
  'vswitches',
  'security_group',
  'security_groups',
  'ipam_type',
  'max_pool_size',
  'min_pool_size',
  'service_cidr',
  'enable_eni_trunking',
  'vswitch_selection_policy',
  'access_key',
];

type Obj = Record<string, unknown>;

function asText(v: unknown): string {
  if (typeof v === 'string') return v;
  return JSON.stringify(v) ?? String(v);
}

/** JSON that humans and templates write: tolerate trailing commas. */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

export function looksLikeEniConf(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Obj;
  let n = 0;
  for (const k of ENI_CONF_KEYS) if (k in o) n++;
  return n >= 2;
}

class SettingsBuilder {
  readonly settings: Record<string, string> = {};
  hasCredentials = false;

  add(key: string, value: unknown, prefix = ''): void {
    if (CREDENTIAL_KEYS.has(key)) {
      const present = typeof value === 'string' ? value.trim().length > 0 : value !== null && value !== undefined;
      if (present) this.hasCredentials = true;
      this.settings[prefix + key] = present ? MASKED : '';
      return;
    }
    this.settings[prefix + key] = asText(value);
  }

  addObject(o: Obj, prefix = ''): void {
    for (const [k, v] of Object.entries(o)) this.add(k, v, prefix);
  }
}

/** From a ConfigMap `data` map (values are strings). */
export function configFromData(name: string, data: Obj, lines: LineRange): ConfigRecord {
  const b = new SettingsBuilder();
  for (const [key, value] of Object.entries(data)) {
    if (key === 'eni_conf' || key === 'eni_config') {
      const parsed = typeof value === 'string' ? parseLenientJson(value) : value;
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) b.addObject(parsed as Obj);
      else b.add(key, value);
    } else if (key.endsWith('.conf') || key.endsWith('.conflist')) {
      const parsed = typeof value === 'string' ? parseLenientJson(value) : value;
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) b.addObject(parsed as Obj, 'cni.');
      else b.add(key, value);
    } else {
      b.add(key, value);
    }
  }
  return {
    name,
    settings: b.settings,
    hasCredentials: b.hasCredentials,
    lines: { start: lines.start, end: lines.end },
  };
}

/** From a bare eni_conf object (`kubectl get cm eni-config -o jsonpath='{.data.eni_conf}'`). */
export function configFromEniConf(conf: Obj, lines: LineRange): ConfigRecord {
  const b = new SettingsBuilder();
  b.addObject(conf);
  return {
    name: 'eni-config',
    settings: b.settings,
    hasCredentials: b.hasCredentials,
    lines: { start: lines.start, end: lines.end },
  };
}
