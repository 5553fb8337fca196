/**
 * Long plans: every item of a list of more than 99 imports (items 100 and more were folded into
 * item 99), and a long paste costs time in proportion to its length.
 */
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import';

describe('importing long plans', () => {
  it('imports items numbered 100 and more as tasks of their own', () => {
    const lines = ['I. NHIỆM VỤ CỤ THỂ'];
    for (let i = 1; i <= 150; i++) lines.push(`${i}. Sở Tư pháp chủ trì xây dựng báo cáo chuyên đề số ${i}, hoàn thành trước ngày 15/${(i % 12) + 1}/2024.`);
    const r = importPlan(lines.join('\n'));
    expect(r.tasks).toHaveLength(150);
    const t120 = r.tasks.find((t) => /chuyên đề số 120$/.test(t.title));
    expect(t120?.due).toBe('2024-01-15');
    expect(t120?.lead).toEqual(['Sở Tư pháp']);
    expect(r.tasks.some((t) => /số 99\b.*số 100/.test(t.source))).toBe(false);
  });

  it('numbers in parentheses go past 99 too', () => {
    const lines = ['II. NHIỆM VỤ'];
    for (let i = 1; i <= 105; i++) lines.push(`(${i}) Công an tỉnh chủ trì kiểm tra địa bàn ${i}, trong tháng 10/2024.`);
    expect(importPlan(lines.join('\n')).tasks).toHaveLength(105);
  });

  it('reads a long paragraph full of deadlines in time proportional to its length (it was quadratic)', () => {
    const unit = 'gửi dự thảo lần 1 trước ngày 05/7/2019, ';
    const text = (n: number) => `I. NHIỆM VỤ\n1. Tổ Biên tập ${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}.\n`;
    const time = (n: number) => {
      const t0 = performance.now();
      const r = importPlan(text(n));
      expect(r.tasks.length).toBeGreaterThan(0);
      return performance.now() - t0;
    };
    time(50_000);
    const small = time(150_000);
    const large = time(600_000);
    // Four times the text: about four times the time (sixteen when quadratic: 22 s for 1 MB).
    // The ratio, not a time, is asserted: it holds on a busy machine too.
    expect(large / small).toBeLessThan(8);
  });
});
