// `kubectl describe cm eni-config`: after the header fields comes
//   Data
//   ====
//   eni_conf:
//   ----
//   {…}
// for each key, then `BinaryData` / `====`, then Events.

import type { NumberedLine } from './outline';

export function readConfigMapData(lines: NumberedLine[]): Record<string, string> {
  const data: Record<string, string> = {};
  let key: string | undefined;
  let value: string[] = [];
  const close = (): void => {
    if (key === undefined) return;
    while (value.length > 0 && (value[value.length - 1] as string).trim().length === 0) value.pop();
    data[key] = value.join('\n');
  };
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as NumberedLine).text;
    const next = lines[i + 1]?.text ?? '';
    if (/^\S[^:]*:$/.test(text) && /^-{3,}$/.test(next.trim())) {
      close();
      key = text.slice(0, -1);
      value = [];
      i++;
      continue;
    }
    if (key !== undefined) value.push(text);
  }
  close();
  return data;
}
