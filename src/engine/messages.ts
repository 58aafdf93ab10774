// Human-facing prose that is not a catalog entry lives as data in catalog/messages/<lang>.json, so
// the second language is a file, not a code change. Keys are checked by the compiler; `{name}` holes
// are filled from `vars` and a hole without a value stays visible.
import en from '../../catalog/messages/en.json';

export type MessageKey = keyof typeof en;

export function msg(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (hole, name: string) => (name in vars ? String(vars[name]) : hole));
}
