/**
 * People named in assignments: `Đồng chí Trần Thanh Tiến - ThUV, Chánh Văn phòng Thành ủy,
 * Nhóm trưởng` → name, position, unit (read off the position), role; or by position only
 * (`Đồng chí Chính trị viên Ban CHQS thành phố: Nhóm trưởng`). A person is keyed on the name,
 * or on the position when there is no name, never on a title alone.
 */
import { nameKey } from '../text/normalize';
import { capitalise, isUnitName, nameUntilVerb } from './roles';
import type { ProposedPerson } from './types';

export type PersonRole = 'lead' | 'groupLead' | 'teamLead' | 'secretary' | 'member';

export interface PersonLine {
  person: ProposedPerson;
  roles: PersonRole[];
  /** Chủ trì, Nhóm trưởng, Trưởng nhóm or Tổ trưởng: leads the deliverable or group. */
  leads: boolean;
  /** What the line gives the person to do (`chịu trách nhiệm chỉ đạo chung …`), when it does. */
  duty: string | null;
  /** How the person is shown in Chủ trì / Phối hợp: the name, else the position. */
  display: string;
}

const OPENER = /^(?:đồng chí|đ\/c|đ\/\s*c|ông|bà)\s+(\S.*)$/i;
/** Party and council membership abbreviations (`ThUV` = Thành ủy viên …). */
const MEMBERSHIP = /^(?:ThUV|TUV|HUV|QUV|TU|UVBTV\w*|BTV\w*|UVBCH\w*|UV|ĐBQH|ĐBHĐND)$/;
/** Words a position begins with: never the first word of a name. */
const TITLE_WORDS = new Set([
  'chính', 'phó', 'trưởng', 'bí', 'chủ', 'chánh', 'giám', 'tổ', 'nhóm', 'ủy', 'uỷ', 'thường', 'đội', 'chi', 'cục', 'thủ',
  'chỉ', 'tổng', 'chuyên', 'các', 'đại', 'thành', 'tỉnh', 'huyện', 'ban', 'trợ', 'cán', 'kế', 'thanh', 'kiểm', 'viện', 'hiệu',
  'văn', 'lãnh', 'giáo', 'bác', 'kỹ', 'cố', 'thư', 'người', 'đảng',
]);

const ROLE = /^(chủ trì|nhóm trưởng|trưởng nhóm|tổ trưởng|tổ phó|nhóm phó|phó nhóm|phó trưởng nhóm|thư ký|thành viên|ủy viên thường trực)(?:\s+(.+))?$/i;

function isNameWord(w: string): boolean {
  if (!w) return false;
  const first = w.charAt(0);
  const rest = w.slice(1);
  return first.toUpperCase() === first && first.toLowerCase() !== first && rest.toLowerCase() === rest;
}

function roleOf(word: string): PersonRole {
  const w = word.toLowerCase();
  if (w === 'chủ trì') return 'lead';
  if (w === 'nhóm trưởng' || w === 'trưởng nhóm') return 'groupLead';
  if (w === 'tổ trưởng') return 'teamLead';
  if (w === 'thư ký') return 'secretary';
  return 'member';
}

/** Titles that come before the unit in a position (longest first). */
const TITLES = [
  'phó chi cục trưởng', 'chi cục trưởng', 'phó cục trưởng', 'cục trưởng', 'phó đội trưởng', 'đội trưởng', 'phó chủ nhiệm',
  'chủ nhiệm', 'phó chánh án', 'chánh án', 'phó chánh', 'chánh', 'phó bí thư', 'bí thư', 'phó chủ tịch', 'chủ tịch',
  'phó giám đốc', 'giám đốc', 'phó chỉ huy trưởng', 'chỉ huy trưởng', 'chính trị viên phó', 'chính trị viên', 'chuyên viên',
  'phó thủ trưởng', 'thủ trưởng', 'ủy viên', 'uỷ viên', 'phó tổng biên tập', 'tổng biên tập', 'phó hiệu trưởng', 'hiệu trưởng',
  'phó viện trưởng', 'viện trưởng', 'cán bộ', 'kế toán', 'văn thư', 'thư ký', 'trợ lý', 'phó trưởng', 'trưởng',
];

/** The unit a position belongs to: `Chánh Văn phòng Thành ủy` → `Văn phòng Thành ủy`. */
export function unitOfPosition(position: string): string {
  const p = position.trim();
  const charge = /\sphụ trách\s+(.+)$/i.exec(p);
  if (charge && isUnitName(charge[1])) return capitalise(charge[1].trim());
  const headOf = /^(?:phó\s+)?trưởng\s+(phòng|ban)\s+(.+)$/i.exec(p);
  if (headOf) return `${capitalise(headOf[1].toLowerCase())} ${headOf[2].trim()}`;
  const lower = p.toLowerCase();
  for (const t of TITLES) {
    if (lower.startsWith(`${t} `)) {
      const rest = p.slice(t.length).trim();
      return isUnitName(rest) ? capitalise(rest) : '';
    }
  }
  return '';
}

/**
 * A group heading: `Nhóm I: Xây dựng nội dung …` → group `Nhóm I`, its work `Xây dựng nội dung …`;
 * `Nhóm Tổng hợp, hoàn chỉnh Báo cáo chính trị` → `Nhóm Tổng hợp`, `Tổng hợp, hoàn chỉnh Báo cáo chính trị`.
 */
