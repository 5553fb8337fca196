/** Repeating duties of plans: `hằng tuần`, `định kỳ 6 tháng`, `hằng năm`, `thường xuyên`, and `định kỳ` alone. */
import type { Recurrence, RecurrenceMatch } from './deadline-types';

const FREQ: Array<[RegExp, Recurrence]> = [
  [/(?:hằng|hàng|mỗi)\s+tuần/i, 'weekly'],
  [/(?:hằng|hàng|mỗi)\s+quý/i, 'quarterly'],
  [/(?:(?:hằng|hàng|mỗi|định kỳ|theo định kỳ)\s+(?:0?6|sáu)\s+tháng|(?:hằng|hàng|mỗi)\s+nửa\s+năm|định kỳ\s+nửa\s+năm)/i, 'semiannual'],
  [/(?:hằng|hàng|mỗi)\s+tháng/i, 'monthly'],
  [/(?:hằng|hàng|mỗi)\s+năm/i, 'yearly'],
  // `Quý IV năm 2024 và các năm tiếp theo`: the first time is dated, then it comes back every year.
  [/(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau\s+đó|tiếp)(?![\p{L}])/iu, 'yearly'],
];

/** The first repeating duty of the text: `định kỳ hằng quý` → quarterly, `thường xuyên` → ongoing. */
export function findRecurrence(text: string): RecurrenceMatch | null {
  let best: RecurrenceMatch | null = null;
  for (const [re, recurrence] of FREQ) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { recurrence, vague: false, index: m.index, end: m.index + m[0].length, text: m[0] };
  }
  if (best) return best;
  const ongoing = /thường xuyên|liên tục|hằng ngày|hàng ngày/i.exec(text);
  if (ongoing) return { recurrence: 'ongoing', vague: false, index: ongoing.index, end: ongoing.index + ongoing[0].length, text: ongoing[0] };
  const periodic = /định kỳ/i.exec(text);
  if (periodic) return { recurrence: 'ongoing', vague: true, index: periodic.index, end: periodic.index + periodic[0].length, text: periodic[0] };
  return null;
}
