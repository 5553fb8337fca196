/**
 * Deadlines counted from an event, and so dependencies between tasks: `trước 05 ngày so với thời gian
 * tổ chức đại hội`, `chậm nhất 03 ngày sau khi kết thúc hội nghị`, `trong vòng 05 ngày làm việc kể từ
 * khi …`, `ngay sau đại hội`. The importer links the event to the task that holds it.
 */
import type { RelativeDeadline } from './deadline-types';
import { rx } from './periods';

const NUM_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const COUNT = `(?:\\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)`;
/** The event: words up to the end of the clause. */
const EVENT = `([^.;:()\\n]{3,120}?)(?=\\s*(?:[.;:()\\n]|,\\s|$))`;

function count(s: string): number {
  return /^\d+$/.test(s) ? +s : NUM_WORDS[s.toLowerCase()] ?? NaN;
}

function eventWords(s: string, positive: boolean): string {
  let e = s.trim()
    .replace(/^(?:so với|kể từ|tính từ|sau khi|trước khi|sau|trước|khi)\s+/i, '')
    .replace(/^(?:thời gian|thời điểm|ngày|việc|khi)\s+/i, '');
  if (positive) e = e.replace(/^kết thúc\s+/i, '');
  return e.replace(/[\s,]+$/, '').trim();
}

const RELATIVE: Array<{ re: RegExp; sign: 1 | -1 }> = [
  // `trước 05 ngày so với thời gian tổ chức đại hội`, `sớm hơn 3 ngày so với …`
  { re: rx(`(?:trước|sớm hơn)\\s+(${COUNT})\\s+ngày(\\s+làm việc)?\\s+(?:so với|trước khi|trước|kể từ)\\s+${EVENT}`), sign: -1 },
  // `05 ngày trước khi tổ chức đại hội`, `chậm nhất 05 ngày trước ngày khai mạc`
  { re: rx(`(?:chậm nhất\\s+|ít nhất\\s+)?(${COUNT})\\s+ngày(\\s+làm việc)?\\s+trước\\s+(?:khi\\s+|ngày\\s+|thời gian\\s+)?${EVENT}`), sign: -1 },
  // `chậm nhất 03 ngày sau khi kết thúc đại hội`, `trong vòng 05 ngày làm việc kể từ khi …`
  { re: rx(`(?:chậm nhất|muộn nhất|trong vòng|trong thời hạn|trong|sau)\\s+(${COUNT})\\s+ngày(\\s+làm việc)?\\s+(?:sau khi|kể từ(?:\\s+(?:ngày|khi))?|tính từ(?:\\s+(?:ngày|khi))?|sau)\\s+${EVENT}`), sign: 1 },
  // `ngay sau đại hội`, `ngay sau khi kết thúc hội nghị`
  { re: rx(`ngay sau(?:\\s+khi)?\\s+()()${EVENT}`), sign: 1 },
];

export function findRelative(text: string): RelativeDeadline[] {
  const out: RelativeDeadline[] = [];
  for (const r of RELATIVE) {
    r.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.re.exec(text)) !== null) {
      const n = m[1] ? count(m[1]) : 0;
      if (!Number.isFinite(n)) continue;
      const prev = text[m.index - 1];
      if (prev && /[A-Za-zÀ-ỹĐđ\d]/.test(prev)) continue;
      if (out.some((o) => m!.index < o.end && m!.index + m![0].length > o.index)) continue;
      const event = eventWords(m[3], r.sign > 0);
      if (!event) continue;
      out.push({ offsetDays: r.sign * n, workdays: !!m[2], event, index: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
