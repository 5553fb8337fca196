import { cleanText, normalizeDashes } from '../text/normalize';
import type { Dependency } from './model';

const ENTRY = /^(.+?)\s*([+-])\s*(\d+)\s*(nlv|ngaylamviec|ngày làm việc|wd)?$/i;

/** `T3; T4+3, T5-5nlv` → entries. Separators `;` and `,` (a `,` inside `2,1` is not an ID here). */
export function parseDependencies(text: string): Dependency[] {
  const src = normalizeDashes(cleanText(text));
  if (!src) return [];
  return src
    .split(/[;,\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((raw) => {
      const m = ENTRY.exec(raw);
      if (!m) return { ref: raw, offset: null, workdays: false, raw };
      const n = +m[3] * (m[2] === '-' ? -1 : 1);
      return { ref: m[1].trim(), offset: n, workdays: !!m[4], raw };
    });
}
