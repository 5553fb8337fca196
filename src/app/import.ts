/**
 * "Nhập kế hoạch từ văn bản…" over the host ports.
 *
 * `previewImport` reads the plan's text (nothing is written): candidate tasks numbered after the
 * sheet's own IDs, each marked when `Công việc` already has it, and proposed people marked when
 * `Nhân sự` already has them. `applyImport` appends the rows the user kept (and edited) to
 * `Công việc` and the people to `Nhân sự`, one write per sheet: IDs given when missing or taken,
 * a deadline counted from a task written as `Phụ thuộc` (`A.3+3`, `A.3-5`), one counted from an
 * event and a repeating duty written in `Ghi chú`, and anything already there skipped.
 */
import type { WorkbookPort } from '../ports';
import type { OutCell, SheetOutput } from '../core/sheet/output';
import { type Lang, t } from '../core/i18n';
import { PEOPLE_SHEET, TASKS_SHEET, matchSheet } from '../core/plan/columns';
import { neededColumns } from '../core/plan/header';
import { type SheetLayout, readTracker } from '../core/plan/read';
import type { SheetGrid } from '../core/sheet/grid';
import { pickSheets } from '../core/plan/sheets';
import { trackerTemplate } from '../core/plan/template';
import { importPlan, personKey, taskKey } from '../core/import';
import { type AfterLink, type ImportPerson, ImportPersonSchema, type ImportRow, ImportRowSchema, type ImportWarning, type ImportedTask, type ProposedPerson, type Recurrence } from '../core/import/types';

/** Longest text the dialog sends (a 100-page plan is about 300 000 characters). */
export const MAX_TEXT = 1_000_000;

export interface PreviewRow extends ImportedTask {
  /** Section and title folded: what tells a task already imported. */
  key: string;
  /** `Công việc` already has this task: unticked, and skipped if sent anyway. */
  duplicate: boolean;
  /** Where the importer was unsure, in the user's language. */
  warnings: string[];
  /** The title row of a new plan (`C`): not a task of the text, but written with it. */
  planRow?: boolean;
}

/** A plan already in `Công việc`: its letter (`A`) and its title row's words. */
export interface TrackerPlan {
  letter: string;
  title: string;
}

/** Where the imported tasks go: a new plan with its own letter and title row, or after an existing plan's tasks. */
export type PlanChoice = { mode: 'new'; letter: string } | { mode: 'append'; letter: string } | { mode: 'none' };

export interface PreviewPerson extends ProposedPerson {
  duplicate: boolean;
}

export interface ImportPreview {
  rows: PreviewRow[];
  people: PreviewPerson[];
  /** Messages about the whole text (legacy font, nothing found), in the user's language. */
  notes: string[];
  legacy: boolean;
  /** The names of the sheets written to, as they are (or will be) in this workbook. */
  sheet: string;
  peopleSheet: string;
  /** The plans the tracker already holds, and where this import goes. */
  plans: TrackerPlan[];
  plan: PlanChoice;
}

export type ApplyResult =
  | { ok: true; added: number; skipped: number; peopleAdded: number; ids: string[]; message: string }
  | { ok: false; message: string };

/** The two sheets the import reads, in one call. */
export function readImportGrids(wb: WorkbookPort): SheetGrid[] {
  const names = pickSheets(wb.sheetNames(), [TASKS_SHEET, PEOPLE_SHEET]);
  return names.length ? wb.readGrids(names) : [];
}

/** A warning as a sentence in `lang`. */
export function warningText(w: ImportWarning, lang: Lang): string {
  return t(lang, `import.warn.${w.code}` as Parameters<typeof t>[1], w.params);
}

/**
 * The next IDs in the sheet's own style: after `A.1 … A.20` come `A.21`, `A.22`; after `1 … 14`
 * come `15`, `16`; an empty sheet starts at `1`. IDs already used are never given again.
 */
