// The engine worker's code as an inline classic blob worker, in a chunk of its own: the page paints
// and takes a paste before the worker's ~115 KB (engine, YAML parser, matching catalog) arrive, and
// startEngine() loads this chunk as its first step. The single-file build inlines it like any chunk.
export { default } from './engine.worker.ts?worker&inline';
