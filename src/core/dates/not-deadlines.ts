/**
 * Dates a plan writes that are not deadlines: cited documents (`Quyết định số 12/QĐ-UBND ngày
 * 05/3/2019`), something already done, a target's horizon, when a law takes effect, lunar dates,
 * birth and age cut-offs, when a page was published.
 */
import type { DeadlineMatch } from './deadline-types';

/** A document code just before the date: `35-CT/TW, ngày`, `4610/QĐ-UBND ngày`, `số 21/2022/NQ-HĐND`. */
const CITED_BEFORE = /(?:\d+[\w.]*\s*[-/]\s*[A-ZĐ][A-Za-zĐđ]*(?:\s*[-/]\s*[A-ZĐ][A-Za-zĐđ]*)*|số\s*[\d.…]+(?:\s*[-/]\s*[A-ZĐ][\w-]*)*|(?:Chỉ thị|Nghị quyết|Quyết định|Kế hoạch|Kết luận|Quy định|Hướng dẫn|Thông báo|Công văn|Nghị định|Thông tư|Luật|Đề án|Tờ trình|Thông tri|Quy chế)(?:\s+số)?)\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:ban hành\s+)?(?:ngày|ký)?\s*$/;
/** Age rules: `nam sinh từ tháng 4/1965`, `Thời gian tính độ tuổi …: đến tháng 4/2020`. */
const AGE_BEFORE = /(?:(?:nam|nữ|người|được|những người)\s+sinh|ngày sinh|sinh\s+(?:từ|trước|sau|năm|tháng|ngày)|độ tuổi|tuổi)[^.;]{0,100}$/i;
const LUNAR_AFTER = /^\s*\(?\s*(?:âm lịch|ÂL\b|AL\b|năm âm lịch)/i;
/** `Ngày đăng 20/02/2020`, `cập nhật …`: when the page was published, not a deadline. */
const PUBLISHED_BEFORE = /(?:ngày đăng|đăng ngày|cập nhật|ngày cập nhật|posted|ngày ban hành)\s*:?\s*$/i;

/** `đã hoàn thành trong tháng 4/2026`: the date of something already done, not a deadline. */
export const DONE_BEFORE = /(?:^|[^\p{L}])đã\s+(?:được\s+)?(?:cơ bản\s+)?(?:(?:hoàn thành|thực hiện|tổ chức|ban hành|triển khai|xong|phê duyệt|ký|kết thúc)(?:[^.;:]{0,60}))?$/iu;
/** `đến hết năm 2026 đạt ít nhất 50%`: a target's horizon, not a deadline. */
const TARGET_AFTER = /^[^.;]{0,25}?(?:\sđạt(?:\s|$)|phấn đấu|ít nhất|tối thiểu|\d+(?:[.,]\d+)?\s*%)/i;
const TARGET_BEFORE = /(?:phấn đấu|mục tiêu|chỉ tiêu|tầm nhìn|định hướng)[^.;]{0,40}$/i;
/** `Luật … có hiệu lực (thi hành) từ ngày 01/7/2025`: when a law applies, not a deadline. */
const EFFECTIVE_BEFORE = /(?:có hiệu lực|hiệu lực thi hành)(?:\s+thi hành)?\s*(?:kể\s+)?(?:từ\s*)?$/i;

export function excluded(text: string, index: number, end: number, m: Omit<DeadlineMatch, 'index' | 'end' | 'text'>): boolean {
  const before = text.slice(Math.max(0, index - 90), index);
  const after = text.slice(end, end + 60);
  if (DONE_BEFORE.test(before)) return true;
  if ((m.kind === 'year' || m.kind === 'until' || m.kind === 'half') && (TARGET_AFTER.test(after) || TARGET_BEFORE.test(before))) return true;
  if (EFFECTIVE_BEFORE.test(before)) return true;
  if (LUNAR_AFTER.test(after)) return true;
  // `ngày 24 tháng 6 năm 2019`: the month belongs to a day, which decides for itself.
  if (m.kind === 'month' && /ngày\s*\d{1,2}\s+$/i.test(before)) return true;
  if (AGE_BEFORE.test(before)) return true;
  if (PUBLISHED_BEFORE.test(before)) return true;
  // A cited document's date is a bare day (never `trước`, `từ … đến`, `trong tháng`).
  if ((m.kind === 'on' || m.kind === 'month') && CITED_BEFORE.test(before)) return true;
  // `ngày 30/5/2019 của Bộ Chính trị`: a document's date, told by whose document it is; so is a
  // month written bare (`THÁNG 8 NĂM 2005 CỦA BỘ CHÍNH TRỊ`, its day left on the line above).
  if (m.kind === 'on' && !m.strong && /^\s*,?\s*(?:của|do)\s/i.test(after)) return true;
  if (m.kind === 'month' && /^tháng/i.test(text.slice(index, end)) && /^\s*,?\s*(?:của|do)\s/i.test(after)) return true;
  return false;
}
