import { describe, expect, it } from 'vitest';
import { chineseDaysRows } from './holiday-source.js';
import { parseHolidayNotice } from './notice.js';

// The State Council General Office's notices as published (国办发明电〔2024〕12号 and 〔2025〕7号), pasted
// with their title and closing lines as an administrator would copy them from the page.
const NOTICE_2025 = `国务院办公厅关于2025年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。
国务院办公厅
2024年11月12日`;

const NOTICE_2026 = `一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

/** The year's days as the bundled data (transcribed from the same notices) has them. */
const fromData = (year: number) =>
  chineseDaysRows()
    .filter((r) => r.date.startsWith(`${year}-`))
    .map((r) => [r.date, r.kind]);

describe('reading the State Council’s holiday notice', () => {
  it.each([
    [2025, NOTICE_2025],
    [2026, NOTICE_2026],
  ])('reads %i’s notice into the same days as the bundled data', (year, text) => {
    const parsed = parseHolidayNotice(year, text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.days.map((d) => [d.date, d.kind])).toEqual(fromData(year));
  });

  it('names each holiday and its worked days, across a month and on one day', () => {
    const parsed = parseHolidayNotice(2025, NOTICE_2025);
    expect(parsed.holidays.map((h) => [h.name, h.from, h.to, h.days])).toEqual([
      ['元旦', '2025-01-01', '2025-01-01', 1],
      ['春节', '2025-01-28', '2025-02-04', 8],
      ['清明节', '2025-04-04', '2025-04-06', 3],
      ['劳动节', '2025-05-01', '2025-05-05', 5],
      ['端午节', '2025-05-31', '2025-06-02', 3],
      ['国庆节、中秋节', '2025-10-01', '2025-10-08', 8],
    ]);
    expect(parsed.days.find((d) => d.date === '2025-02-08')).toEqual({ date: '2025-02-08', kind: 'ADJUSTED_WORKDAY', name: '春节调休上班' });
  });

  it('takes full-width digits and a year written out (a New Year that begins in December)', () => {
    const parsed = parseHolidayNotice(2023, '一、元旦：2022年12月31日至2023年1月2日放假调休，共３天。');
    expect(parsed.problems).toEqual([]);
    expect(parsed.days.map((d) => d.date)).toEqual(['2022-12-31', '2023-01-01', '2023-01-02']);
  });

  it('reports what it cannot place, line by line, and nothing is taken from a text that is not the notice', () => {
    expect(parseHolidayNotice(2027, '各位同事：请注意放假安排。').problems).toEqual(['未识别到节假日安排：请粘贴通知正文中“一、元旦：……”起的各条']);
    const wrongCount = parseHolidayNotice(2027, '三、清明节：4月5日（周一）至7日（周三）放假，共4天。');
    expect(wrongCount.problems).toEqual(['“清明节”写明共4天，但2027-04-05至2027-04-07为3天']);
    const badDate = parseHolidayNotice(2027, '一、元旦：1月1日放假。1月32日（周日）上班。');
    expect(badDate.problems).toEqual(['“元旦”的调休上班日期无法识别：1月32日上班']);
    const clash = parseHolidayNotice(2027, '四、劳动节：5月1日至5日放假调休，共5天。5月3日上班。');
    expect(clash.problems).toEqual(['2027-05-03既是放假日又是上班日']);
    const noDates = parseHolidayNotice(2027, '二、春节：放假安排另行通知。');
    expect(noDates.problems).toEqual(['“春节”的放假日期无法识别：放假安排另行通知', '未识别到节假日安排：请粘贴通知正文中“一、元旦：……”起的各条']);
    const otherYear = parseHolidayNotice(2027, '一、元旦：2025年1月1日放假，共1天。');
    expect(otherYear.problems).toEqual(['2025-01-01不在2027年']);
  });
});
