// Working-day arithmetic over a holiday table. Implemented in full by the calendar work; this is
// the contract the server and SPAs rely on.
import type { CalendarDayKind } from './foundation/states.js';

/** A local date in Asia/Shanghai, as 'YYYY-MM-DD'. */
export type LocalDate = string;

export interface HolidayTable {
  /** Years whose holidays and adjusted working days are published and loaded. */
  coveredYears: Iterable<number>;
  /** Days that differ from the Monday-to-Friday rule. */
  days: Iterable<{ date: LocalDate; kind: CalendarDayKind }>;
}

export class CalendarNotCoveredError extends Error {
  constructor(public readonly year: number) {
    super(`${year}年的节假日安排尚未录入，无法计算工作日`);
    this.name = 'CalendarNotCoveredError';
  }
}
