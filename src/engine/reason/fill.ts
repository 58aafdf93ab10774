// Fills `{placeholder}`s of catalog commands with names from the paste; unknown ones stay visible
// as `<placeholder>` so a copied command fails loudly instead of doing something else.
export function fillCommand(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `<${key}>`);
}
