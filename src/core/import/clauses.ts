/**
 * One sentence, several tasks: how a sentence (or an item) divides its deadlines among its actions.
 *  - `clauses`: clauses separated by `;`, one deadline each, written before or after its action;
 *  - `coordinated`: actions listed with commas and `và`, each with its own time (`sơ kết hằng năm,
 *    sơ kết giữa kỳ vào năm 2008 và tổng kết vào năm 2010`);
 *  - `splitAtDeadlines`: `X (trước ngày 05/7) để Y (trước ngày 10/7)`.
 * Each returns null when the sentence holds one task. Pure.
 */
import type { DeadlineMatch, YearContext } from '../dates/deadline-types';
import { findDeadlines } from '../dates/deadlines';
import { findRecurrence } from '../dates/recurrence';
import { removeSpans } from './title';

/**
 * A sentence of clauses separated by `;`, each holding one deadline (clauses without one belong
 * to the clause before): one task per clause, its deadline wherever the clause writes it. An
 * announcing phrase before a colon (`Ban Thường vụ dự kiến: …`) is not part of the first task.
 * Null when the clauses do not divide the deadlines one each.
 */
export function clauses(text: string, yc: YearContext): Array<{ text: string; match: DeadlineMatch }> | null {
  const parts = text.split(/\s*;\s+/).filter((x) => x.trim());
  if (parts.length < 2) return null;
  const out: Array<{ text: string; match: DeadlineMatch }> = [];
  for (let part of parts) {
    const intro = out.length === 0 ? /^[^:;]{5,160}?:\s+(?=\S)/.exec(part) : null;
    if (intro && findDeadlines(part.slice(intro[0].length), yc).some((m) => m.strong)) part = part.slice(intro[0].length);
    const found = findDeadlines(part, yc).filter((m) => m.strong);
    if (found.length > 1) return null;
    if (found.length === 0) {
      if (!out.length) return null;
      out[out.length - 1].text += `; ${part}`;
      continue;
    }
    out.push({ text: part.replace(/[.\s]+$/, ''), match: found[0] });
  }
  return out.length >= 2 ? out : null;
}

/**
 * Clauses (`;`) whose actions are listed with commas and `và`, each with its own time (a deadline
 * or a frequency): one piece per timed action, the words without a time going with the action
 * before them; a clause with no time at all stays whole. Null unless two actions at least carry
 * a time and each says something besides its time.
 */
export function coordinated(text: string, yc: YearContext): Array<{ text: string; dates: DeadlineMatch[]; rec: ReturnType<typeof findRecurrence> }> | null {
  const out: Array<{ text: string; dates: DeadlineMatch[]; rec: ReturnType<typeof findRecurrence> }> = [];
  const timed = (t: string) => ({ dates: findDeadlines(t, yc).filter((m) => m.strong), rec: findRecurrence(t) });
  let count = 0;
  // A list of this kind is a sentence or an item, not a page: longer text is left to the other rules.
  if (text.length > 800) return null;
  for (const part of text.split(/\s*;\s+/)) {
    const pieces = part.split(/(,\s+|\s+và\s+)/);
    const from = out.length;
    let cur = '';
    for (let i = 0; i < pieces.length; i += 2) {
      cur += (cur ? pieces[i - 1] : '') + pieces[i];
      const t = timed(pieces[i]);
      if (t.dates.length > 1) return null;
      if (t.dates.length || (t.rec && !t.rec.vague)) {
        out.push({ text: cur.replace(/^(?:,\s*|\s*và\s+)/, '').trim(), ...t });
        count++;
        cur = '';
      }
    }
    if (cur.trim()) {
      if (out.length > from) out[out.length - 1].text += `${/^(?:,|\s+và\s)/.test(cur) ? '' : ' '}${cur.replace(/[.\s]+$/, '')}`;
      else out.push({ text: cur.trim(), dates: [], rec: null });
    }
  }
  if (count < 2 || out.length < 2) return null;
  const said = (p: { text: string }) => removeSpans(p.text, findDeadlines(p.text, yc)).replace(/[^A-Za-zÀ-ỹĐđ]+/g, '').length >= 6;
  return out.every(said) ? out : null;
}

/**
 * `X (trước ngày 05/7) để Y (trước ngày 10/7)`: one task per deadline when each part says
 * enough on its own; null when the sentence holds one task.
 */
export function splitAtDeadlines(text: string, dl: DeadlineMatch[]): Array<{ text: string; match: DeadlineMatch }> | null {
  if (dl.length < 2) return null;
  const out: Array<{ text: string; match: DeadlineMatch }> = [];
  let from = 0;
  for (const m of dl) {
    let end = m.end;
    const close = /^[^()]{0,3}\)/.exec(text.slice(end));
    if (close) end += close[0].length;
    const part = text.slice(from, end);
    const words = removeSpans(part.slice(0), [{ index: m.index - from, end: m.end - from }]).replace(/[^A-Za-zÀ-ỹĐđ]+/g, ' ').trim();
    if (words.length < 20) return null;
    out.push({ text: part, match: { ...m, index: m.index - from, end: m.end - from } });
    from = end;
  }
  return out;
}
