// The worker's slim catalog carries only the first sentence of each explanation and no fix (see
// catalog/engine-catalog.ts). The page fills the full prose back from the whole catalog by entry
// id, so what it shows and exports reads exactly like the CLI's report.
import type { Catalog } from './catalog/types';
import type { Report } from './report';

export function withCatalogProse(report: Report, catalog: Catalog): Report {
  const byId = new Map(catalog.entries.map((e) => [e.id, e]));
  return {
    ...report,
    findings: report.findings.map((f) => {
      const e = byId.get(f.id);
      return e ? { ...f, explanation: e.explanation, fix: e.fix } : f;
    }),
  };
}
