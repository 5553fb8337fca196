/**
 * Deadline expressions: what each wording reads as (READS, a group of rows per row of the table in
 * docs/domain.md, then the separators), the years taken from context, the dates that are not
 * deadlines, relative deadlines, repeating duties, and the wording back (formatDeadline).
 */
import { describe, expect, it } from 'vitest';
import type { DeadlineKind, YearContext } from '../../../src/core/dates/deadline-types';
import { formatDeadline } from '../../../src/core/dates/deadline-wording';
import { findDeadlines, parseDeadline, parseTimeCell, parseWindowHeading } from '../../../src/core/dates/deadlines';
import { findRecurrence } from '../../../src/core/dates/recurrence';
import { findRelative } from '../../../src/core/dates/relative';

/** The first deadline of the text as [start, due, kind]. */
function read(text: string, ctx: YearContext = {}): [string | null, string | null, string] | null {
  const m = parseDeadline(text, ctx);
  return m ? [m.start, m.due, m.kind] : null;
}

/**
 * Each wording and what it reads as, a row per line: `text | start | due | kind`, `-` for no start,
 * and a fifth column with the year a text without one is read in. `#` lines name the rows of
 * docs/domain.md they stand for.
 */
const READS: Array<[text: string, start: string | null, due: string, kind: string, ctx?: YearContext]> = `
  # «trước ngày 05/7/2019», «xong trước 10/9/2019», «hoàn thành trước 31/8/2020»: due only, the literal day.
  gửi về Tổ trưởng (trước ngày 05/7/2019)                   | -          | 2019-07-05 | before
  (xong trước 10/9/2019)                                    | -          | 2019-09-10 | before
  hoàn thành trước 31/8/2020.                               | -          | 2020-08-31 | before
  # «trước 14 giờ, ngày 05/12/2017», «trước 16h30 ngày 20/5/2024»: the hour is read past, the day kept.
  gửi về Văn phòng UBND tỉnh trước 14 giờ, ngày 05/12/2017. | -          | 2017-12-05 | before
  trước 16h30 ngày 20/5/2024                                | -          | 2024-05-20 | before
  # «từ ngày 10/7 đến 19/7/2019»: the start inherits the end’s year.
  (từ ngày 10/7 đến 19/7/2019)                              | 2019-07-10 | 2019-07-19 | range
  từ 26/12 đến 05/01/2020                                   | 2019-12-26 | 2020-01-05 | range
  từ ngày 10/7/2019 đến ngày 19/7/2019                      | 2019-07-10 | 2019-07-19 | range
  # «trong tháng 8/2019», «(tháng 12/2019)», «hoàn thành trong tháng 01/2020»: the whole month.
  thông qua Kế hoạch (trong tháng 8/2019).                  | 2019-08-01 | 2019-08-31 | month
  dự thảo các báo cáo lần 1 (tháng 12/2019)                 | 2019-12-01 | 2019-12-31 | month
  hoàn thành trong tháng 01/2020                            | 2020-01-01 | 2020-01-31 | month
  trong tháng 02/2020                                       | 2020-02-01 | 2020-02-29 | month
  # «Từ tháng 01/2020 đến tháng 3/2020»: first day of the first month to last day of the last.
  Từ tháng 01/2020 đến tháng 3/2020:                        | 2020-01-01 | 2020-03-31 | monthRange
  # «Trong tháng 4,5,6,7/2020»: a list of months.
  Trong tháng 4,5,6,7/2020                                  | 2020-04-01 | 2020-07-31 | months
  trong các tháng 4, 5 và 6/2020                            | 2020-04-01 | 2020-06-30 | months
  # «Từ cuối tháng 11/2019 đến cuối tháng 12/2019»: 30/11 to 31/12.
  Từ cuối tháng 11/2019 đến cuối tháng 12/2019:             | 2019-11-30 | 2019-12-31 | monthRange
  # «đầu / giữa / cuối tháng 9/2025»: day 1, 15, last (Bộ luật Dân sự, Điều 148).
  đầu tháng 9/2025                                          | 2025-09-01 | 2025-09-01 | point
  giữa tháng 9/2025                                         | 2025-09-15 | 2025-09-15 | point
  cuối tháng 9/2025                                         | 2025-09-30 | 2025-09-30 | point
  cuối tháng 2/2024                                         | 2024-02-29 | 2024-02-29 | point
  # «quý III/2020»: July to September.
  trong quý III/2020                                        | 2020-07-01 | 2020-09-30 | quarter
  quý 1/2021                                                | 2021-01-01 | 2021-03-31 | quarter
  quý IV năm 2019                                           | 2019-10-01 | 2019-12-31 | quarter
  # «6 tháng đầu năm 2025» / «6 tháng cuối năm»: halves, the year from context when missing.
  6 tháng đầu năm 2025                                      | 2025-01-01 | 2025-06-30 | half
  trong 6 tháng cuối năm                                    | 2025-07-01 | 2025-12-31 | half       | 2025
  # «trong năm 2025»: the whole year.
  hoàn thành trong năm 2025                                 | 2025-01-01 | 2025-12-31 | year
  # Separators: «/», «-» and «.» alike, always day first.
  trước ngày 31-12-2019                                     | -          | 2019-12-31 | before
  trước ngày 15.8                                           | -          | 2019-08-15 | before     | 2019
  trong tháng 10.2020                                       | 2020-10-01 | 2020-10-31 | month
  từ 10-7 đến 19-7-2019                                     | 2019-07-10 | 2019-07-19 | range
  trước ngày 05/07/2019                                     | -          | 2019-07-05 | before
  # Long dates.
  hoàn thành trước ngày 15 tháng 7 năm 2019                 | -          | 2019-07-15 | before
`.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).map((l) => {
  const [text, start, due, kind, year] = l.split(' | ').map((c) => c.trim());
  return [text, start === '-' ? null : start, due, kind, year ? { year: Number(year) } : undefined];
});

