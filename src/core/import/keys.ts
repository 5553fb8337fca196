/**
 * The key that tells a task already imported: its section and title, folded (case, accents,
 * tone placement, punctuation and spacing ignored), so importing the same plan again, or a copy
 * retyped with other spacing, appends nothing.
 */
import { foldKey } from '../text/normalize';

function fold(s: string): string {
  return foldKey(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

export function taskKey(section: string, title: string): string {
  return `${fold(section)}|${fold(title)}`;
}