export function nextFreeIds(existing: readonly string[], count: number, alsoTaken: readonly string[] = []): string[] {
  const taken = new Set([...existing, ...alsoTaken].map((x) => x.trim()));
  let prefix = '';
  for (let i = existing.length - 1; i >= 0; i--) {
    const m = /^(.*?)(\d+)$/.exec(existing[i].trim());
    if (m) { prefix = m[1]; break; }
  }
  let n = 0;
  for (const id of existing) {
    const m = /^(.*?)(\d+)$/.exec(id.trim());
    if (m && m[1] === prefix) n = Math.max(n, +m[2]);
  }
  const out: string[] = [];
  while (out.length < count) {
    n++;
    const id = `${prefix}${n}`;
    if (!taken.has(id)) { out.push(id); taken.add(id); }
  }
  return out;
}

function sheetNames(grids: SheetGrid[], lang: Lang): { sheet: string; peopleSheet: string } {
  const tasks = grids.find((g) => matchSheet(g.name, TASKS_SHEET))?.name;
  const people = grids.find((g) => matchSheet(g.name, PEOPLE_SHEET))?.name;
  return {
    sheet: tasks ?? (lang === 'en' ? TASKS_SHEET.en : TASKS_SHEET.vi),
    peopleSheet: people ?? (lang === 'en' ? PEOPLE_SHEET.en : PEOPLE_SHEET.vi),
  };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The plans of a tracker: each letter its IDs use (`A`, `A.1` …), titled by its title row when it has one. */
export function trackerPlans(tasks: ReadonlyArray<{ id: string; title: string }>): TrackerPlan[] {
  const plans = new Map<string, string>();
  for (const t of tasks) {
    const m = /^([A-Z])(?:\.\d|$)/.exec(t.id.trim());
    if (!m) continue;
    if (t.id.trim() === m[1] || !plans.has(m[1])) plans.set(m[1], t.id.trim() === m[1] ? t.title : plans.get(m[1]) ?? '');
  }
  return [...plans.entries()].map(([letter, title]) => ({ letter, title })).sort((a, b) => a.letter.localeCompare(b.letter));
}

/**
 * Where an import goes: into a tracker that already holds tasks, a new plan with the next free
 * letter (`C` after `A` and `B`), unless `append` names one of its plans; into an empty tracker,
 * rows numbered `1`, `2` … as before.
 */
export function choosePlan(tasks: ReadonlyArray<{ id: string; title: string }>, append?: string | null): PlanChoice {
  const plans = trackerPlans(tasks);
  const wanted = (append ?? '').trim().toUpperCase();
  if (wanted && plans.some((p) => p.letter === wanted)) return { mode: 'append', letter: wanted };
  if (!tasks.length) return { mode: 'none' };
  const used = new Set(plans.map((p) => p.letter));
  for (const id of tasks.map((x) => x.id.trim())) if (/^[A-Z]$/.test(id)) used.add(id);
  const last = [...used].sort().pop();
  const from = last ? LETTERS.indexOf(last) + 1 : 0;
  const letter = [...LETTERS.slice(from), ...LETTERS].find((l) => !used.has(l)) ?? 'Z';
  return { mode: 'new', letter };
}

/** `A.21`, `A.22` … after the highest `A.n` already used. */
function idsInPlan(existing: readonly string[], letter: string, count: number): string[] {
  let n = 0;
  for (const id of existing) {
    const m = new RegExp(`^${letter}\\.(\\d+)$`).exec(id.trim());
    if (m) n = Math.max(n, +m[1]);
  }
  return Array.from({ length: count }, (_, i) => `${letter}.${n + i + 1}`);
}

export function previewImport(
  text: string, opts: { year?: number | null; lang?: Lang; appendTo?: string | null; planTitle?: string | null }, existingGrids: SheetGrid[],
): ImportPreview {
  const lang = opts.lang ?? 'vi';
  const names = sheetNames(existingGrids, lang);
  const result = importPlan(String(text ?? '').slice(0, MAX_TEXT), { year: opts.year ?? null });
  const tracker = readTracker(existingGrids);
  const existingKeys = new Set(tracker.tasks.map((x) => taskKey(x.section, x.title)));
  const existingPeople = new Set(tracker.people.map((p) => personKey(p)));
  const existingIds = tracker.tasks.map((x) => x.id).filter(Boolean);
  const plan = choosePlan(tracker.tasks, opts.appendTo);
  // Numbered after the sheet's IDs, so what the user sees is what will be written.
  const ids = plan.mode === 'none' ? nextFreeIds(existingIds, result.tasks.length) : idsInPlan(existingIds, plan.letter, result.tasks.length);
  const renumber = new Map(result.tasks.map((x, i) => [x.id, ids[i]]));
  const rows: PreviewRow[] = result.tasks.map((x) => {
    const key = taskKey(x.section, x.title);
    const duplicate = existingKeys.has(key);
    const warnings = result.warnings.filter((w) => w.task === x.id).map((w) => warningText(renumbered(w, renumber), lang));
    if (duplicate) warnings.unshift(t(lang, 'import.inSheet', { sheet: names.sheet }));
    const after = x.after ? { ...x.after, ref: renumber.get(x.after.ref) ?? x.after.ref } : null;
    return { ...x, id: renumber.get(x.id) ?? x.id, after, key, duplicate, warnings };
  });
  const notes = result.warnings.filter((w) => !w.task).map((w) => {
    const s = warningText(w, lang);
    return w.line ? `${s} (${t(lang, 'import.warn.line', { line: w.line })})` : s;
  });
  const people = result.people.map((p) => ({ ...p, duplicate: existingPeople.has(personKey(p)) }));
  if (plan.mode === 'new' && rows.length && !rows.every((r) => r.duplicate)) {
    const title = (opts.planTitle ?? result.planTitle ?? '').trim() || t(lang, 'import.untitledPlan');
    rows.unshift({
      id: plan.letter, section: '', title, lead: [], support: [], start: null, due: null, recurrence: null, after: null,
      source: title, evidence: { lead: null, support: null, due: null }, key: taskKey('', title), duplicate: false, warnings: [t(lang, 'import.planRow', { letter: plan.letter })], planRow: true,
    });
  }
  return { rows, people, notes, legacy: result.legacy, ...names, plans: trackerPlans(tracker.tasks), plan };
}

function renumbered(w: ImportWarning, map: Map<string, string>): ImportWarning {
  if (w.code !== 'eventLinked' || typeof w.params.id !== 'string') return w;
  return { ...w, params: { ...w.params, id: map.get(w.params.id) ?? w.params.id } };
}

function recurrenceNote(r: Recurrence, lang: Lang): string {
  return t(lang, `import.note.${r}` as Parameters<typeof t>[1]);
}

function afterNote(a: AfterLink, lang: Lang): string {
  const unit = t(lang, a.workdays ? 'import.note.workdays' : 'import.note.days');
  if (a.offsetDays === 0) return t(lang, 'import.note.right', { event: a.ref });
  return a.offsetDays < 0
    ? t(lang, 'import.note.before', { days: -a.offsetDays, unit, event: a.ref })
    : t(lang, 'import.note.after', { days: a.offsetDays, unit, event: a.ref });
}

/** `A.3+3`, `A.3-5`, `A.3+0`; `nlv` when counted in working days. */
function dependency(id: string, a: AfterLink): string {
  const sign = a.offsetDays < 0 ? '-' : '+';
  return `${id}${sign}${Math.abs(a.offsetDays)}${a.workdays ? ' nlv' : ''}`;
}

type Checked<T> = { ok: true; value: T[] } | { ok: false; message: string };

function checkRows(rows: unknown, lang: Lang): Checked<ImportRow> {
  if (!Array.isArray(rows)) return { ok: false, message: t(lang, 'import.badRow', { row: 1, field: '-', reason: 'not a list' }) };
  const out: ImportRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = ImportRowSchema.safeParse(rows[i]);
    if (!r.success) {
      const issue = r.error.issues[0];
      return { ok: false, message: t(lang, 'import.badRow', { row: i + 1, field: String(issue?.path?.join('.') ?? '-'), reason: issue?.message ?? '' }) };
    }
    out.push(r.data);
  }
  return { ok: true, value: out };
}

