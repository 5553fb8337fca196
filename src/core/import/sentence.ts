/**
 * One item or sentence → its tasks. It is taken when something says it is a task (a deadline, a
 * deadline counted from an event, a window or unit above it, a role, a repeating duty with a
 * subject, dated siblings, a numbered item that opens with the unit that acts); what it tells as
 * done is noted, not taken. Its title starts after a label (`Đối với …:`, `Giao X:`), and a
 * sentence that divides its deadlines among its actions (clauses.ts) gives one task each.
 */
import { findDeadlines } from '../dates/deadlines';
import { findRecurrence } from '../dates/recurrence';
import { findRelative } from '../dates/relative';
import { clauses, coordinated, splitAtDeadlines } from './clauses';
import type { Ctx, Drafts } from './draft';
import { FIELD_AFTER } from './fields';
import { CONNECTIVE, PRESIDES, isUnitName, nameUntilVerb, namedAgain, rolesOf, splitUnits, capitalise } from './roles';
import { labelOf } from './title';
import type { Recurrence } from './types';

/** `đã hoàn thành trong tháng 4/2026`: something done, told in the plan, not a task. */
const DONE = /(?:^|[\s,;(])đã\s+(?:được\s+)?(?:cơ bản\s+)?(?:hoàn thành|thực hiện|tổ chức|ban hành|triển khai|xong|phê duyệt|kết thúc)(?=[\s,.;]|$)[^.;]{0,60}?\d/i;

const CONTEXT_LABEL = /^(?:đối với|về|lưu ý|trong đó|riêng|cụ thể)(?=[\s,]|$)/i;

/** A yearly duty written with several days of the year: how often that is. */
const YEARLY_DAYS: Record<number, Recurrence> = { 2: 'semiannual', 4: 'quarterly', 12: 'monthly' };
/** The distinct `dd/mm` days (no year) a sentence names. */
function daysOfYear(text: string): number {
  return new Set([...text.matchAll(/(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g)].map((m) => `${+m[1]}/${+m[2]}`)).size;
}

/** Words that say a date opens the work: `bắt đầu từ đầu tháng 5`, `khởi công từ …`. */
const STARTS = /(?:bắt đầu|khởi công|khởi động|khai mạc)\s*(?:từ\s*)?$/i;

/**
 * `2. Phòng Văn hóa và Thông tin đăng tải Đề cương … lên trang thông tin điện tử của huyện.`: a
 * numbered item that opens with the unit that acts is an assignment, even without `chủ trì`; an
 * item that says what units must respect (`phải`, `cần`, `bảo đảm`) is a requirement.
 */
function assigns(first: string, roles: ReturnType<typeof rolesOf>, inList = false): boolean {
  // `Theo đó các cơ quan … tổng hợp …`: a subject after a connective still opens the sentence.
  const opensAt = inList ? CONNECTIVE.exec(first)?.[0].length ?? 0 : 0;
  if ((roles.subjectAt !== 0 && roles.subjectAt !== opensAt) || !roles.lead.length || !roles.lead.every(isUnitName)) return false;
  // In a list of assignments (`Theo đó, UBND tỉnh giao X …; Y giám sát …; Các huyện có trách nhiệm …`)
  // a unit's responsibility is its task; elsewhere it reads as a rule for everyone.
  if (!inList && PLURAL_LEAD.test(roles.lead[0])) return false;
  if (CARRY_OUT.test(first) || PRESIDES.test(first)) return false;
  // `… để đảm bảo …` is the purpose of an action, not a rule to respect.
  return !new RegExp(`\\s(?:phải|cần|nên${inList ? '' : '|có trách nhiệm|chịu trách nhiệm'})\\s|(?<!để|nhằm)\\s(?:bảo đảm|đảm bảo)\\s|đúng yêu cầu`, 'i').test(first);
}
const PLURAL_LEAD = /^(?:các|những|mỗi|từng)\s/i;
/** The closing article: who carries the decision out (`… chịu trách nhiệm thi hành Quyết định này`), not a task. */
const CARRY_OUT = /(?:thi hành|chấp hành)\s+(?:Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Quy chế|Quy định|văn bản)(?:\s+này)?|căn cứ\s+(?:Quyết định|Kế hoạch)(?:\s+này)?\s+(?:thi hành|thực hiện)/i;

/** A paragraph's sentences: it is cut after `.`, `!`, `?` or `…` where a capital or an opening quote follows. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+(?=[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"“(])/).map((s) => s.trim()).filter(Boolean);
}

/** Reads an item or a sentence of a paragraph and makes the tasks it holds, if any. */
export function analyse(ex: Drafts, a: { text: string; first: string; source: string; line: number; ctx: Ctx; mode: 'item' | 'para'; timeline?: boolean; timing?: string; continues?: boolean; numbered?: boolean }): void {
  const { ctx } = a;
  const yc = ex.yearCtx(ctx);
  let dl = findDeadlines(a.text, yc).filter((m) => m.strong);
  const dlTiming = a.timing ? findDeadlines(a.timing, yc).filter((m) => m.strong) : [];
  const rel = [...findRelative(a.text), ...(a.timing ? findRelative(a.timing) : [])];
  let rec = findRecurrence(a.text) ?? (a.timing ? findRecurrence(a.timing) : null);
  // `báo cáo trước ngày 05/6 và 05/12 hàng năm`: days of a recurring duty, not deadlines of one year
  // (their year would be invented); two days a year is twice a year.
  if (rec && !rec.vague && dl.length && dl.every((m) => m.yearMissing)) {
    dl = [];
    if (rec.recurrence === 'yearly') rec = { ...rec, recurrence: YEARLY_DAYS[daysOfYear(a.text)] ?? 'yearly' };
  }
  // `Tổ chức hội nghị …. Thời gian hoàn thành: Tháng 3/2023`: the fields after the task's words are not its title.
  const field = FIELD_AFTER.exec(a.first);
  const firstWords = field && field.index >= 10 ? a.first.slice(0, field.index) : a.first;
  let titleBase = firstWords;
  let roles = rolesOf(a.first);
  const lab = a.mode === 'item' ? labelOf(firstWords) : null;
  if (lab) {
    if (CONTEXT_LABEL.test(lab.label)) {
      titleBase = lab.rest;
      roles = rolesOf(lab.rest);
    } else if (/^giao\s/i.test(lab.label)) {
      roles = { lead: splitUnits(lab.label.replace(/^giao\s+(?:cho\s+)?/i, '')), support: roles.support, explicit: true };
      titleBase = lab.rest;
    } else if (isUnitName(lab.label) && nameUntilVerb(lab.label) === lab.label) {
      roles = { lead: [capitalise(lab.label)], support: rolesOf(lab.rest).support, explicit: true };
      titleBase = lab.rest;
    } else if (lab.label.split(/\s+/).length >= 3) {
      titleBase = lab.label;
      // `Tổ chức đại hội chi bộ điểm: Đảng bộ Văn phòng lựa chọn …`: who does it is after the colon.
      if (!roles.lead.length) {
        const r = rolesOf(lab.rest);
        roles = { lead: r.lead, support: r.support, explicit: r.explicit };
      }
    }
  }
  const hasDate = dl.length + dlTiming.length > 0;
  // `… đã hoàn thành trong tháng 4/2026`: told as done; said, not imported.
  if (!hasDate && !rel.length && DONE.test(a.text)) {
    ex.notes.push({ code: 'alreadyDone', params: { text: a.text.slice(0, 120) }, line: a.line });
    return;
  }
  // `- Hoàn thành dự thảo Đề cương chi tiết các Báo cáo:` introduces the steps below it.
  if (a.mode === 'item' && !hasDate && !a.timing && /:\s*$/.test(a.first)) return;
  const subject = roles.lead.length > 0;
  const take = a.mode === 'para'
    ? hasDate || rel.length > 0 || (roles.explicit && subject) || (!!ctx.window && subject) || (!!rec && !rec.vague && subject)
      || (!!a.continues && assigns(a.first, roles, true))
    : hasDate || rel.length > 0 || !!ctx.window || !!ctx.unit || !!ctx.units?.length || roles.explicit || (!!rec && subject) || !!a.timeline || (!!a.numbered && assigns(a.first, roles));
  if (!take) return;
  ex.noteDates([...dl, ...dlTiming]);
  // `Trên cơ sở …, căn cứ …, các Nhóm chủ động biên tập …`: the title starts at the subject.
  if (roles.subjectAt && /^(?:trên cơ sở|căn cứ|thực hiện)(?=[\s,])/i.test(titleBase) && titleBase === firstWords) titleBase = titleBase.slice(roles.subjectAt);

  // `từ tháng 7 đến tháng 12-2019 triển khai …; từ tháng 1 đến tháng 3-2020 tiến hành …`: each
  // clause keeps its own window, written before or after its action.
  const byClause = dl.length > 1 ? clauses(a.mode === 'para' ? a.text : titleBase, yc) : null;
  if (byClause) {
    byClause.forEach((p) => {
      // A window written first is not where the subject is: roles are read from the action.
      const action = p.match.index === 0 ? p.text.slice(p.match.end).replace(/^[\s,]+/, '') : p.text;
      ex.make(a, { titleText: p.text, cuts: [p.match], dates: [p.match], roles: rolesOf(action), rel: [], rec, extraWarnings: [{ code: 'splitSentence', params: { count: byClause.length } }] });
    });
    return;
  }
  const pieces = dl.length > 1 ? splitAtDeadlines(titleBase, findDeadlines(titleBase, yc).filter((m) => m.strong)) : null;
  if (pieces && pieces.length > 1) {
    let offset = 0;
    pieces.forEach((p, i) => {
      let r = i === 0 ? roles : rolesOf(p.text);
      const again = !r.lead.length && i > 0 ? namedAgain(p.text, titleBase.slice(0, offset)) : null;
      if (again) r = { ...r, lead: [again], explicit: true };
      offset += p.text.length;
      ex.make(a, { titleText: p.text, cuts: [p.match], dates: [p.match], roles: r, rel: [], rec, extraWarnings: [{ code: 'splitSentence', params: { count: pieces.length } }] });
    });
    return;
  }
  // `…; tổ chức sơ kết hằng năm, sơ kết giữa kỳ vào năm 2008 và tổng kết vào năm 2010 …`: actions
  // listed with a time each are tasks each.
  const listed = dl.length > 1 || (dl.length === 1 && rec && !rec.vague) ? coordinated(titleBase, yc) : null;
  if (listed) {
    listed.forEach((p) => {
      ex.make(a, { titleText: p.text, cuts: ex.cutsIn(p.text, yc), dates: p.dates, roles, rel: [], rec: p.rec, extraWarnings: [{ code: 'splitSentence', params: { count: listed.length } }] });
    });
    return;
  }
  const titleCuts = ex.cutsIn(titleBase, yc);
  // `bắt đầu từ đầu tháng 5 năm 2019 …, hoàn thành trong tháng 6 năm 2019`: the first date opens the window.
  const opens = dl.length > 1 && STARTS.test(a.text.slice(Math.max(0, dl[0].index - 24), dl[0].index));
  ex.make(a, { titleText: titleBase, cuts: titleCuts, dates: [...dl, ...dlTiming], roles, rel, rec, opens, extraWarnings: a.timing ? [{ code: 'timingFromLine', params: {} }] : [] });
}
