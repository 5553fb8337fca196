/** Renders a Problem as the sentence the user reads: where (sheet, row, column), then what. */
import { type Lang, t } from '../i18n';
import { HOLIDAYS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET, TASKS_SHEET, COMPUTED_COLUMNS, type SheetDef } from './columns';
import type { Problem } from './model';
import { REPORTS_SHEET } from './reports-sheet';

const SHEETS: Record<string, SheetDef> = { tasks: TASKS_SHEET, people: PEOPLE_SHEET, holidays: HOLIDAYS_SHEET, settings: SETTINGS_SHEET, reports: REPORTS_SHEET };

export function problemWhere(p: Pick<Problem, 'sheet' | 'row' | 'column'>, lang: Lang, sheetNames: Partial<Record<string, string>> = {}): string {
  const def = SHEETS[p.sheet];
  const sheet = sheetNames[p.sheet] ?? (def ? (lang === 'en' ? def.en : def.vi) : '');
  if (p.row === 0) return t(lang, 'problem.whereSheet', { sheet });
  const col = p.column ? [...(def?.columns ?? []), ...COMPUTED_COLUMNS].find((c) => c.key === p.column) : undefined;
  if (col) return t(lang, 'problem.where', { sheet, row: p.row, column: lang === 'en' ? col.en : col.vi });
  return t(lang, 'problem.whereRow', { sheet, row: p.row });
}

/** Just the "what" part, for the per-row `Kiểm tra` cell where the row is obvious. */
export function problemText(p: Problem, lang: Lang): string {
  return t(lang, `problem.${p.code}`, paramsIn(p.params, lang));
}

/** In English, a parameter with an English twin (`columns` and `columnsEn`) gives the twin's words. */
function paramsIn(params: Problem['params'], lang: Lang): Problem['params'] {
  if (lang !== 'en' || !params) return params;
  const out = { ...params };
  for (const [k, v] of Object.entries(params)) if (k.endsWith('En') && k.length > 2) out[k.slice(0, -2)] = v;
  return out;
}

export function problemSentence(p: Problem, lang: Lang, sheetNames: Partial<Record<string, string>> = {}): string {
  const what = problemText(p, lang);
  return p.row === 0 ? what : `${problemWhere(p, lang, sheetNames)}: ${what}`;
}
