/**
 * The plan (Kế hoạch) written from the sheet: the official header, `I- MỤC ĐÍCH, YÊU CẦU`
 * (settings), `II- NỘI DUNG` with the tasks grouped by `Phần`, each with its lead, support and
 * deadline in the plans' own wording, `III- TỔ CHỨC THỰC HIỆN` (settings), recipients and
 * signature, and an appendix table assigning every task.
 */
import type { CivilDate } from '../dates/civil';
import { type Lang, t } from '../i18n';
import { parseDateText } from '../plan/cells';
import { problemSentence } from '../plan/problems';
import type { Tracker } from '../plan/read';
import { DEFAULT_SETTINGS, type Settings } from '../plan/settings';
import { idPath, idPrefixes } from '../schedule/rollup';
import type { Schedule, ScheduledTask } from '../schedule/types';
import { cleanText, nameKey } from '../text/normalize';
import { shortDate } from './dates';
import { deadlineCell, deadlineWording } from './deadline-wording';
import { type DocFormat, docFormat } from './format';
import { type Block, type DocModel, type Paragraph, type Row, bodyPara, cell, centred, emptyDoc, para, run, textWidthMm } from './model';
import { closingTable, frontMatter, level1, level2, numberLine, proseBlocks, subjectOf } from './official';
import { roman } from '../text/numbering';

export interface PlanItem {
  row: number;
  id: string;
  title: string;
  deliverable: string;
  lead: string[];
  support: string[];
  start: CivilDate | null;
  due: CivilDate | null;
  /** `hoàn thành trước ngày 05/7/2019`, `trong tháng 8/2019`, `từ ngày 10/7 đến 19/7/2019`; '' for a heading row. */
  when: string;
  /** A heading row of hierarchical IDs inside a section: written as a sub-heading, its tasks follow. */
  group: boolean;
}

export interface PlanSection {
  /** The `Phần` as the sheet names it, without its own numbering (`I.`, `1.`); '' for tasks without one. */
  title: string;
  items: PlanItem[];
}

/**
 * A top-level heading row of hierarchical IDs (`A` over `A.1`, `A.2` …) with no `Phần`: one plan
 * inside the sheet, its tasks grouped by their own `Phần`. A sheet without such rows is one
 * untitled part.
 */
export interface PlanPart {
  title: string;
  /** The heading row itself (its lead and support), when the part has one. */
  head: PlanItem | null;
  sections: PlanSection[];
}

export interface DocResult {
  doc: DocModel;
  /** Things the user should fix in the sheet or settings (already translated). */
  warnings: string[];
}

/** `I. BÁO CÁO CHÍNH TRỊ` → `BÁO CÁO CHÍNH TRỊ`; `2. Tháng 7/2019:` → `Tháng 7/2019`. */
export function sectionTitle(section: string): string {
  return cleanText(section)
    .replace(/^(?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*)\s*[.)\-–:]\s*/, '')
    .replace(/:\s*$/, '')
    .trim();
}

/**
 * Parts, then sections in the order they first appear in the sheet. Dates are those in force
 * (typed, or derived from `Phụ thuộc`). Tasks outside every part come last, as "other tasks".
 * Heading rows below the top level stay in their section as sub-headings. Cancelled tasks are
 * left out.
 */