describe('every row of the table of deadline expressions', () => {
  it.each(READS)('“%s” reads as %s – %s (%s)', (text, start, due, kind, ctx) => {
    expect(read(text, ctx)).toEqual([start, due, kind]);
  });

  it('remembers a deadline written with «trước» as such', () => {
    expect(parseDeadline('trước ngày 05/7/2019')?.before).toBe(true);
  });

  it('a time cell holding only a day (`28/9/2012`, `ngày 28 tháng 9 năm 2012`) is that day', () => {
    expect(parseTimeCell('28/9/2012')).toMatchObject({ start: '2012-09-28', due: '2012-09-28' });
    expect(parseTimeCell('ngày 28 tháng 9 năm 2012')).toMatchObject({ start: '2012-09-28', due: '2012-09-28' });
    expect(parseTimeCell('Quyết định số 12/QĐ-UBND ngày 05/01/2024')).toBeNull();
  });

  it('`chậm nhất ngày 22/02` with no year: due on the 22nd of February of the document’s year', () => {
    const m = parseDeadline('Chậm nhất ngày 22/02, các khối ngành phải hoàn thiện', { anchor: '2020-02-20' });
    expect([m?.start, m?.due, m?.kind, m?.yearMissing, m?.yearSource]).toEqual([null, '2020-02-22', 'latest', true, 'anchor']);
  });

  it('a heading `Tháng 7/2019:` is a window for the items below', () => {
    const w = parseWindowHeading('Tháng 7/2019:');
    expect([w?.start, w?.due]).toEqual(['2019-07-01', '2019-07-31']);
    expect(parseWindowHeading('Trình Tiểu ban Văn kiện thông qua (tháng 7/2019)')).toBeNull();
  });

  it('`trước 05 ngày so với thời gian tổ chức đại hội`: five days before the event starts', () => {
    const [r] = findRelative('Đảng ủy Văn phòng tiến hành duyệt các nội dung trên trước 05 ngày so với thời gian tổ chức đại hội của các chi bộ trực thuộc.');
    expect([r.offsetDays, r.event, r.workdays]).toEqual([-5, 'tổ chức đại hội của các chi bộ trực thuộc', false]);
  });

  it('`chậm nhất 03 ngày sau khi kết thúc đại hội`: three days after the event ends', () => {
    const [r] = findRelative('Thời gian báo cáo chậm nhất 03 ngày sau khi kết thúc đại hội.');
    expect([r.offsetDays, r.event]).toEqual([3, 'đại hội']);
    const [w] = findRelative('báo cáo trong vòng 05 ngày làm việc kể từ khi kết thúc hội nghị');
    expect([w.offsetDays, w.workdays, w.event]).toEqual([5, true, 'hội nghị']);
  });

  it.each([
    ['thường xuyên theo dõi, đôn đốc', 'ongoing'],
    ['định kỳ hằng tháng báo cáo', 'monthly'],
    ['báo cáo định kỳ hàng quý', 'quarterly'],
    ['định kỳ 6 tháng sơ kết', 'semiannual'],
    ['định kỳ hằng năm tổng kết', 'yearly'],
    ['giao ban hằng tuần', 'weekly'],
  ])('`thường xuyên` is ongoing; `định kỳ hằng tháng / hằng quý / 6 tháng / hằng năm` recur: “%s” is %s', (text, recurrence) => {
    expect(findRecurrence(text)?.recurrence).toBe(recurrence);
  });

  it('a bare `định kỳ` is a vague ongoing duty, and a meeting named `sơ kết` does not recur', () => {
    expect(findRecurrence('định kỳ báo cáo kết quả')).toMatchObject({ recurrence: 'ongoing', vague: true });
    expect(findRecurrence('Tổ chức Hội nghị sơ kết')).toBeNull();
  });
});

