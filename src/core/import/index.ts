/**
 * Plan text → candidate tasks, people and warnings. Pure: the CLI (`tiendo import`), the import
 * dialog and the tests run this same function; nothing is written here.
 *
 *   const { tasks, people, warnings } = importPlan(text, { year: 2020 });
 */
import { cleanPlanText, isLegacyText } from './clean';
import { Extractor } from './extract';
import { taskKey } from './keys';
import { findEventTask } from './links';
import { restoreLayout } from './layout';
import { parseOutline } from './structure';
import { sentenceCase } from './title';
import type { ImportOptions, ImportResult, ImportWarning, ImportedTask } from './types';

export type { ImportOptions, ImportResult, ImportWarning, ImportedTask } from './types';
export { taskKey } from './keys';
export { personKey } from './people';

/**
 * The plan's own title: the lines after `KẾ HOẠCH` (or `CHƯƠNG TRÌNH`, `ĐỀ ÁN`) at its head, in
 * sentence case; null when the text has none (a pasted extract).
 */
export function planTitleOf(text: string): string | null {
  const lines = text.split('\n').slice(0, 60).map((l) => l.replace(/\t/g, ' ').trim());
  const at = lines.findIndex((l) => /^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN)(?:\s+HÀNH ĐỘNG)?\b/.test(l) && l === l.toUpperCase());
  if (at < 0) return null;
  const words: string[] = [lines[at]];
  for (let i = at + 1; i < lines.length && words.length < 5; i++) {
    const l = lines[i];
    if (!l || /^(?:Căn cứ|Thực hiện|Theo|Xét|[IVX]+[.-]|\d+[.)]|[A-Z][.-]\s)/.test(l)) break;
    words.push(l);
    if (/[.;:]$/.test(l)) break;
  }
  const caps = words.every((w) => w === w.toUpperCase());
  const title = (caps ? sentenceCase(words.join(' ')) : [sentenceCase(words[0]), ...words.slice(1)].join(' '))
    .replace(/\s+/g, ' ').replace(/[.;:]$/, '').trim();
  return title.length > 3 ? title.slice(0, 300) : null;
}

export function importPlan(raw: string, opts: ImportOptions = {}): ImportResult {
  const text = cleanPlanText(raw ?? '');
  const empty: ImportResult = { tasks: [], people: [], warnings: [], documentDate: null, legacy: false, planTitle: null };
  if (!text.replace(/\s+/g, '')) return { ...empty, warnings: [{ code: 'empty', params: {} }] };
  if (isLegacyText(text)) {
    const sample = text.split('\n').find((l) => l.trim().length > 10)?.trim().slice(0, 60) ?? '';
    return { ...empty, legacy: true, warnings: [{ code: 'legacyFont', params: { sample } }] };
  }
  const layout = restoreLayout(text);
  const outline = parseOutline(layout.text, layout.origin);
  const ex = new Extractor(outline, opts);
  ex.run();

  const warnings: ImportWarning[] = [];
  const seen = new Map<string, number>();
  const tasks: ImportedTask[] = [];
  const events: Array<{ task: ImportedTask; event: NonNullable<(typeof ex.drafts)[number]['event']> }> = [];
  for (const d of ex.drafts) {
    const key = taskKey(d.section, d.title);
    const other = seen.get(key);
    if (other !== undefined) {
      warnings.push({ code: 'duplicateInText', params: { title: d.title.slice(0, 80), line: other }, line: d.line });
      continue;
    }
    seen.set(key, d.line);
    const task: ImportedTask = {
      id: String(tasks.length + 1), section: d.section, title: d.title, lead: d.lead, support: d.support,
      start: d.start, due: d.due, recurrence: d.recurrence, after: null, source: d.source, evidence: d.evidence,
    };
    tasks.push(task);
    for (const w of d.warnings) warnings.push({ ...w, task: task.id, line: d.line });
    if (d.event) events.push({ task, event: d.event });
  }
  for (const { task, event } of events) {
    const id = findEventTask(event.event, tasks, task.id);
    task.after = { ref: id ?? event.event, offsetDays: event.offsetDays, ...(event.workdays ? { workdays: true } : {}) };
    warnings.push(id
      ? { code: 'eventLinked', params: { event: event.event, id }, task: task.id }
      : { code: 'eventUnresolved', params: { event: event.event }, task: task.id });
  }
  for (const n of ex.notes) warnings.push({ code: n.code, params: n.params, line: n.line });
  if (tasks.length === 0) warnings.push({ code: 'noTasks', params: {} });
  return { tasks, people: ex.peopleList(), warnings, documentDate: outline.documentDate, legacy: false, planTitle: planTitleOf(text) };
}
