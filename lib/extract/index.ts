/** The extractor's entry: `annotate` (the pipeline, in `annotate.ts`) and the types of what it finds. */
export { annotate, getMatcher } from './annotate.ts';
export type * from './types.ts';
