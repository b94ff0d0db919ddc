/** Third-party evaluation by the academy (system 7). */

export const EVALUATION_TODO_KINDS = {} as const;