describe('separators and years', () => {
  it('never reads month first: 13 is not a month', () => {
    expect(read('trước ngày 07/13/2019')).toBeNull();
  });

  it('takes a missing year from the heading’s window, the user’s year, then the last date read', () => {
    const july = { window: { start: '2019-07-01', due: '2019-07-31' } };
    expect(parseDeadline('(trước ngày 05/7)', july)).toMatchObject({ due: '2019-07-05', yearSource: 'window' });
    // A window over the new year places January in the next year.
    const winter = { window: { start: '2019-11-30', due: '2020-01-31' } };
    expect(parseDeadline('trước ngày 15/01', winter)?.due).toBe('2020-01-15');
    expect(parseDeadline('trước ngày 15/01', { year: 2021 })).toMatchObject({ due: '2021-01-15', yearSource: 'option' });
    // After a deadline in December, January means the next year.
    expect(parseDeadline('trước ngày 10/01', { anchor: '2019-12-20' })?.due).toBe('2020-01-10');
    const none = parseDeadline('chậm nhất ngày 22/02');
    expect([none?.due, none?.yearMissing, none?.yearSource]).toEqual([null, true, null]);
  });
});

describe('dates that are not deadlines', () => {
  /** What a plan would take as a deadline: a cited document's date may stay a mere mention of the day (kind `on`, not strong). */
  const deadlinesIn = (text: string) => findDeadlines(text, { anchor: '2020-01-01' }).filter((m) => m.strong || m.kind !== 'on');

  /** Dates a plan cites (the date of a document): at most a mention of the day, never a deadline. */
  const CITED: Record<string, string> = {
    'the date of a cited directive': 'Căn cứ Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp',
    'the long date of a cited decision': 'Quyết định số 01-QĐ/TBVK ngày 24 tháng 6 năm 2019 của Tiểu ban Văn kiện',
    'the date of a cited decree': 'theo Nghị định 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ',
    'the date of a cited decision': 'Quyết định số 4610/QĐ-UBND ngày 22/11/2022 của UBND Thành phố',
    // A title in capitals broken after `NGÀY 15`: the line below starts with the cited month.
    'the cited month on the second line of a title': 'THÁNG 3 NĂM 2021 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ CÔNG TÁC CÁN BỘ',
  };
  /** Texts that give no date at all, not even a day mentioned: numbers that look like dates, and a directive named alone. */
  const NOT_DATES: Record<string, string> = {
    'the date of a directive named alone': 'Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị',
    'terms': 'nhiệm kỳ 2020-2025, định hướng đến năm 2030',
    'birth cut-offs': 'nam sinh từ tháng 4/1965, nữ sinh từ tháng 4/1970 trở lại đây',
    'an age rule': 'Thời gian tính độ tuổi tham gia ủy viên Ban chấp hành Đảng bộ Văn phòng UBND tỉnh: đến tháng 4/2020.',
    'a duration': 'Thời gian tổ chức đại hội không quá 01 ngày',
    'placeholders': 'Kế hoạch số...KH/TBVK, ngày..... của Tiểu ban',
    'a lunar date': 'Giỗ Tổ Hùng Vương 10/3 âm lịch',
    'a number of people': 'không quá 03-07 đồng chí',
    'the time a page was posted': 'Ngày đăng 20/02/2020 | 07:18',
  };

  it.each(Object.entries(CITED))('leaves out %s: “%s” gives no deadline', (_, text) => {
    expect(deadlinesIn(text)).toEqual([]);
  });

  it.each(Object.entries(NOT_DATES))('leaves out %s: “%s” gives no date', (_, text) => {
    expect(findDeadlines(text)).toEqual([]);
  });

  it('keeps the same month as a deadline when a sentence words it as one', () => {
    expect(findDeadlines('tổ chức hội nghị trong tháng 3 năm 2021 của Ban Thường vụ').map((m) => [m.start, m.due])).toEqual([['2021-03-01', '2021-03-31']]);
  });

  it('a bare `Ngày 20/2,` is a mention of a day, not a deadline', () => {
    const [m] = findDeadlines('Ngày 20/2, Tiểu ban văn kiện tổ chức phiên họp', { anchor: '2020-02-20' });
    expect([m.kind, m.strong, m.due]).toEqual(['on', false, '2020-02-20']);
  });
});

