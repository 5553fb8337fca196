/**
 * Deadlines counted from an event (`trước 05 ngày so với thời gian tổ chức đại hội …`) point at
 * the task that is that event when one task's title holds all the event's words; otherwise the
 * event's words are kept for the user to link by hand.
 */
import { foldKey } from '../text/normalize';

/** Little words that say nothing about which event is meant. */
const STOP = new Set(['cua', 'cac', 'va', 'nhung', 'de', 'cho', 'voi', 'trong', 'tai', 've', 'thoi', 'gian', 'ngay', 'khi', 'sau', 'truoc', 'lan', 'thu', 'viec', 'do']);

function words(s: string): string[] {
  return foldKey(s).split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP.has(w));
}

/** Words that only say something is done (`tổ chức đại hội` is the congress itself). */
const LEADING_ACTION = new Set(['to', 'chuc', 'tien', 'hanh', 'hop', 'thuc', 'hien']);

function core(ws: string[]): string[] {
  let i = 0;
  while (i < ws.length && LEADING_ACTION.has(ws[i])) i++;
  return ws.slice(i);
}

/**
 * The id of the task the event names, or null. The task must be the event itself: its title
 * begins with the event's words (`Tổ chức đại hội của các chi bộ còn lại` for `đại hội các chi bộ
 * còn lại`), not merely mention them; two words (`đại hội`) name too many things to link on.
 */
export function findEventTask(event: string, tasks: ReadonlyArray<{ id: string; title: string }>, self?: string): string | null {
  const ev = core(words(event));
  if (ev.length < 3) return null;
  const found: string[] = [];
  for (const t of tasks) {
    if (t.id === self) continue;
    const tw = core(words(t.title));
    if (tw.length >= ev.length && ev.every((w, i) => tw[i] === w)) found.push(t.id);
  }
  return found.length === 1 ? found[0] : null;
}