export function planOutline(tasks: ReadonlyArray<ScheduledTask>, lang: Lang = 'vi'): PlanPart[] {
  const parts: PlanPart[] = [];
  const partById = new Map<string, PlanPart>();
  const outside: PlanPart = { title: '', head: null, sections: [] };
  const sectionIn = (part: PlanPart, title: string): PlanSection => {
    const key = title.toLocaleLowerCase('vi');
    let sec = part.sections.find((x) => x.title.toLocaleLowerCase('vi') === key);
    if (!sec) { sec = { title, items: [] }; part.sections.push(sec); }
    return sec;
  };
  for (const st of tasks) {
    const task = st.task;
    if (st.status === 'cancelled' || task.status === 'cancelled') continue;
    const group = !!st.isGroup;
    // The plan states the dates as typed (`hoàn thành trước ngày 15/8/2019`), not the start a
    // dependency implies; only a task whose due is derived takes the schedule's dates.
    const due = task.due ?? st.due;
    const start = task.start ?? (task.due ? null : st.start);
    const item: PlanItem = {
      row: task.row, id: task.id, title: cleanText(task.title).replace(/[.;,:]+$/, ''), deliverable: task.deliverable,
      lead: task.lead, support: task.support, start, due, when: group ? '' : deadlineWording(start, due, lang), group,
    };
    const id = idPath(task.id);
    const named = sectionTitle(task.section);
    if (group && !named && id && idPrefixes(id).length === 0) {
      const part: PlanPart = { title: item.title, head: item, sections: [] };
      partById.set(id, part);
      parts.push(part);
      continue;
    }
    const part = (id && partById.get(idPrefixes(id)[0] ?? '')) || outside;
    sectionIn(part, named).items.push(item);
  }
  if (outside.sections.length) {
    if (parts.length) outside.title = t(lang, 'docs.plan.otherTasks');
    parts.push(outside);
  }
  return parts;
}

/** The day the document carries: `Ngày ban hành` when set, else today. */
export function issueDate(settings: Settings, today: CivilDate, warnings: string[], lang: Lang): CivilDate {
  const raw = cleanText(settings.issueDate);
  if (!raw) return today;
  const d = parseDateText(raw);
  if (!d) warnings.push(t(lang, 'docs.warn.badIssueDate', { value: raw }));
  return d ?? today;
}

/**
 * A document made from a tracker that still has errors says so, with the first one: a cell it
 * cannot read (a date like 31/02/2019, a failed formula) counts as empty in the document, so a
 * task would show without its deadline or as not started with no other sign.
 */
export function trackerErrorWarnings(schedule: Schedule, lang: Lang): string[] {
  const errors = schedule.problems.filter((p) => p.severity === 'error');
  if (!errors.length) return [];
  return [t(lang, 'docs.warn.trackerErrors', { n: errors.length, first: problemSentence(errors[0], lang) })];
}

/** Settings the header and signature need; each empty one is named once. */
export function settingWarnings(settings: Settings, lang: Lang, keys: Array<keyof Settings>): string[] {
  const labels: Partial<Record<keyof Settings, [string, string]>> = {
    planName: ['Tên kế hoạch', 'Plan name'],
    issuingBody: ['Cơ quan ban hành', 'Issuing body'],
    place: ['Địa danh', 'Place'],
    planNumber: ['Số kế hoạch', 'Plan number'],
    purposeText: ['Mục đích, yêu cầu', 'Purpose'],
    organisationText: ['Tổ chức thực hiện', 'Organisation'],
    recipients: ['Nơi nhận', 'Recipients'],
    signatureTitle: ['Chức vụ người ký', 'Signer title'],
    signatureName: ['Họ tên người ký', 'Signer name'],
  };
  // A new tracker's plan name is a placeholder: a document titled with it needs the real name.
  const placeholder = keys.includes('planName') && cleanText(settings.planName) === DEFAULT_SETTINGS.planName
    ? [t(lang, 'docs.warn.defaultPlanName', { name: DEFAULT_SETTINGS.planName })] : [];
  return [...placeholder, ...keys
    .filter((k) => !cleanText(String(settings[k] ?? '')))
    .map((k) => t(lang, 'docs.warn.missingSetting', { setting: (labels[k] ?? [k, k])[lang === 'en' ? 1 : 0] }))];
}

function names(list: string[]): string {
  return list.join(', ');
}

/**
 * Plans name people as `đồng chí <name>`: a lead or support found by name in `Nhân sự` is written
 * so; units, groups and names already carrying a title are left as typed.
 */
export function addressed(list: string[], known: ReadonlySet<string>, lang: Lang): string {
  if (lang === 'en') return names(list);
  return names(list.map((n) => (known.has(nameKey(n)) && !/^(đồng chí|đ\/c|ông|bà)\s/i.test(n) ? `đồng chí ${n}` : n)));
}

