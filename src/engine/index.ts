// The engine's vocabulary for the page, the worker and the CLI: the Report an analysis returns, the
// catalog's types, and the helpers that show a Report safely. The other entry points are pipeline.ts
// (run an analysis), messages.ts, commands/index.ts, report-markdown.ts, report-json.ts and
// catalog/compile.ts; everything else is internal (eslint.boundaries.js enforces it).
export type * from './report';
export {
  KIND_ROOT_SCORE,
  type Catalog,
  type CatalogEntry,
  type Category,
  type EntryKind,
  type KnownBug,
} from './catalog/types';
export { compareVersions, knownBugVerdict, parseTerwayVersion, releaseLine, upgradeTarget } from './version';
export { withCatalogProse } from './report-prose';
export { applyOverlay, type CatalogOverlay } from './catalog/overlay';
export { firstSentence } from './catalog/first-sentence';
export {
  categoryLabel,
  confidenceLabel,
  ipamLabel,
  kindLabel,
  severityLabel,
  statusLabel,
  terwayLabel,
} from './labels';
export { asideOf, labelOf, listOf } from './text/joins';
export { maskCredentials } from './redact';
export { trimEndMatching } from './text/trim-end';
export { placeTimeline } from './reason/timeline-place';
export { readEventRow, type EventRowParts } from './parse/events/single-row';
export { stripAnsiText } from './text/ansi';
