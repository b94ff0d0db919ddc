/** The team of government-affairs disclosure supervisors (system 7). */

export const SUPERVISOR_TODO_KINDS = {} as const;