function sentence(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** The line under a task: deliverable, then who leads and who supports, in the plans' words. */
function assignment(f: DocFormat, item: PlanItem, lang: Lang, known: ReadonlySet<string>): Paragraph[] {
  const parts: string[] = [];
  if (cleanText(item.deliverable)) parts.push(t(lang, 'docs.plan.deliverable', { deliverable: cleanText(item.deliverable).replace(/[.;]+$/, '') }));
  const lead = addressed(item.lead, known, lang);
  const support = addressed(item.support, known, lang);
  if (item.lead.length && item.support.length) parts.push(sentence(t(lang, 'docs.plan.leadSupport', { lead, support })));
  else if (item.lead.length) parts.push(sentence(t(lang, 'docs.plan.leadOnly', { lead })));
  else if (item.support.length) parts.push(sentence(t(lang, 'docs.plan.supportOnly', { support })));
  return parts.length ? [bodyPara(f, run(parts.join(' '), { italic: true }), { spacing: { beforePt: 0, line: f.body.line } })] : [];
}

/**
 * `II- NỘI DUNG`. Titled parts are `1.`, `2.` and their sections `a)`, `b)`; without parts the
 * sections are `1.`, `2.` and heading rows inside them `a)`. Each task is a `-` bullet.
 */
function contentBlocks(f: DocFormat, outline: PlanPart[], lang: Lang, known: ReadonlySet<string>): Paragraph[] {
  const out: Paragraph[] = [];
  let n = 0;
  const sub = (text: string) => bodyPara(f, run(text, { bold: true, italic: true }), { keepWithNext: true });
  for (const part of outline) {
    const titled = !!part.title;
    if (titled) {
      out.push(level2(f, ++n, part.title));
      if (part.head) out.push(...assignment(f, part.head, lang, known));
    }
    let letters = 0;
    const letter = () => VI_LETTERS[letters++ % VI_LETTERS.length];
    for (const sec of part.sections) {
      if (sec.title) out.push(titled ? sub(`${letter()}) ${sec.title}`) : level2(f, ++n, sec.title));
      let inner = 0;
      for (const it of sec.items) {
        if (it.group) out.push(sub(titled || !sec.title ? `${it.title}` : `${VI_LETTERS[inner++ % VI_LETTERS.length]}) ${it.title}`));
        else out.push(bodyPara(f, [run(`- ${it.title} (`), run(it.when, { bold: true, italic: true }), run(').')]));
        out.push(...assignment(f, it, lang, known));
      }
    }
  }
  return out;
}

function appendix(f: DocFormat, outline: PlanPart[], lang: Lang, number: string, date: CivilDate): Block[] {
  const size = f.table.size;
  const tight = { beforePt: 2, afterPt: 2, line: 1 };
  const c = (text: string, opts: { bold?: boolean; italic?: boolean; align?: 'left' | 'center'; keep?: boolean } = {}) =>
    cell(para(run(text, { size, bold: opts.bold, italic: opts.italic }), { align: opts.align ?? 'left', spacing: tight, keepWithNext: opts.keep }));
  const w = textWidthMm(f);
  const columnsMm = [12, 0, 32, 32, 28];
  columnsMm[1] = w - columnsMm.reduce((a, b) => a + b, 0);
  const head: Row = {
    header: true,
    cells: (['docs.col.no', 'docs.col.task', 'docs.col.lead', 'docs.col.support', 'docs.col.time'] as const)
      .map((k) => ({ ...c(t(lang, k), { bold: true, align: 'center' }), shade: '#E7E6E6' })),
  };
  const rows: Row[] = [head];
  // A heading row stays on the page of the first task under it.
  const headingRow = (no: string, text: string, italic = false): Row => ({ cells: [c(no, { bold: true, align: 'center', keep: true }), { ...c(text, { bold: true, italic, keep: true }), span: 4 }] });
  let heading = 0;
  let n = 0;
  for (const part of outline) {
    if (part.title) rows.push(headingRow(roman(++heading), part.title));
    for (const sec of part.sections) {
      if (sec.title) rows.push(part.title ? headingRow('', sec.title, true) : headingRow(roman(++heading), sec.title));
      for (const it of sec.items) {
        if (it.group) { rows.push(headingRow('', it.title, true)); continue; }
        rows.push({
          cells: [c(String(++n), { align: 'center' }), c(it.title), c(names(it.lead)), c(names(it.support)), c(deadlineCell(it.start, it.due, lang))],
        });
      }
    }
  }
  const dateText = shortDate(date);
  const of = number ? t(lang, 'docs.plan.appendixOf', { number, date: dateText }) : t(lang, 'docs.plan.appendixOfNoNumber', { date: dateText });
  return [
    centred(run(t(lang, 'docs.plan.appendix'), { bold: true, size: 14 }), { pageBreakBefore: true, spacing: { beforePt: 0, afterPt: 0, line: 1 } }),
    centred(run(t(lang, 'docs.plan.appendixTitle').toLocaleUpperCase('vi'), { bold: true, size: 14 }), { spacing: { beforePt: 0, afterPt: 0, line: 1 } }),
    centred(run(of, { italic: true, size: 14 }), { spacing: { beforePt: 0, afterPt: 12, line: 1 } }),
    { type: 'table', columnsMm, borders: true, rows },
  ];
}

/** Sub-heading letters as Vietnamese documents count them: a), b), c), d), đ), e), g) … */
const VI_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** The plan from the workbook and its schedule (for the dates in force and the heading rows). */
export function buildPlan(tracker: Tracker, schedule: Schedule, opts: { today: CivilDate; lang?: Lang }): DocResult & { outline: PlanPart[] } {
  const lang = opts.lang ?? tracker.settings.language;
  const s = tracker.settings;
  const f = docFormat(s.docFormat);
  const warnings: string[] = [];
  if (!tracker.tasks.length) warnings.push(t(lang, 'docs.warn.noTasks'));
  warnings.push(...trackerErrorWarnings(schedule, lang));
  warnings.push(...settingWarnings(s, lang, ['planName', 'issuingBody', 'place', 'planNumber', 'purposeText', 'organisationText', 'signatureTitle', 'signatureName']));
  const date = issueDate(s, opts.today, warnings, lang);
  const outline = planOutline(schedule.tasks, lang);

  const name = cleanText(s.planName) || t(lang, 'docs.plan.type');
  const doc = emptyDoc(f, /^kế hoạch\b/i.test(name) ? name : t(lang, 'docs.fileName.plan', { plan: name }));
  const number = cleanText(s.planNumber).replace(/^số\s*:?\s*/i, '');
  const body: Block[] = frontMatter(f, { settings: s, date, numberText: numberLine(f, s.planNumber, 'KH'), lang }, t(lang, 'docs.plan.type').toLocaleUpperCase('vi'), [subjectOf(name)]);
  const prose = (text: string) => bodyPara(f, text);
  const known = new Set(tracker.people.map((p) => nameKey(p.name)));

  body.push(level1(f, 1, t(lang, 'docs.plan.purpose').toLocaleUpperCase('vi')));
  body.push(...proseBlocks(s.purposeText, prose));

  body.push(level1(f, 2, t(lang, 'docs.plan.content').toLocaleUpperCase('vi')));
  body.push(...contentBlocks(f, outline, lang, known));
  if (!outline.some((p) => p.sections.length)) body.push(prose('…'));

  body.push(level1(f, 3, t(lang, 'docs.plan.organisation').toLocaleUpperCase('vi')));
  body.push(...proseBlocks(s.organisationText, prose));
  body.push(para('', { spacing: { beforePt: 6, afterPt: 0, line: 1 } }));
  body.push(closingTable(f, s, lang));
  if (outline.some((p) => p.sections.length)) body.push(...appendix(f, outline, lang, number, date));
  doc.body = body;
  return { doc, warnings, outline };
}
