// Small readers shared by the JSON-line and zap-console log parsers.

/** `text` parsed as a JSON object, or undefined (not JSON, or an array or scalar). */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    return undefined;
  }
  return o !== null && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>) : undefined;
}

/** A field value as text: strings as they are, anything else as JSON. */
export function fieldText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Epoch seconds (or milliseconds, when above 1e12) as ISO 8601; undefined when not a time. */
export function epochToIso(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  const d = new Date(n > 1e12 ? n : n * 1000);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
