/**
 * Deadline expressions, one block per row of the table in docs/domain.md, then the separators,
 * the years taken from context, the dates that are not deadlines, relative deadlines, repeating
 * duties, and the wording back (formatDeadline).
 */
import { describe, expect, it } from 'vitest';
import type { YearContext } from '../../../src/core/dates/deadline-types';
import { formatDeadline } from '../../../src/core/dates/deadline-wording';
import { findDeadlines, parseDeadline, parseTimeCell, parseWindowHeading } from '../../../src/core/dates/deadlines';
import { findRecurrence } from '../../../src/core/dates/recurrence';
import { findRelative } from '../../../src/core/dates/relative';

/** The first deadline of the text as [start, due, kind]. */
function read(text: string, ctx: YearContext = {}): [string | null, string | null, string] | null {
  const m = parseDeadline(text, ctx);
  return m ? [m.start, m.due, m.kind] : null;
}

describe('every row of the table of deadline expressions', () => {
  it('`trước ngày 05/7/2019`, `xong trước 10/9/2019`, `hoàn thành trước 31/8/2020`: due only, the literal day, remembered as «trước»', () => {
    expect(read('gửi về Tổ trưởng (trước ngày 05/7/2019)')).toEqual([null, '2019-07-05', 'before']);
    expect(read('(xong trước 10/9/2019)')).toEqual([null, '2019-09-10', 'before']);
    expect(read('hoàn thành trước 31/8/2020.')).toEqual([null, '2020-08-31', 'before']);
    expect(parseDeadline('trước ngày 05/7/2019')?.before).toBe(true);
  });

  it('`trước 14 giờ, ngày 05/12/2017`, `trước 16h30 ngày 20/5/2024`: the hour is read past, the day kept', () => {
    expect(read('gửi về Văn phòng UBND tỉnh trước 14 giờ, ngày 05/12/2017.')).toEqual([null, '2017-12-05', 'before']);
    expect(read('trước 16h30 ngày 20/5/2024')).toEqual([null, '2024-05-20', 'before']);
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

  it('`từ ngày 10/7 đến 19/7/2019`: the start inherits the end’s year', () => {
    expect(read('(từ ngày 10/7 đến 19/7/2019)')).toEqual(['2019-07-10', '2019-07-19', 'range']);
    expect(read('từ 26/12 đến 05/01/2020')).toEqual(['2019-12-26', '2020-01-05', 'range']);
    expect(read('từ ngày 10/7/2019 đến ngày 19/7/2019')).toEqual(['2019-07-10', '2019-07-19', 'range']);
  });

  it('`trong tháng 8/2019`, `(tháng 12/2019)`, `hoàn thành trong tháng 01/2020`: the whole month', () => {
    expect(read('thông qua Kế hoạch (trong tháng 8/2019).')).toEqual(['2019-08-01', '2019-08-31', 'month']);
    expect(read('dự thảo các báo cáo lần 1 (tháng 12/2019)')).toEqual(['2019-12-01', '2019-12-31', 'month']);
    expect(read('hoàn thành trong tháng 01/2020')).toEqual(['2020-01-01', '2020-01-31', 'month']);
    expect(read('trong tháng 02/2020')).toEqual(['2020-02-01', '2020-02-29', 'month']);
  });

  it('a heading `Tháng 7/2019:` is a window for the items below', () => {
    const w = parseWindowHeading('Tháng 7/2019:');
    expect([w?.start, w?.due]).toEqual(['2019-07-01', '2019-07-31']);
    expect(parseWindowHeading('Trình Tiểu ban Văn kiện thông qua (tháng 7/2019)')).toBeNull();
  });

  it('`Từ tháng 01/2020 đến tháng 3/2020`: first day of the first month to last day of the last', () => {
    expect(read('Từ tháng 01/2020 đến tháng 3/2020:')).toEqual(['2020-01-01', '2020-03-31', 'monthRange']);
  });

  it('`Trong tháng 4,5,6,7/2020`: a list of months', () => {
    expect(read('Trong tháng 4,5,6,7/2020')).toEqual(['2020-04-01', '2020-07-31', 'months']);
    expect(read('trong các tháng 4, 5 và 6/2020')).toEqual(['2020-04-01', '2020-06-30', 'months']);
  });

  it('`Từ cuối tháng 11/2019 đến cuối tháng 12/2019`: 30/11 to 31/12', () => {
    expect(read('Từ cuối tháng 11/2019 đến cuối tháng 12/2019:')).toEqual(['2019-11-30', '2019-12-31', 'monthRange']);
  });

  it('`đầu / giữa / cuối tháng 9/2025`: day 1, 15, last (Bộ luật Dân sự, Điều 148)', () => {
    expect(read('đầu tháng 9/2025')).toEqual(['2025-09-01', '2025-09-01', 'point']);
    expect(read('giữa tháng 9/2025')).toEqual(['2025-09-15', '2025-09-15', 'point']);
    expect(read('cuối tháng 9/2025')).toEqual(['2025-09-30', '2025-09-30', 'point']);
    expect(read('cuối tháng 2/2024')).toEqual(['2024-02-29', '2024-02-29', 'point']);
  });

  it('`quý III/2020`: July to September', () => {
    expect(read('trong quý III/2020')).toEqual(['2020-07-01', '2020-09-30', 'quarter']);
    expect(read('quý 1/2021')).toEqual(['2021-01-01', '2021-03-31', 'quarter']);
    expect(read('quý IV năm 2019')).toEqual(['2019-10-01', '2019-12-31', 'quarter']);
  });

  it('`6 tháng đầu năm 2025` / `6 tháng cuối năm`: halves, the year from context when missing', () => {
    expect(read('6 tháng đầu năm 2025')).toEqual(['2025-01-01', '2025-06-30', 'half']);
    expect(read('trong 6 tháng cuối năm', { year: 2025 })).toEqual(['2025-07-01', '2025-12-31', 'half']);
  });

  it('`trong năm 2025`: the whole year', () => {
    expect(read('hoàn thành trong năm 2025')).toEqual(['2025-01-01', '2025-12-31', 'year']);
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

  it('`thường xuyên` is ongoing; `định kỳ hằng tháng / hằng quý / 6 tháng / hằng năm` recur', () => {
    expect(findRecurrence('thường xuyên theo dõi, đôn đốc')?.recurrence).toBe('ongoing');
    expect(findRecurrence('định kỳ hằng tháng báo cáo')?.recurrence).toBe('monthly');
    expect(findRecurrence('báo cáo định kỳ hàng quý')?.recurrence).toBe('quarterly');
    expect(findRecurrence('định kỳ 6 tháng sơ kết')?.recurrence).toBe('semiannual');
    expect(findRecurrence('định kỳ hằng năm tổng kết')?.recurrence).toBe('yearly');
    expect(findRecurrence('giao ban hằng tuần')?.recurrence).toBe('weekly');
    expect(findRecurrence('định kỳ báo cáo kết quả')).toMatchObject({ recurrence: 'ongoing', vague: true });
    expect(findRecurrence('Tổ chức Hội nghị sơ kết')).toBeNull();
  });
});

describe('separators and years', () => {
  it('reads `/`, `-` and `.` alike, always day first', () => {
    expect(read('trước ngày 31-12-2019')).toEqual([null, '2019-12-31', 'before']);
    expect(read('trước ngày 15.8', { year: 2019 })).toEqual([null, '2019-08-15', 'before']);
    expect(read('trong tháng 10.2020')).toEqual(['2020-10-01', '2020-10-31', 'month']);
    expect(read('từ 10-7 đến 19-7-2019')).toEqual(['2019-07-10', '2019-07-19', 'range']);
    expect(read('trước ngày 05/07/2019')).toEqual([null, '2019-07-05', 'before']);
    // 13 is not a month: never read month-first.
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

  it('long dates `ngày 15 tháng 7 năm 2019` read as well', () => {
    expect(read('hoàn thành trước ngày 15 tháng 7 năm 2019')).toEqual([null, '2019-07-15', 'before']);
  });
});

describe('dates that are not deadlines', () => {
  const none = (text: string) => findDeadlines(text, { anchor: '2020-01-01' }).filter((m) => m.strong || m.kind !== 'on');

  it('leaves out the dates of cited documents', () => {
    expect(none('Căn cứ Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp')).toEqual([]);
    expect(none('Quyết định số 01-QĐ/TBVK ngày 24 tháng 6 năm 2019 của Tiểu ban Văn kiện')).toEqual([]);
    expect(none('theo Nghị định 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ')).toEqual([]);
    expect(none('Quyết định số 4610/QĐ-UBND ngày 22/11/2022 của UBND Thành phố')).toEqual([]);
    expect(findDeadlines('Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị')).toEqual([]);
    // A title in capitals broken after `NGÀY 15`: the line below starts with the cited month.
    expect(none('THÁNG 3 NĂM 2021 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ CÔNG TÁC CÁN BỘ')).toEqual([]);
    // The same month worded as a deadline stays one.
    expect(findDeadlines('tổ chức hội nghị trong tháng 3 năm 2021 của Ban Thường vụ').map((m) => [m.start, m.due])).toEqual([['2021-03-01', '2021-03-31']]);
  });

  it('leaves out terms, birth cut-offs, durations, placeholders and lunar dates', () => {
    expect(findDeadlines('nhiệm kỳ 2020-2025, định hướng đến năm 2030')).toEqual([]);
    expect(findDeadlines('nam sinh từ tháng 4/1965, nữ sinh từ tháng 4/1970 trở lại đây')).toEqual([]);
    expect(findDeadlines('Thời gian tính độ tuổi tham gia ủy viên Ban chấp hành Đảng bộ Văn phòng UBND tỉnh: đến tháng 4/2020.')).toEqual([]);
    expect(findDeadlines('Thời gian tổ chức đại hội không quá 01 ngày')).toEqual([]);
    expect(findDeadlines('Kế hoạch số...KH/TBVK, ngày..... của Tiểu ban')).toEqual([]);
    expect(findDeadlines('Giỗ Tổ Hùng Vương 10/3 âm lịch')).toEqual([]);
    expect(findDeadlines('không quá 03-07 đồng chí')).toEqual([]);
    expect(findDeadlines('Ngày đăng 20/02/2020 | 07:18')).toEqual([]);
  });

  it('a bare `Ngày 20/2,` is a mention of a day, not a deadline', () => {
    const [m] = findDeadlines('Ngày 20/2, Tiểu ban văn kiện tổ chức phiên họp', { anchor: '2020-02-20' });
    expect([m.kind, m.strong, m.due]).toEqual(['on', false, '2020-02-20']);
  });
});

describe('formatDeadline', () => {
  it('words deadlines back the way plans word them', () => {
    expect(formatDeadline(null, '2019-07-05', 'before')).toBe('hoàn thành trước ngày 05/7/2019');
    expect(formatDeadline(null, '2019-07-05')).toBe('hoàn thành trước ngày 05/7/2019');
    expect(formatDeadline('2019-08-01', '2019-08-31')).toBe('trong tháng 8/2019');
    expect(formatDeadline('2019-07-10', '2019-07-19', 'range')).toBe('từ ngày 10/7 đến 19/7/2019');
    expect(formatDeadline('2019-12-26', '2020-01-05')).toBe('từ ngày 26/12/2019 đến 05/01/2020');
    expect(formatDeadline('2020-01-01', '2020-03-31', 'monthRange')).toBe('từ tháng 01/2020 đến tháng 3/2020');
    expect(formatDeadline('2020-04-01', '2020-07-31', 'months')).toBe('trong tháng 4, 5, 6, 7/2020');
    expect(formatDeadline('2020-07-01', '2020-09-30')).toBe('trong quý III/2020');
    expect(formatDeadline('2025-01-01', '2025-06-30')).toBe('trong 6 tháng đầu năm 2025');
    expect(formatDeadline('2025-01-01', '2025-12-31')).toBe('trong năm 2025');
    expect(formatDeadline('2025-09-30', '2025-09-30', 'point')).toBe('cuối tháng 9/2025');
    expect(formatDeadline(null, '2020-02-22', 'latest')).toBe('chậm nhất ngày 22/02/2020');
    expect(formatDeadline(null, null)).toBe('thường xuyên');
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