describe('formatDeadline', () => {
  it.each([
    [null, '2019-07-05', 'hoàn thành trước ngày 05/7/2019'],
    ['2019-08-01', '2019-08-31', 'trong tháng 8/2019'],
    ['2019-12-26', '2020-01-05', 'từ ngày 26/12/2019 đến 05/01/2020'],
    ['2020-07-01', '2020-09-30', 'trong quý III/2020'],
    ['2025-01-01', '2025-06-30', 'trong 6 tháng đầu năm 2025'],
    ['2025-01-01', '2025-12-31', 'trong năm 2025'],
    [null, null, 'thường xuyên'],
  ])('words deadlines back the way plans word them, from the dates alone: %s – %s is “%s”', (start, due, wording) => {
    expect(formatDeadline(start, due)).toBe(wording);
  });

  it.each<[string | null, string, DeadlineKind, string]>([
    [null, '2019-07-05', 'before', 'hoàn thành trước ngày 05/7/2019'],
    ['2019-07-10', '2019-07-19', 'range', 'từ ngày 10/7 đến 19/7/2019'],
    ['2020-01-01', '2020-03-31', 'monthRange', 'từ tháng 01/2020 đến tháng 3/2020'],
    ['2020-04-01', '2020-07-31', 'months', 'trong tháng 4, 5, 6, 7/2020'],
    ['2025-09-30', '2025-09-30', 'point', 'cuối tháng 9/2025'],
    [null, '2020-02-22', 'latest', 'chậm nhất ngày 22/02/2020'],
  ])('words deadlines back the way plans word them, with the kind the text had: %s – %s (%s) is “%s”', (start, due, kind, wording) => {
    expect(formatDeadline(start, due, kind)).toBe(wording);
  });

  it('words a deadline in English', () => {
    expect(formatDeadline(null, '2019-07-05', 'before', 'en')).toBe('by 05/7/2019');
  });

  it('reads back what it wrote', () => {
    const cases: Array<[string | null, string, Parameters<typeof formatDeadline>[2]]> = [
      [null, '2019-07-05', 'before'], ['2019-08-01', '2019-08-31', 'month'], ['2019-07-10', '2019-07-19', 'range'],
      ['2020-01-01', '2020-03-31', 'monthRange'], ['2020-07-01', '2020-09-30', 'quarter'], ['2025-07-01', '2025-12-31', 'half'],
      ['2025-01-01', '2025-12-31', 'year'], ['2025-09-15', '2025-09-15', 'point'], [null, '2020-02-22', 'latest'],
    ];
    for (const [start, due, kind] of cases) {
      const m = parseDeadline(formatDeadline(start, due, kind));
      expect([m?.start === m?.due && m?.kind !== 'point' ? null : m?.start ?? null, m?.due], `${start} ${due} ${kind}`).toEqual([start, due]);
    }
  });
});
