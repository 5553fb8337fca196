/**
 * Whatever is pasted, the importer answers: random text, and random plan-like text built from
 * the pieces plans are made of (markers, dates with every separator, roles, people, tables,
 * legacy characters), never make it throw, and what it returns is always well-formed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCivilDate } from '../../../src/core/dates/civil';
import { formatDeadline } from '../../../src/core/dates/deadline-wording';
import { findDeadlines } from '../../../src/core/dates/deadlines';
import { findRecurrence } from '../../../src/core/dates/recurrence';
import { findRelative } from '../../../src/core/dates/relative';
import { importPlan } from '../../../src/core/import';
import type { ImportResult } from '../../../src/core/import/types';

const RECURRENCES = [null, 'ongoing', 'weekly', 'monthly', 'quarterly', 'semiannual', 'yearly'];

function wellFormed(r: ImportResult): void {
  const ids = new Set<string>();
  for (const t of r.tasks) {
    expect(ids.has(t.id)).toBe(false);
    ids.add(t.id);
    expect(t.title.trim().length).toBeGreaterThan(0);
    for (const d of [t.start, t.due]) if (d !== null) expect(isCivilDate(d), String(d)).toBe(true);
    if (t.start && t.due) expect(t.start <= t.due, `${t.start} > ${t.due}`).toBe(true);
    expect(RECURRENCES).toContain(t.recurrence);
    if (t.after) {
      expect(Number.isInteger(t.after.offsetDays)).toBe(true);
      expect(t.after.ref.length).toBeGreaterThan(0);
    }
    expect(Array.isArray(t.lead) && Array.isArray(t.support)).toBe(true);
  }
  for (const w of r.warnings) if (w.task !== undefined) expect(ids.has(w.task)).toBe(true);
  for (const p of r.people) expect(p.name.length + p.position.length).toBeGreaterThan(0);
}

const marker = fc.constantFrom('', 'A. ', 'B. ', 'I- ', 'II. ', 'IV. ', 'V. ', 'X. ', 'D. ', '1. ', '2) ', '4.2. ', '4.2 ', 'a) ', 'đ) ', '(1) ', '- (3) ', '- ', '+ ', '* ', '• ', '** ', '# ');
const sep = fc.constantFrom('/', '-', '.', ' / ', '–');
const num = fc.integer({ min: 0, max: 40 }).map(String);
const year = fc.oneof(fc.integer({ min: 1960, max: 2100 }).map(String), fc.constantFrom('', '20', '19999'));
const date = fc.tuple(num, sep, num, sep, year).map(([d, s1, m, s2, y]) => (y ? `${d}${s1}${m}${s2}${y}` : `${d}${s1}${m}`));
const word = fc.constantFrom(
  'trước ngày', 'xong trước', 'hoàn thành trước', 'chậm nhất ngày', 'từ ngày', 'đến', 'đến ngày', 'trong tháng', 'tháng', 'Tháng',
  'quý', 'quý III', 'đầu tháng', 'giữa tháng', 'cuối tháng', '6 tháng đầu năm', '6 tháng cuối năm', 'trong năm', 'năm', 'ngày',
  'thường xuyên', 'định kỳ', 'định kỳ hằng quý', 'hằng tháng', 'trước 05 ngày so với', 'chậm nhất 03 ngày sau khi kết thúc', 'ngay sau',
  'Giao', 'chủ trì', 'phối hợp với', 'do', 'thực hiện', 'Chủ trì:', 'Phối hợp:', 'Ban Tổ chức Thành ủy', 'Văn phòng', 'các đoàn thể', 'và',
  'Đồng chí', 'Nguyễn Văn An', '- ThUV,', 'Chánh Văn phòng Thành ủy,', 'Nhóm trưởng', 'Tổ trưởng', 'Nhóm I:', 'Nhóm Tổng hợp,',
  'Chỉ thị số 35-CT/TW, ngày', 'nhiệm kỳ 2020-2025', 'nam sinh từ tháng', 'âm lịch', 'Nơi nhận:', 'MỤC ĐÍCH, YÊU CẦU', 'Căn cứ',
  'Đối với', 'gồm:', 'Thời gian', 'Trên cơ sở', ',', ';', ':', '.', '(', ')', '\t', '\u00A0', '\u200B', '***', 'Uû ban nh©n d©n', '…',
);
const junk = fc.string({ maxLength: 12, unit: 'grapheme' });
const piece = fc.oneof({ weight: 5, arbitrary: word }, { weight: 3, arbitrary: date }, { weight: 1, arbitrary: junk }, { weight: 1, arbitrary: num });
const line = fc.tuple(marker, fc.array(piece, { maxLength: 14 })).map(([m, ps]) => m + ps.join(' '));
const planText = fc.array(line, { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n').map((nl) => lines.join(nl)));

describe('the importer never throws', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), fc.option(fc.integer({ min: 1900, max: 2200 })), (s, y) => {
      wellFormed(importPlan(s, { year: y }));
    }), { numRuns: 400 });
  });

  it('on random binary-ish text (every UTF-16 code unit, lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (s) => {
      wellFormed(importPlan(s));
    }), { numRuns: 300 });
  });

  it('on random plan-like text made of the pieces plans use', () => {
    fc.assert(fc.property(planText, fc.option(fc.integer({ min: 1990, max: 2100 })), (s, y) => {
      wellFormed(importPlan(s, { year: y }));
    }), { numRuns: 400 });
  });

  it('the expression readers and the wording never throw either', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((ps) => ps.join(' ')), (s) => {
      for (const m of findDeadlines(s, { year: 2020 })) {
        for (const d of [m.start, m.due]) if (d !== null) expect(isCivilDate(d)).toBe(true);
        expect(m.index).toBeLessThan(m.end);
        expect(s.slice(m.index, m.end)).toBe(m.text);
        expect(typeof formatDeadline(m.start, m.due, m.kind)).toBe('string');
      }
      findRelative(s);
      findRecurrence(s);
    }), { numRuns: 500 });
  });
});
