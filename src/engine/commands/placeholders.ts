// The placeholders catalog commands use, and the shape a value must have to fill each one. A value
// of another shape (a pod "name" holding `; curl … | sh`) never fills a command: the placeholder
// stays visible, so the copied command fails loudly instead of doing something else.

export type PlaceholderKind = 'name' | 'label' | 'vsw' | 'eni' | 'instance' | 'zone';

/** RFC 1123 subdomain: pods, nodes, PodNetworking and other object names (at most 253 characters). */
function isSubdomain(v: string): boolean {
  if (v.length === 0 || v.length > 253) return false;
  return v.split('.').every((label) => isLabel(label, 63));
}

/** RFC 1123 label: namespaces, and each dot-separated part of a subdomain. */
function isLabel(v: string, max = 63): boolean {
  return v.length > 0 && v.length <= max && /^[a-z0-9-]+$/.test(v) && !v.startsWith('-') && !v.endsWith('-');
}

const VALID: Record<PlaceholderKind, (v: string) => boolean> = {
  name: isSubdomain,
  label: (v) => isLabel(v),
  vsw: (v) => /^vsw-[a-z0-9]{1,64}$/.test(v),
  eni: (v) => /^eni-[a-z0-9]{1,64}$/.test(v),
  instance: (v) => /^i-[a-z0-9]{1,64}$/.test(v),
  // cn-hangzhou-h, ap-southeast-1a, cn-beijing-finance-1-a
  zone: (v) => v.length <= 64 && /^[a-z]{2,3}(?:-[a-z0-9]+){1,5}$/.test(v),
};

/** Each placeholder a command template may hold, and what kind of value fills it. */
export const PLACEHOLDERS: Record<string, PlaceholderKind> = {
  pod: 'name',
  node: 'name',
  terwayPod: 'name',
  controlplanePod: 'name',
  podNetworking: 'name',
  namespace: 'label',
  container: 'label',
  vsw: 'vsw',
  eni: 'eni',
  instance: 'instance',
  zone: 'zone',
};

export function isValidFor(kind: PlaceholderKind, value: string): boolean {
  return VALID[kind](value);
}