function checkPeople(people: unknown, lang: Lang): Checked<ImportPerson> {
  if (people === undefined || people === null) return { ok: true, value: [] };
  if (!Array.isArray(people)) return { ok: false, message: t(lang, 'import.badPerson', { row: 1, field: '-' }) };
  const out: ImportPerson[] = [];
  for (let i = 0; i < people.length; i++) {
    const r = ImportPersonSchema.safeParse(people[i]);
    if (!r.success) return { ok: false, message: t(lang, 'import.badPerson', { row: i + 1, field: String(r.error.issues[0]?.path?.join('.') ?? '-') }) };
    if (r.data.name.trim() || r.data.position.trim()) out.push(r.data);
  }
  return { ok: true, value: out };
}

/** One row in the sheet's own column order (computed columns left empty). */
function rowFor(layout: Pick<SheetLayout, 'columns'>, cells: Partial<Record<string, OutCell>>): OutCell[] {
  const cols = layout.columns as Record<string, number | undefined>;
  const width = Math.max(0, ...Object.values(cols).map((c) => (c ?? -1) + 1));
  const row: OutCell[] = new Array(width).fill(null);
  for (const [key, value] of Object.entries(cells)) {
    const c = cols[key];
    if (c !== undefined && value !== undefined) row[c] = value;
  }
  return row;
}

