/**
 * What a heading, or the paragraph over a list, says of the items below it: the section they
 * belong to (`2. Tháng 7/2019:` → `Tháng 7/2019`), the unit that does them (`4.2. Ban Tổ chức
 * Thành ủy`, `1. Phòng Nội vụ … thực hiện:`), or the units a paragraph asks to act (`… yêu cầu
 * A, B và C thực hiện các nội dung sau:`).
 */
import { capitalise, isUnitName, nameUntilVerb, rolesOf } from './roles';
import { sentences } from './sentence';
import { sentenceCase } from './title';

/** `2. Tháng 7/2019:` → `Tháng 7/2019`; capitals put in sentence case. */
export function sectionName(text: string): string {
  const t = text.split('\n')[0].replace(/[\s:.;,]+$/, '').replace(/[,\s]+(?:bao gồm|gồm có|gồm)$/i, '');
  return sentenceCase(t.replace(/\s+/g, ' ').trim());
}

/** A heading that only names a unit (`4.2. Ban Tổ chức Thành ủy`): the items below are its tasks. */
export function unitHeading(text: string): string | null {
  const t = text.split('\n')[0].replace(/[\s:.;]+$/, '').trim();
  if (t.length > 140 || !isUnitName(t) || /\d{1,2}\s*[/.-]\s*\d/.test(t)) return null;
  // Verbs are matched in lower case: a heading in capitals (`TỔ CHỨC THỰC HIỆN`) is checked in lower case.
  const letters = t.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
  const probe = letters === letters.toUpperCase() ? t.toLocaleLowerCase('vi') : t;
  if (nameUntilVerb(probe) !== probe) return null;
  return capitalise(t);
}

/**
 * `1. Phòng Nội vụ tham mưu Hội đồng Thi đua huyện thực hiện:` over a list: the unit that opens
 * the heading does the items below it.
 */
export function leadOfIntro(text: string): string | null {
  const t = text.split('\n')[0].trim();
  if (!/:\s*$/.test(t) || t.length > 200) return null;
  const r = rolesOf(t);
  return r.lead.length === 1 && r.subjectAt === 0 && isUnitName(r.lead[0]) ? r.lead[0] : null;
}

/**
 * `… Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, …; Chủ tịch UBND các cấp tập trung triển khai
 * thực hiện các nội dung sau:` over a list: who is asked to act, for every item below. Null when
 * the paragraph does not end by announcing a list or names no one with a role word.
 */
export function listIntro(text: string): { lead: string[]; words: string } | null {
  const all = sentences(text.replace(/\n/g, ' '));
  const last = all[all.length - 1] ?? '';
  if (!/:\s*$/.test(last) || last.length > 600) return null;
  if (!/(?:sau|như sau|dưới đây|cụ thể|gồm|bao gồm)\s*:\s*$/i.test(last)) return null;
  const r = rolesOf(last);
  if (!r.explicit || !r.lead.length || !r.lead.every(isUnitName)) return null;
  return { lead: r.lead, words: r.cuts?.[0] ?? r.lead.join('; ') };
}
