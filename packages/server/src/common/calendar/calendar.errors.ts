import { errorCatalogue } from '../errors.js';
import type { CalendarError } from './calendar.service.js';

/** What each code means; the error-code catalogue is generated from this. */
export const CALENDAR_ERRORS = errorCatalogue<CalendarError>('calendar', {
  CALENDAR_DATE_INVALID: '日期格式应为 YYYY-MM-DD',
  CALENDAR_YEAR_INVALID: '年份不正确',
  CALENDAR_NOTICE_INVALID: '粘贴的国务院办公厅节假日安排通知无法逐条识别（问题逐条列出），未录入',
});
