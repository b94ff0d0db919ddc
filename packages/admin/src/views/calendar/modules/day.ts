import type { CalendarDayKind } from '@gongkai/shared';

export interface DayInfo {
  kind: CalendarDayKind;
  name: string | null;
}
