/** How documents write dates, deadlines, numbers, recipients and subjects (domain.md, "The document format"). */
import { describe, expect, it } from 'vitest';
import { longDate, shortDate } from '../../../src/core/docs/dates';
import { deadlineCell, deadlineWording } from '../../../src/core/docs/deadline-wording';
import { DOC_FORMATS } from '../../../src/core/docs/format';
import { numberLine, recipientLines, subjectOf } from '../../../src/core/docs/official';
import { roman } from '../../../src/core/text/numbering';
import { sectionTitle } from '../../../src/core/docs/plan';

describe('document dates', () => {
  it.each([
    ['2019-07-05', 'ngày 05 tháng 7 năm 2019', '5 July 2019'],
    ['2018-02-20', 'ngày 20 tháng 02 năm 2018', '20 February 2018'],
    ['2020-01-01', 'ngày 01 tháng 01 năm 2020', '1 January 2020'],
    ['2019-12-31', 'ngày 31 tháng 12 năm 2019', '31 December 2019'],
  ])('pads days under 10 and the months January and February, as the guidance says: %s is “%s” (“%s”)', (iso, vi, en) => {
    expect(longDate(iso)).toBe(vi);
    expect(longDate(iso, 'en')).toBe(en);
  });

  it('writes the short date with the year, or without it', () => {
    expect(shortDate('2019-07-05')).toBe('05/7/2019');
    expect(shortDate('2020-02-15', false)).toBe('15/02');
  });
});

describe('deadline wording, as the plans word it', () => {
  it.each([
    [null, '2019-07-05', 'hoàn thành trước ngày 05/7/2019', 'Trước 05/7/2019'],
    ['2019-08-01', '2019-08-31', 'trong tháng 8/2019', 'Tháng 8/2019'],
    ['2019-07-10', '2019-07-19', 'từ ngày 10/7 đến 19/7/2019', '10/7 - 19/7/2019'],
    ['2019-12-25', '2020-01-05', 'từ ngày 25/12/2019 đến 05/01/2020', '25/12/2019 - 05/01/2020'],
    ['2020-01-01', '2020-03-31', 'trong quý I/2020', 'Quý I/2020'],
    ['2020-07-01', '2020-09-30', 'trong quý III/2020', 'Quý III/2020'],
    ['2020-01-01', '2020-02-29', 'từ tháng 01/2020 đến tháng 02/2020', '01/2020 - 02/2020'],
    ['2020-04-01', '2020-07-31', 'từ tháng 4/2020 đến tháng 7/2020', '4/2020 - 7/2020'],
    ['2025-01-01', '2025-12-31', 'trong năm 2025', 'Năm 2025'],
    ['2025-01-01', '2025-06-30', 'trong 6 tháng đầu năm 2025', '6 tháng đầu năm 2025'],
    ['2019-11-30', '2019-12-31', 'từ ngày 30/11 đến 31/12/2019', '30/11 - 31/12/2019'],
    ['2019-10-10', '2019-10-10', 'ngày 10/10/2019', 'Ngày 10/10/2019'],
    ['2019-10-10', null, 'từ ngày 10/10/2019', 'Từ 10/10/2019'],
    [null, null, 'thường xuyên', 'Thường xuyên'],
  ])('%s – %s → “%s”', (start, due, text, cell) => {
    expect(deadlineWording(start, due)).toBe(text);
    expect(deadlineCell(start, due)).toBe(cell);
  });

  it('has an English form', () => {
    expect(deadlineWording(null, '2019-07-05', 'en')).toBe('by 05/7/2019');
    expect(deadlineWording('2019-08-01', '2019-08-31', 'en')).toBe('during 8/2019');
    expect(deadlineWording(null, null, 'en')).toBe('ongoing');
  });
});

describe('header, subject and closing lines', () => {
  it('writes the number without a colon (party) and with one (state); a report keeps the code and leaves the number blank', () => {
    expect(numberLine(DOC_FORMATS.party, '07-KH/TBVKĐH', 'KH')).toBe('Số 07-KH/TBVKĐH');
    expect(numberLine(DOC_FORMATS.party, 'Số: 07-KH/TBVKĐH', 'KH')).toBe('Số 07-KH/TBVKĐH');
    expect(numberLine(DOC_FORMATS.state, '12/KH-UBND', 'KH')).toBe('Số: 12/KH-UBND');
    expect(numberLine(DOC_FORMATS.party, '07-KH/TBVKĐH', 'BC')).toMatch(/^Số\s+-BC\/TBVKĐH$/);
    expect(numberLine(DOC_FORMATS.state, '12/KH-UBND', 'BC')).toMatch(/^Số:\s+\/BC-UBND$/);
    expect(numberLine(DOC_FORMATS.party, '', 'KH')).toMatch(/^Số\s+-KH\/…$/);
  });

  it('ends each recipient with “,” (party) or “;” (state) and the last with “.”, adding “Lưu …” when missing', () => {
    expect(recipientLines(DOC_FORMATS.party, 'Thường trực Thành ủy (b/c),\n- Các đ/c thành viên Tiểu ban;\nLưu VPTU.')).toEqual([
      '- Thường trực Thành ủy (b/c),', '- Các đ/c thành viên Tiểu ban,', '- Lưu VPTU.',
    ]);
    expect(recipientLines(DOC_FORMATS.state, 'Như trên\nUBND tỉnh')).toEqual(['- Như trên;', '- UBND tỉnh;', '- Lưu: VT.']);
    expect(recipientLines(DOC_FORMATS.party, '')).toEqual(['- Lưu Văn phòng.']);
  });

  it('starts the subject lower case, without a repeated “Kế hoạch”, keeping acronyms', () => {
    expect(subjectOf('Tham mưu xây dựng các Văn kiện Đại hội')).toBe('tham mưu xây dựng các Văn kiện Đại hội');
    expect(subjectOf('Kế hoạch cải cách hành chính năm 2019')).toBe('cải cách hành chính năm 2019');
    expect(subjectOf('UBND tỉnh triển khai Nghị quyết')).toBe('UBND tỉnh triển khai Nghị quyết');
  });

  it('drops a section’s own numbering before renumbering it', () => {
    expect(sectionTitle('I. BÁO CÁO CHÍNH TRỊ')).toBe('BÁO CÁO CHÍNH TRỊ');
    expect(sectionTitle('2. Tháng 7/2019:')).toBe('Tháng 7/2019');
    expect(sectionTitle('1. Xây dựng đề cương các báo cáo')).toBe('Xây dựng đề cương các báo cáo');
    expect(sectionTitle('Tháng 6/2019')).toBe('Tháng 6/2019');
    expect([1, 4, 9, 14, 40].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
  });
});
