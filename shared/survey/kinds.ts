import type { Question, ScaleQuestion } from './schema';

/** Zod-free helpers, so code that runs on a pupil's phone can use them without the schema library. */
export const isScale = (q: Question): q is ScaleQuestion => q.kind === 'scale5' || q.kind === 'faces';