export function groupNameOf(heading: string): { group: string; work: string } | null {
  const m = /^(nhóm|tổ)\s+(\S.*)$/i.exec(heading.trim());
  if (!m) return null;
  const head = capitalise(m[1].toLowerCase());
  const body = m[2].trim();
  const numeral = /^([IVXLC]+|\d+)(?=[\s:,.;-]|$)/.exec(body);
  if (numeral) {
    const work = body.slice(numeral[0].length).replace(/^[\s:,.;-]+/, '').trim();
    return { group: `${head} ${numeral[1]}`, work };
  }
  const cut = /[,:;]/.exec(body);
  const name = (cut ? body.slice(0, cut.index) : body).trim();
  if (!name || name.split(/\s+/).length > 4 || !isNameWord(name.split(/\s+/)[0])) return null;
  const after = cut ? body.slice(cut.index + 1).trim() : '';
  // `Nhóm Tổng hợp, hoàn chỉnh …` names its work in its own name; `Nhóm Biên tập: …` after the colon.
  const work = cut && body[cut.index] === ':' ? after : body;
  return { group: `${head} ${name}`, work };
}

export function parsePersonLine(text: string, group: string | null): PersonLine | null {
  const t = text.trim().replace(/[\s,.;]+$/, '');
  const m = OPENER.exec(t);
  if (!m) return null;
  let rest = m[1];
  const words = rest.split(/\s+/);
  const nameWords: string[] = [];
  for (const w of words) {
    const bare = w.replace(/[,:;]+$/, '');
    if (!isNameWord(bare) || nameWords.length >= 5) break;
    if (nameWords.length === 0 && TITLE_WORDS.has(bare.toLowerCase())) break;
    nameWords.push(bare);
    if (bare !== w) break;
  }
  const name = nameWords.length >= 2 ? nameWords.join(' ') : '';
  if (name) rest = rest.slice(rest.indexOf(nameWords[nameWords.length - 1]) + nameWords[nameWords.length - 1].length);
  // What follows `chịu trách nhiệm` is a duty, not a position.
  let duty: string | null = null;
  const dutyAt = /(?:^|[\s,])(?:chịu trách nhiệm|có trách nhiệm|có nhiệm vụ)\s/i.exec(rest);
  if (dutyAt) {
    duty = rest.slice(dutyAt.index).replace(/^[\s,]+/, '').trim();
    rest = rest.slice(0, dutyAt.index);
  }
  // `- ThUV, …`: the dash after the name opens the membership, then the position.
  const dash = /^\s*-\s*([^,:;]+)/.exec(rest);
  if (dash && MEMBERSHIP.test(dash[1].trim())) rest = rest.slice(dash[0].length);
  const parts = rest.replace(/^\s*-\s*/, '').split(/\s*[,:;]\s*/).map((x) => x.trim()).filter(Boolean);
  const roles: PersonRole[] = [];
  const groups: string[] = group ? [group] : [];
  const positionParts: string[] = [];
  for (const part of parts) {
    if (MEMBERSHIP.test(part)) continue;
    const r = ROLE.exec(part);
    if (r) {
      roles.push(roleOf(r[1]));
      const g = r[2]?.trim().replace(/\s+giúp việc$/i, '');
      if (g && isUnitName(g) && !groups.includes(g)) groups.push(g);
      continue;
    }
    positionParts.push(part);
  }
  const position = positionParts.join(', ');
  if (!name && !position) return null;
  // `Đồng chí Tổ trưởng báo cáo … trước ngày …` is a sentence about a role holder, not a list entry.
  if (!name && nameUntilVerb(positionParts[0] ?? '') !== (positionParts[0] ?? '').trim()) return null;
  const person: ProposedPerson = { name, position, unit: unitOfPosition(positionParts[0] ?? ''), groups };
  // `Đội trưởng Đội Tổng hợp, Công an thành phố`: the unit goes on in the next parts.
  const more = positionParts.slice(1).filter((p) => isUnitName(p));
  if (more.length) person.unit = [person.unit, ...more].filter(Boolean).join(', ');
  const leads = roles.some((r) => r === 'lead' || r === 'groupLead' || r === 'teamLead');
  return { person, roles, leads, duty, display: name || position };
}

/**
 * The key a person is matched on: the name, else the position (a person the plan names by
 * position is listed in `Nhân sự` under that position, and matches it again on the next import).
 */
export function personKey(p: { name: string; position: string }): string {
  return nameKey(p.name.trim() ? p.name : p.position);
}

/** People in order met, merged on their key (groups united, first position and unit kept). */
export class PeopleBook {
  private readonly byKey = new Map<string, ProposedPerson>();

  add(p: ProposedPerson): void {
    const key = personKey(p);
    const known = this.byKey.get(key);
    if (!known) {
      this.byKey.set(key, { ...p, groups: [...p.groups] });
      return;
    }
    for (const g of p.groups) if (!known.groups.includes(g)) known.groups.push(g);
    if (!known.position) known.position = p.position;
    if (!known.unit) known.unit = p.unit;
  }

  list(): ProposedPerson[] {
    return [...this.byKey.values()];
  }
}
