// Entry point for running the engine: the worker and the CLI compile the catalog once and analyse
// inputs with it. Kept apart from index.ts so the page, which only shows Reports, never bundles the
// pipeline itself (it runs in the worker).
export { analyze, type EngineSource, type Progress } from './analyze';
export { CompiledCatalog } from './match/compiled-catalog';
export { warmScan, warmUp } from './warm-up';
export {
  canSplit,
  forTransfer,
  MIN_SPLIT_BYTES,
  scanSegment,
  segmentCount,
  segmentsInOrder,
  transferables,
  SPLIT_HEAD_BYTES,
  type ScannedSegment,
} from './analysis/segments';
