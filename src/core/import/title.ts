/**
 * A task's title from the sentence it came from: the deadline words taken out (they go to the
 * date columns), the opening phrase before the subject dropped, the label kept when the line is
 * `Việc: cách làm`, capitalised, and cut only past the length `check` warns about (the full text
 * stays in `source`). Headings typed in capitals are put in sentence case.
 */
import { MAX_TITLE as TRACKER_MAX_TITLE } from '../plan/read';
import { capitalise } from './roles';

/**
 * The title is the task's whole sentence: what comes after its first clause (`…; gửi báo cáo
 * về Tiểu ban`) is part of the duty, and the title is the only text of the task the tracker,
 * the reminders and the plan document carry. Only a sentence longer than the tracker accepts
 * without a warning is cut.
 */
export const MAX_TITLE = TRACKER_MAX_TITLE;

export interface Cut {
  index: number;
  end: number;
}

/** `BÁO CÁO KIỂM ĐIỂM CỦA BCH KHÓA XIII` → `Báo cáo kiểm điểm của BCH khóa XIII`. */
export function sentenceCase(s: string): string {
  const letters = s.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
  if (!letters || letters !== letters.toUpperCase() || letters.length < 4) return s;
  const words = s.split(/(\s+)/);
  const KNOWN_ABBR = new Set(['BCH', 'BTV', 'UBND', 'HĐND', 'MTTQ', 'CTHĐ', 'TW', 'UBKT', 'TCCSĐ', 'CHQS', 'CT-XH', 'TTĐT', 'VPTU', 'KT-XH']);
  let first = true;
  return words.map((w) => {
    if (/^\s+$/.test(w) || w === '') return w;
    const bare = w.replace(/[^A-Za-zÀ-ỹĐđ0-9/-]/g, '');
    let out: string;
    if (KNOWN_ABBR.has(bare) || (/^[IVXLC]+$/.test(bare) && bare.length > 1) || (/^[IVX]+$/.test(bare) && !first)) out = w;
    else if (bare === 'ĐẢNG') out = w.charAt(0) + w.slice(1).toLocaleLowerCase('vi');
    else out = w.toLocaleLowerCase('vi');
    if (first && /[A-Za-zÀ-ỹĐđ]/.test(w)) {
      out = capitalise(out);
      first = false;
    }
    return out;
  }).join('');
}

/**
 * Removes the cut spans (deadline words) with the filler words that led to them (`, hoàn thành`,
 * `xong`); a parenthesis left with nothing substantial goes too.
 */
export function removeSpans(text: string, cuts: Cut[]): string {
  // One pass over the text: rebuilding it per cut was quadratic on long one-line pastes.
  const parts: string[] = [];
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a.index - b.index)) {
    if (c.index < at) continue;
    parts.push(text.slice(at, c.index), '\u0001');
    at = c.end;
  }
  parts.push(text.slice(at));
  let s = parts.join('');
  s = s.replace(/\(([^()]*\u0001[^()]*)\)/g, (_m, inner: string) => {
    const left = inner.replace(/\u0001/g, '').replace(FILLER, '').replace(/[\s,;.:]+/g, ' ').trim();
    return left.length >= 40 ? `(${inner.replace(/\u0001/g, '').trim()})` : '\u0001';
  });
  s = s.replace(LEADING_FILLER, '\u0001');
  return s.replace(/\u0001/g, ' ');
}

const W = 'A-Za-zÀ-ỹĐđ';
const FILLER_WORDS = '(?:hoàn thành|xong|thực hiện|và|hạn|trong|vào|thời gian|thời hạn|báo cáo)';
const FILLER = new RegExp(`(?<![${W}])${FILLER_WORDS}(?![${W}])`, 'gi');
/** `…lần 3, hoàn thành ⟨deadline⟩`: the words that only announced the deadline. */
const LEADING_FILLER = new RegExp(`(?:[\\s,;:.]*(?<![${W}])(?:hoàn thành|xong|thực hiện|hạn|thời gian|thời hạn)(?![${W}]))*[\\s,;:.]*\\u0001`, 'gi');

export function tidyTitle(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[-+]\s+/, '').replace(/^[\s,;:.]+/, '');
  s = s.replace(/^đây là khung thời gian\s+/i, '');
  s = s.replace(/^(?:để|và|rồi|sau đó|đồng thời|sẽ)[\s,]+/i, '');
  s = s.replace(/\(\s*\)/g, '').replace(/\s+([,;.:])/g, '$1').replace(/([,;])(?=[^\s\d])/g, '$1 ');
  s = s.replace(/[\s,;:.]+$/, '').replace(/\s{2,}/g, ' ').trim();
  // `…, gồm:` introduced a list the title does not carry.
  s = s.replace(/[,\s]*(?:bao gồm|gồm có|gồm|như sau|sau đây|cụ thể như sau)$/i, '').replace(/[\s,;:.]+$/, '');
  s = sentenceCase(s);
  if (s.length > MAX_TITLE) s = shorten(s);
  return capitalise(s);
}

/** A title longer than the tracker takes, cut at a word and marked as cut. */
function shorten(s: string): string {
  const cut = s.lastIndexOf(' ', MAX_TITLE - 1);
  return `${s.slice(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1).trim()}…`;
}

/**
 * `Việc: cách làm` lines: the label, and what follows. Null when the line has no such label
 * (the colon too early or too late, or the label carries the deadline).
 */
export function labelOf(text: string): { label: string; rest: string } | null {
  const m = /^([^:]{4,110}?):\s+(\S[\s\S]{5,})$/.exec(text.trim());
  if (!m) return null;
  if (/\d{1,2}\s*[/.-]\s*\d{1,2}|tháng\s+\d/i.test(m[1])) return null;
  return { label: m[1].trim(), rest: m[2].trim() };
}