/** Canonical column positions, for a sheet the import creates. */
function canonicalLayout(def: { columns: ReadonlyArray<{ key: string }> }): Pick<SheetLayout, 'columns'> {
  const columns: Record<string, number> = {};
  def.columns.forEach((c, i) => { columns[c.key] = i; });
  return { columns };
}

/** A new sheet from the tracker template (header, formats, lists) with the rows below its header. */
function newSheetWith(def: typeof TASKS_SHEET | typeof PEOPLE_SHEET, rows: OutCell[][], lang: Lang): SheetOutput {
  const template = trackerTemplate(lang).find((o) => matchSheet(o.sheet, def));
  const block = { row: 2, col: 1, values: rows };
  if (!template) return { sheet: lang === 'en' ? def.en : def.vi, mode: 'update', blocks: [block] };
  return { ...template, blocks: [...template.blocks, block], minRows: Math.max(template.minRows ?? 0, rows.length + 1) };
}

export function applyImport(workbook: WorkbookPort, rows: unknown, people: unknown, lang: Lang = 'vi'): ApplyResult {
  const checkedRows = checkRows(rows, lang);
  if (!checkedRows.ok) return checkedRows;
  const checkedPeople = checkPeople(people, lang);
  if (!checkedPeople.ok) return checkedPeople;
  if (checkedRows.value.length === 0 && checkedPeople.value.length === 0) return { ok: false, message: t(lang, 'import.nothingSelected') };

  const grids = readImportGrids(workbook);
  const tracker = readTracker(grids);
  const names = sheetNames(grids, lang);
  const tasksGrid = grids.find((g) => matchSheet(g.name, TASKS_SHEET));
  const peopleGrid = grids.find((g) => matchSheet(g.name, PEOPLE_SHEET));
  // A sheet with the right name but no header we recognise is the user's: never write into it blindly.
  if (tasksGrid && !tracker.layouts.tasks && checkedRows.value.length) {
    return { ok: false, message: t(lang, 'problem.noHeader', neededColumns(TASKS_SHEET, ['title'], tasksGrid.name, lang)) };
  }
  if (peopleGrid && !tracker.layouts.people && checkedPeople.value.length) {
    return { ok: false, message: t(lang, 'problem.noHeader', neededColumns(PEOPLE_SHEET, ['name'], peopleGrid.name, lang)) };
  }

  const existingIds = tracker.tasks.map((x) => x.id).filter(Boolean);
  const idByKey = new Map(tracker.tasks.map((x) => [taskKey(x.section, x.title), x.id]));
  const known = new Set(existingIds);
  const finalId = new Map<string, string>();
  const kept: ImportRow[] = [];
  let skipped = 0;
  const batchKeys = new Set<string>();
  for (const r of checkedRows.value) {
    const key = taskKey(r.section, r.title);
    const already = idByKey.get(key);
    if (already !== undefined || batchKeys.has(key)) {
      skipped++;
      // A later row counted from this one now counts from the task already in the sheet.
      if (r.id && already) finalId.set(r.id.trim(), already);
      continue;
    }
    batchKeys.add(key);
    kept.push(r);
  }
  // New IDs follow the sheet's own numbering, skipping those the rows bring themselves.
  const fresh = nextFreeIds(existingIds, kept.length, kept.map((r) => r.id.trim()).filter(Boolean));
  let nextFresh = 0;
  const ids: string[] = [];
  for (const r of kept) {
    const wanted = r.id.trim();
    const id = wanted && !known.has(wanted) ? wanted : fresh[nextFresh++];
    known.add(id);
    if (wanted) finalId.set(wanted, id);
    ids.push(id);
  }

  const taskLayout = tracker.layouts.tasks ?? canonicalLayout(TASKS_SHEET);
  const taskRows = kept.map((r, i) => {
    const notes: string[] = [];
    if (r.recurrence) notes.push(recurrenceNote(r.recurrence, lang));
    let dependsOn = '';
    if (r.after) {
      const ref = finalId.get(r.after.ref.trim()) ?? (existingIds.includes(r.after.ref.trim()) ? r.after.ref.trim() : null);
      if (ref) dependsOn = dependency(ref, r.after);
      else notes.push(afterNote(r.after, lang));
    }
    return rowFor(taskLayout, {
      id: ids[i], section: r.section.trim(), title: r.title.trim(),
      lead: r.lead.map((x) => x.trim()).filter(Boolean).join('; '), support: r.support.map((x) => x.trim()).filter(Boolean).join('; '),
      start: r.start ? { date: r.start } : null, due: r.due ? { date: r.due } : null,
      dependsOn, notes: notes.join('; '),
    });
  });

  const knownPeople = new Set(tracker.people.map((p) => personKey(p)));
  const peopleLayout = tracker.layouts.people ?? canonicalLayout(PEOPLE_SHEET);
  const peopleRows: OutCell[][] = [];
  for (const p of checkedPeople.value) {
    const key = personKey(p);
    if (knownPeople.has(key)) continue;
    knownPeople.add(key);
    // A person known only by position is listed under the position, the way the plan names them.
    peopleRows.push(rowFor(peopleLayout, {
      name: p.name.trim() || p.position.trim(), position: p.position.trim(), unit: p.unit.trim(), group: p.groups.join('; '),
    }));
  }

  if (taskRows.length) {
    if (tracker.layouts.tasks) workbook.appendRows(tracker.layouts.tasks.name, taskRows);
    else workbook.write(newSheetWith(TASKS_SHEET, taskRows, lang));
  }
  if (peopleRows.length) {
    if (tracker.layouts.people) workbook.appendRows(tracker.layouts.people.name, peopleRows);
    else workbook.write(newSheetWith(PEOPLE_SHEET, peopleRows, lang));
  }
  const message = [
    taskRows.length || peopleRows.length
      ? t(lang, 'import.applied', { tasks: taskRows.length, people: peopleRows.length, sheet: names.sheet, peopleSheet: names.peopleSheet })
      : t(lang, 'ui.import.nothing'),
    skipped ? t(lang, 'import.skipped', { count: skipped }) : '',
  ].filter(Boolean).join(' ');
  return { ok: true, added: taskRows.length, skipped, peopleAdded: peopleRows.length, ids, message };
}
