/**
 * Who leads and who supports, read from a sentence of a plan:
 *   `Giao X chủ trì, phối hợp với Y và Z thực hiện` → lead X, support Y, Z;
 *   `Giao X: …`, `Giao cho X thực hiện`, `do X thực hiện` → lead X;
 *   `X chủ trì, phối hợp với Y …` and the sentence's subject when it is a unit or a person
 *   (`Ban Dân vận Huyện ủy tổng hợp …`, `Các Nhóm gửi …`) → lead X;
 *   `Chủ trì: X; Phối hợp: Y` (form-like lines) → lead X, support Y.
 * Names are cut where the action starts (a verb) and kept as written, first letter capitalised.
 */

/** Words that open the name of a unit, a body, a group or a person in charge. */
const UNIT_HEADS = [
  'ban', 'văn phòng', 'ủy ban', 'uỷ ban', 'ubnd', 'hđnd', 'ubmttq', 'mttq', 'mặt trận', 'sở', 'phòng', 'cục', 'chi cục',
  'tổng cục', 'bộ', 'đảng ủy', 'đảng uỷ', 'đảng đoàn', 'đảng bộ', 'chi bộ', 'chi ủy', 'cấp ủy', 'cấp uỷ', 'huyện ủy', 'thành ủy',
  'tỉnh ủy', 'thị ủy', 'quận ủy', 'thường trực', 'tiểu ban', 'tổ', 'nhóm', 'hội', 'liên hiệp', 'liên đoàn', 'đoàn', 'thành đoàn',
  'tỉnh đoàn', 'huyện đoàn', 'đội', 'công an', 'trung tâm', 'trường', 'viện', 'tòa án', 'toà án', 'kho bạc', 'chi nhánh', 'báo', 'đài',
  'hội đồng', 'cơ quan', 'đơn vị', 'ubkt', 'btv', 'bch', 'bcđ', 'lãnh đạo', 'thủ trưởng', 'đồng chí', 'đ/c', 'khối', 'chính quyền',
  'đại diện', 'chủ tịch', 'phó chủ tịch', 'bí thư', 'phó bí thư', 'giám đốc', 'trưởng ban', 'trưởng phòng', 'chánh văn phòng',
  'người đứng đầu', 'bộ phận', 'tổ công tác', 'tổ biên tập', 'ủy viên', 'thành viên', 'thanh tra', 'bảo hiểm xã hội',
  'ngân hàng', 'kiểm toán', 'học viện', 'quỹ', 'bộ chỉ huy', 'ban chỉ huy',
  // `Trưởng các phòng, ban chuyên môn`, `Trưởng Công an huyện`: the head of a unit, as directives address them.
  'trưởng',
];
const PLURAL = /^(?:các|những|mỗi|từng)\s+\S/i;
/**
 * `Các hoạt động truyền thông … được tổ chức`, `các nội dung …`: a plural of things done, not of
 * those who do them; such a subject is what the sentence is about, never a lead.
 */
const THINGS = /^(?:các|những|mỗi|từng)\s+(?:hoạt động|nội dung|nhiệm vụ|chương trình|văn bản|kế hoạch|giải pháp|biện pháp|chỉ tiêu|mục tiêu|sự kiện|thông tin|hình thức|công trình|dự án|vấn đề|ý kiến|sản phẩm|phong trào|mô hình|lĩnh vực|tiêu chí|tài liệu|số liệu|hồ sơ|thủ tục|công việc|buổi|cuộc|đợt|lớp|hội nghị|hội thảo|tin|bài|ấn phẩm|chính sách|quy định|khoản|nguồn)(?=[\s,.;:]|$)/i;
const PLACES = /^(?:các|những)\s+(?:huyện|xã|phường|thị xã|thị trấn|quận|tỉnh|thành phố|địa phương)(?=[\s,.;:]|$)/i;

/** Action words: a name ends where one of them starts. Lower case only, so `Ban Tổ chức` stays a name. */
const VERBS = [
  'chủ trì', 'phối hợp', 'thực hiện', 'tổ chức', 'triển khai', 'xây dựng', 'tổng hợp', 'gửi', 'trình', 'hoàn thành',
  'hoàn thiện', 'hoàn chỉnh', 'chỉ đạo', 'tham mưu', 'nghiên cứu', 'cho ý kiến', 'tiếp thu', 'tiếp tục', 'chủ động',
  'tăng cường', 'đề xuất', 'báo cáo', 'theo dõi', 'kiểm tra', 'giám sát', 'đôn đốc', 'hướng dẫn', 'yêu cầu', 'họp',
  'làm việc', 'lựa chọn', 'tiến hành', 'rà soát', 'ban hành', 'biên tập', 'giúp', 'phải', 'cần', 'có trách nhiệm',
  'chịu trách nhiệm', 'lãnh đạo', 'quán triệt', 'tuyên truyền', 'duyệt', 'phê duyệt', 'đánh giá', 'thông qua',
  'lấy ý kiến', 'bổ sung', 'sửa đổi', 'soạn thảo', 'chuẩn bị', 'phát huy', 'nâng cao', 'đẩy mạnh', 'thường xuyên',
  'khẩn trương', 'bám sát', 'nêu cao', 'tạo điều kiện', 'cung cấp', 'thu thập', 'điều chỉnh', 'chấp hành', 'phản biện',
  'đăng', 'xin', 'tập trung', 'triệu tập', 'giới thiệu', 'bầu', 'phân công', 'quyết định', 'thẩm định', 'cập nhật', 'là',
  'được', 'sẽ', 'đã', 'đang', 'kịp thời', 'phát biểu', 'thảo luận', 'góp ý', 'đóng góp', 'tham gia', 'tham dự',
  'hệ thống hóa', 'điều hành', 'quản lý', 'đảm nhiệm', 'tiếp nhận', 'xử lý', 'giải quyết', 'kết luận', 'thống nhất',
  'kiện toàn', 'sắp xếp', 'lập', 'mời', 'cử', 'nắm', 'ký', 'trả lời', 'tiếp xúc', 'đối thoại', 'vận động', 'hỗ trợ',
  'bố trí', 'đảm bảo', 'bảo đảm', 'ưu tiên', 'sớm', 'ngay', 'tiếp', 'hoàn tất', 'thẩm tra', 'ra', 'cụ thể hóa', 'nhận',
  'phát hiện', 'tổng kết', 'sơ kết', 'khảo sát', 'điều tra', 'chọn', 'đề nghị', 'trực tiếp', 'và các(?!\\s+(?:huyện|xã|phường|thị xã|thị trấn|quận|thành phố)(?=[\\s,.;:]|$))', 'về việc', 'căn cứ',
  'xác định', 'phấn đấu', 'biên soạn', 'phát hành', 'phát động', 'vận hành', 'số hóa', 'ứng dụng', 'định hướng',
  // `các sở, ngành theo chức năng …`, `các cơ quan, đơn vị định kỳ đánh giá …`, `…, nghiêm túc quán triệt …`
  'theo', 'định kỳ', 'nghiêm túc',
];
const VERB_RE = new RegExp(`\\s(?<!(?:các|Các|những|Những|Ban|ban|cơ quan|Cơ quan|Tổ|tổ|Hội đồng|Bộ phận)\\s)(?:${VERBS.map((v) => v.replace(/\s+/g, '\\s+')).join('|')})(?=[\\s,.;:)]|$)`);

/** The same, to walk every action word of a name in turn. */
const VERB_RE_ALL = new RegExp(VERB_RE.source, 'g');

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const UNIT_RE = new RegExp(`^(?:${UNIT_HEADS.slice().sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?=[\\s,.;:)]|$)`, 'i');

/** Words that begin like a unit's name but are something else (`Tổ chức …`, `Hội nghị`, `Báo cáo`). */
const NOT_UNIT = /^(?:tổ chức|hội nghị|hội thảo|hội họp|hội nhập|báo cáo|ban hành|đội ngũ|phòng chống|phòng, chống|phòng ngừa|khối lượng|trường hợp|cục bộ|đoàn kết|bộ máy|bộ chỉ số|lãnh đạo(?!\s+(?:các|văn phòng|ban|sở|ủy ban|ubnd|cơ quan|đơn vị|phòng|thành ủy|tỉnh ủy|huyện ủy|đảng ủy|chi bộ)(?=[\s,.;:]|$)))(?=[\s,.;:]|$)/i;

/** Starts like the name of a unit, body, group or person in charge. */
export function isUnitName(s: string): boolean {
  const t = s.trim();
  if (NOT_UNIT.test(t) || THINGS.test(t)) return false;
  return UNIT_RE.test(t) || PLURAL.test(t);
}

export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** A name as it goes into a cell: trimmed, no trailing punctuation, first letter capitalised. */
function tidyName(s: string): string {
  return capitalise(s.trim().replace(/^(?:cho|với)\s+/i, '').replace(/[\s,;:.]+$/, '').replace(/^[\s,;:]+/, '').trim());
}

/** Bodies named by their kind alone, no proper name (`các cơ quan, đơn vị`, `các ngành`). */
const KIND = '(?:cơ quan|đơn vị|ngành|sở|ban|phòng|địa phương|tổ chức|doanh nghiệp|lực lượng|đoàn thể|cấp)';
const KINDS = new RegExp(`^(?:các|những)\\s+${KIND}(?:\\s*,\\s*${KIND})*(?:\\s+(?:có\\s+)?liên quan)?$`, 'i');
const RELATED = /\s(?:có\s+)?liên quan$/i;

/** `HĐND và UBND` is one office (`Văn phòng HĐND và UBND huyện`), not two units. */
const ONE_NAME = /(?:HĐND|Hội đồng nhân dân)$/;

/**
 * `Y, Z và các đoàn thể` → Y, Z, các đoàn thể. A comma or `và` separates two names only when a
 * new name starts after it (a unit word written with a capital, or `các …`): `Các phòng, ban
 * chuyên môn`, `UBND các xã, thị trấn` and `Đài Phát thanh và Truyền hình tỉnh` stay whole.
 */
export function splitUnits(s: string): string[] {
  // `UBND thành phố và các huyện`: places listed after a unit are that unit's, not a unit of their own.
  const startsName = (t: string) => isUnitName(t) && !PLACES.test(t) && (PLURAL.test(t) || t.charAt(0) !== t.charAt(0).toLowerCase());
  const out: string[] = [];
  for (const part of s.split(/\s*[;\n]\s*/)) {
    const pieces: string[] = [];
    // `các cơ quan, đơn vị, các ngành có liên quan`: kinds of bodies closed by `liên quan` are one
    // group, `liên quan` qualifying them all.
    const related = RELATED.test(part.split(/\s+(?:và|cùng)\s+/)[0]);
    for (const chunk of part.split(/\s*,\s*/)) {
      const sameGroup = related && pieces.length > 0 && KINDS.test(chunk.split(/\s+(?:và|cùng)\s+/)[0]) && KINDS.test(pieces[pieces.length - 1]);
      if (pieces.length && (!startsName(chunk) || sameGroup)) pieces[pieces.length - 1] += `, ${chunk}`;
      else pieces.push(chunk);
    }
    for (const piece of pieces) {
      let rest = piece;
      let from = 0;
      for (;;) {
        const re = /\s+(?:và|cùng)\s+/g;
        re.lastIndex = from;
        const m = re.exec(rest);
        if (!m) break;
        const before = rest.slice(0, m.index);
        const after = rest.slice(m.index + m[0].length);
        if (startsName(after) && !(ONE_NAME.test(before) && /^(?:UBND|Ủy ban nhân dân)/.test(after))) {
          out.push(before);
          rest = after;
          from = 0;
        } else {
          from = m.index + m[0].length;
        }
      }
      out.push(rest);
    }
  }
  return out.map(tidyName).filter((x) => x.length > 1);
}

/** The name at the start of `s`, cut where the action starts (and before an apposition ` - …`). */
export function nameUntilVerb(s: string): string {
  const t = s.trim();
  const re = VERB_RE_ALL;
  re.lastIndex = 0;
  let v = re.exec(` ${t}`);
  // `Các sở, ban, ngành, Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội …`: `và các` goes on
  // with the list when a unit follows; it ends the name before anything else (`… và các nội dung`).
  while (v && /^\s*và\s+các\s/.test(v[0] + ' ') && isUnitName(t.slice(v.index + v[0].indexOf('các') - 1))) v = re.exec(` ${t}`);
  // In ` ${t}` the space before the verb sits at v.index, which is t's index v.index - 1.
  let name = v ? (v.index === 0 ? '' : t.slice(0, v.index - 1)) : t;
  // `Ban Tổ chức Thành ủy - cơ quan thường trực …`: an apposition; `chính trị - xã hội` is one word.
  const dash = /\s+-\s+/.exec(name);
  // A dash followed by a word in lower case is an apposition too (`Sở X - cơ quan thường trực …`, even
  // typed `cơquan`); names that hold a dash go on in capitals (`Lao động - Thương binh`) or are `chính trị - xã hội`.
  const after = dash ? name.slice(dash.index + dash[0].length) : '';
  if (dash && (isUnitName(after) || (/^[a-zà-ỹđ]/.test(after) && !/^xã hội(?=[\s,]|$)/.test(after)))) name = name.slice(0, dash.index);
  return name.replace(/[\s,;:.]+$/, '').trim();
}

/** Phrases that open a sentence before its subject: `Trên cơ sở …, X làm …`. */
const INTRO = /^(?:trên cơ sở|căn cứ|sau khi|kết thúc|đồng thời|tiếp thu|chậm nhất|trước|từ|ngày|theo|trong|qua|để|nhằm|sau|đối với|với|khi|dự kiến|đầu|giữa|cuối|tháng|quý|năm|đến|hằng|hàng|định kỳ|thực hiện\s+(?:quyết định|kế hoạch|chỉ thị|nghị quyết|công văn|thông báo|kết luận|hướng dẫn|văn bản))(?=[\s,]|$)/i;

/** Words that tie a sentence to the one before it: what follows is the sentence's own subject. */
// `Riêng UBND huyện Khánh Sơn …`: the one unit set apart from those named before.
export const CONNECTIVE = /^(?:theo đó|đồng thời|bên cạnh đó|ngoài ra|sau đó|tiếp đó|tiếp theo|cùng với đó|trong đó|riêng)\s*,?\s+(?=\S)/i;

/**
 * The sentence's subject when it names a unit or a person (`Ban Dân vận Huyện ủy tổng hợp …`),
 * looking past an opening phrase (`Trên cơ sở …, các thành viên Tổ Biên tập nghiên cứu …`).
 * Returns the name, where it starts in the sentence, and the words after it.
 */
export function subjectOf(sentence: string): { name: string; offset: number; rest: string } | null {
  const tries: number[] = [0];
  // `Theo đó các cơ quan, đơn vị … tổng hợp …`: a connective written without its comma.
  const link = CONNECTIVE.exec(sentence);
  if (link) tries.push(link[0].length);
  if (INTRO.test(sentence.trim())) {
    const re = /[,;]\s+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null && tries.length < 7) tries.push(m.index + m[0].length);
  }
  for (const at of tries) {
    const s = sentence.slice(at);
    if (!isUnitName(s)) continue;
    // After an opening phrase the subject is written `các …` or with a capital: `đơn vị, địa phương` is a list.
    if (at > 0 && !PLURAL.test(s) && s.charAt(0) === s.charAt(0).toLowerCase()) continue;
    // A unit at the start but no action after it is a label or a list, not a subject.
    if (!VERB_RE.test(` ${s}`)) continue;
    const raw = nameUntilVerb(s);
    if (raw.length >= 3 && raw.length <= 200) return { name: tidyName(raw), offset: at, rest: s.slice(raw.length) };
  }
  return null;
}

/** `… chủ trì hội nghị`, `chủ trì cuộc họp`: presiding over a meeting, not leading a task. */
export const PRESIDES = /(?:^|\s)chủ\s+trì\s+(?:cuộc họp|phiên họp|hội nghị|buổi (?:họp|làm việc|gặp mặt|tiếp xúc)|lễ)(?=[\s,.;:]|$)/i;

export interface Roles {
  lead: string[];
  support: string[];
  /** Where the subject starts when an opening phrase comes first (`Trên cơ sở …, các Nhóm …`). */
  subjectAt?: number;
  /** The words that assigned the roles (`Giao X chủ trì, phối hợp với Y thực hiện`): not part of the task's title. */
  cuts?: string[];
  /** Stated with a role word (`chủ trì`, `Giao`, `do … thực hiện`, `Chủ trì:`), not only a subject. */
  explicit: boolean;
}

/** Names are short: the lazy groups below are bounded so a long line never costs more than its length. */
/** Where a list of names ends: an action word (written in lower case), a clause mark, a deadline. */
const STOP = `(?=\\s+(?:${VERBS.filter((v) => !v.startsWith('và các') && !['là', 'được', 'ngay', 'sớm', 'nhận', 'ra', 'tiếp'].includes(v)).map((v) => v.replace(/\s+/g, '\\s+')).join('|')}|trong|trước|xong|để|nhằm|theo|về)(?=[\\s,.;:)]|$)|\\s*[;.:()]|,\\s*(?:xong|hoàn thành|trước|chậm nhất|trong|thời gian|báo cáo)|$)`;
/** `Giao X` opens a clause (`…: Giao X chủ trì`), or `giao cho X` follows a verb; `được giao` is not an assignment. */
const NOT_GIAO = '(?!\\s+(?:thông|lưu|dịch|tiếp|nhận|ước|kết|hàng|ban|thoa|diện|ban)(?=[\\s,.;:]|$))';
/** `UBND tỉnh giao X chủ trì …`: an authority assigning in the middle of a sentence. */
const AUTHORITY = '(?:tỉnh|huyện|thành phố|thị xã|xã|phường|UBND|Ủy ban nhân dân|Chính phủ|Thủ tướng|Bộ trưởng|Chủ tịch|Ban Thường vụ|Thường trực|Bộ Chính trị|Ban Bí thư)';
const GIAO_AT = `(?:(?:^|[:;(.]\\s*|,\\s*)[Gg]iao${NOT_GIAO}\\s+(?:cho\\s+)?|(?<!được|đã|vừa|nhiệm vụ|việc)\\s[Gg]iao\\s+cho\\s+|(?<=${AUTHORITY}\\s)[Gg]iao${NOT_GIAO}\\s+(?:cho\\s+)?)`;
/**
 * The letter that asks, as news of it is written: `vừa có văn bản`, `Văn bản`, `Công văn số 1234/UBND-KT`
 * (offices write the kind of letter with a capital).
 */
const LETTER = '(?:[Vv]ăn\\s+bản|[Cc]ông\\s+văn|[Cc]ông\\s+điện|[Tt]hông\\s+báo|[Cc]hỉ\\s+thị)';
/**
 * `Đề nghị UBND các huyện … chỉ đạo …` opening a clause, and `Chủ tịch UBND tỉnh (vừa có văn bản) yêu
 * cầu X, Y … triển khai …` after an authority: the units asked to act lead. A sentence that opens with
 * `Yêu cầu` asks the units it names (`Yêu cầu UBND các xã … tổ chức thực hiện`); without a unit
 * (`Yêu cầu hoàn thiện gửi …`) it is left to the other rules.
 */
const REQUEST = new RegExp(`(?:^|(?<=[:;]\\s))(?:[Đđ]ề\\s+nghị|[Yy]êu\\s+cầu)\\s+|(?<=(?:${AUTHORITY}|${LETTER}(?:\\s+số\\s+[\\p{L}\\d./-]+)?)\\s)(?:yêu\\s+cầu|đề\\s+nghị)\\s+`, 'u');
const CHU_TRI = '[Cc]hủ\\s+trì';
/** `phối hợp với Y`, and `phối hợp Y` as offices often write it; `Hội đồng phối hợp …` is a name. */
const PHOI_HOP = '(?:\\s*,?\\s*(?:và\\s+)?[Pp]hối\\s+hợp(?:\\s+chặt\\s+chẽ)?(?:\\s+với)?\\s+(.{1,300}?)' + STOP + ')?';

const GIAO_LEAD = new RegExp(`${GIAO_AT}(.{1,200}?)\\s+${CHU_TRI}${PHOI_HOP}`);
const GIAO = new RegExp(`${GIAO_AT}(.{1,200}?)(?:\\s*:|\\s+(?:thực hiện|tổ chức|triển khai|xây dựng|tổng hợp|theo dõi|tham mưu|phụ trách|chuẩn bị|đảm nhiệm|hoàn thành|báo cáo|rà soát|nghiên cứu|tham gia|giải trình|kiểm tra|hướng dẫn|đề xuất|gửi|cung cấp)(?=[\\s,.;:)]|$))`);
/** `do X thực hiện.` — the role word closes the clause, else `do` is more likely `because`. */
const DO_LEAD = new RegExp(`(?:^|[\\s(,])do\\s+(.{1,150}?)\\s+(?:chủ trì|thực hiện|đảm nhiệm|phụ trách)(?=\\s*(?:[,.;)]|$)|\\s+(?:và|phối hợp|trước|trong|xong|hoàn thành))${PHOI_HOP}`);
const SUPPORT = new RegExp(`(?<!Hội\\s+đồng\\s)[Pp]hối\\s+hợp(?:\\s+chặt\\s+chẽ)?(?:\\s+với)?\\s+(.{1,300}?)${STOP}`);
/** The value of a labelled field runs to the end of the clause or to the next field (`b) …`, `- Thời gian …`). */
const FIELD_END = '(?=\\s+(?:[a-zđ]\\)|-)\\s|[;.\\n]|$)';
const FORM_LEAD = new RegExp(`(?:^|[\\s;.(])(?:cơ quan|đơn vị)?\\s*(?:chủ trì|đầu mối)(?:\\s+thực hiện)?\\s*:\\s*([^;.\\n]+?)${FIELD_END}`, 'i');
const FORM_SUPPORT = new RegExp(`(?:^|[\\s;.(])(?:cơ quan|đơn vị)?\\s*phối hợp(?:\\s+thực hiện)?\\s*:\\s*([^;.\\n]+?)${FIELD_END}`, 'i');

/**
 * `Theo đó, UBND tỉnh giao X …`, `Đồng thời, giao X …`: what comes before `giao` says who assigns, not
 * what is to be done; the cut then starts at the sentence's start.
 */
function contextStart(s: string, at: number): number {
  const before = s.slice(0, at);
  if (!before.trim() || /[.;:]/.test(before) || before.length > 300) return at;
  return new RegExp(`(?:${AUTHORITY}|theo đó|đồng thời|trong đó|cụ thể)\\s*,?\\s*$`, 'i').test(before) ? 0 : at;
}

/** The words of a role match, from its keyword (`Giao`, `do`) on, with a `thực hiện` that closes it. */
function cutOf(s: string, m: RegExpExecArray, keyword: RegExp): string {
  const k = keyword.exec(m[0]);
  const start = contextStart(s, m.index + (k ? k.index : 0));
  let end = m.index + m[0].length;
  const close = /^\s+(?:tổ chức\s+)?thực hiện(?=[\s,.;:]|$)/.exec(s.slice(end));
  if (close) end += close[0].length;
  return s.slice(start, end);
}

/**
 * The names of a field or a table cell (`Cơ quan phối hợp: …`): a comma separates two names where
 * the next starts with a capital or `các`; `Các sở, ban, ngành tỉnh` and `Hội đồng phối hợp phổ
 * biến, giáo dục pháp luật tỉnh` stay one name.
 */
const COMPOUND_REST = /^\p{Lu}[^,;]*\s+và\s+\p{Lu}/u;

export function formNames(x: string): string[] {
  const names: string[] = [];
  // A semicolon always ends a name; a comma ends one when the next starts like a name.
  for (const piece of x.split(/\s*;\s*/)) {
    const from = names.length;
    for (const chunk of piece.split(/\s*,\s*/)) {
      if (!chunk.trim()) continue;
      // `Trung tâm Văn hóa, Thông tin và Thể thao huyện`, `Sở Văn hóa, Thể thao và Du lịch`: the last
      // fields of one name, written with capitals but no unit of their own.
      const rest = COMPOUND_REST.test(chunk) && !isUnitName(chunk);
      const starts = PLURAL.test(chunk) || (chunk.charAt(0) !== chunk.charAt(0).toLowerCase() && !rest);
      if (names.length > from && !starts) names[names.length - 1] += `, ${chunk}`;
      else names.push(chunk);
    }
  }
  return names.map(tidyName).filter((y) => y.length > 1);
}

export function rolesOf(sentence: string): Roles {
  // `Báo X, Đài Y Phối hợp Ban Z …`: a role word capitalised in the middle of a sentence is still the role word.
  const s = sentence.replace(/\s+/g, ' ').trim().replace(/(?<=[a-zà-ỹđ)]\s)Phối hợp(?=\s+(?:với\s+)?\S)/g, 'phối hợp');
  const out = (lead: string[], support: string[], explicit: boolean, cuts: string[] = []): Roles => ({
    lead: lead.filter(Boolean), support: support.filter((x) => x && !lead.includes(x)), explicit, ...(cuts.length ? { cuts } : {}),
  });
  const form = FORM_LEAD.exec(s);
  if (form) {
    const sup = FORM_SUPPORT.exec(s);
    const cuts = [cutOf(s, form, /chủ trì|đơn vị|cơ quan/i), ...(sup ? [cutOf(s, sup, /phối hợp|đơn vị|cơ quan/i)] : [])];
    const list = formNames;
    return out(list(form[1]), sup ? list(sup[1]) : [], true, cuts);
  }
  let m = GIAO_LEAD.exec(s);
  // `Giao các sở, ngành tỉnh; UBND các huyện, thành phố; Các Ban QLDA …`: a semicolon separates units given the same task.
  if (m) return out(m[1].split(/\s*;\s*/).map(tidyName).filter(Boolean), supportNames(m[2]), true, [cutOf(s, m, /[Gg]iao/)]);
  m = DO_LEAD.exec(s);
  // `do X thực hiện`: X must be a name (`do khối lượng công việc lớn nên …` is a cause).
  if (m && isUnitName(m[1]) && m[1].length <= 120 && nameUntilVerb(m[1]) === m[1].trim()) {
    return out([tidyName(nameUntilVerb(m[1]) || m[1])], supportNames(m[2]), true, [cutOf(s, m, /[\s(,]*do\s/)]);
  }
  m = GIAO.exec(s);
  if (m && m[1].length <= 150) {
    const k = /[Gg]iao/.exec(m[0]);
    const start = contextStart(s, m.index + (k ? k.index : 0));
    const name = nameUntilVerb(m[1]) || m[1];
    // `Giao X báo cáo tình hình triển khai …`: the words after the name are the task's, not the role's.
    // `Giao X là cơ quan thường trực, theo dõi …` says what X is: those words go with the role.
    const keepRest = m[1].startsWith(name) && !/^\s*(?:là|được|sẽ|đã|đang)(?=\s)/.test(m[1].slice(name.length));
    const nameEnd = m.index + m[0].indexOf(m[1]) + (keepRest ? name.length : m[1].length);
    const colon = /^\s*:/.exec(s.slice(nameEnd));
    return out(name.split(/\s*;\s*/).map(tidyName).filter(Boolean), supportOf(s), true, [s.slice(start, nameEnd + (colon ? colon[0].length : 0))]);
  }
  const req = REQUEST.exec(s);
  if (req) {
    const rest = s.slice(req.index + req[0].length);
    const name = nameUntilVerb(rest);
    if (isUnitName(rest) && name.length >= 3 && name.length <= 250 && name.length < rest.trim().length) {
      // Who asks (`Chủ tịch UBND tỉnh vừa có văn bản yêu cầu`) and whom: neither is the task's title.
      return out(splitUnits(name), supportOf(s), true, [s.slice(0, req.index + req[0].length + name.length)]);
    }
  }
  const subject = subjectOf(s);
  if (subject) {
    // `Đồng chí X - Phó Chủ tịch UBND huyện, chủ trì cuộc họp.`: presiding over the meeting told,
    // not leading a task (a meeting to come is still taken by its date).
    const leads = /^[^.;]{0,160}?\schủ\s+trì(?=[\s,.;:]|$)/i.test(subject.rest) && !PRESIDES.test(subject.rest);
    // `Báo Sóc Trăng, Đài Phát thanh - Truyền hình Sóc Trăng phối hợp …`: two units acting together.
    return { ...out(splitUnits(subject.name), supportOf(s), leads), subjectAt: subject.offset };
  }
  return out([], supportOf(s), false);
}

function supportOf(s: string): string[] {
  const m = SUPPORT.exec(s);
  return m ? supportNames(m[1]) : [];
}

/** Without `với`, what follows `phối hợp` is a support only when it reads as a name (`phối hợp thực hiện` is not). */
function supportNames(s: string | undefined): string[] {
  if (!s) return [];
  const t = s.trim();
  if (!isUnitName(t) && !/^(?:[A-ZĐ]|địa phương)/.test(t)) return [];
  return splitUnits(t);
}

/** A kind of unit written again in lower case as a clause's subject: `để sở thẩm định …`. */
const KIND_AGAIN = /^[\s,;]*(?:để|rồi|sau đó)?\s*(sở|phòng|ban|bộ|cục|chi cục|trung tâm)\s+(?=\S)/;

/**
 * `… gửi hồ sơ về Sở Tài nguyên và Môi trường trước ngày 28-10 để sở tổ chức thẩm định trình UBND
 * tỉnh trước ngày 10-11`: a unit named again by its kind alone, in lower case, is the unit of that
 * kind named before it (the last one, written with its capital). Null when none is.
 */
export function namedAgain(clause: string, before: string): string | null {
  const k = KIND_AGAIN.exec(clause);
  if (!k || nameUntilVerb(clause.slice(k.index + k[0].length - k[1].length - 1).trim()) !== k[1]) return null;
  const head = capitalise(k[1]);
  const at = before.lastIndexOf(`${head} `);
  if (at < 0 || (at > 0 && !/[\s,;(]/.test(before.charAt(at - 1)))) return null;
  const rest = before.slice(at).split(/\s+(?:trước|chậm nhất|để|nhằm|trong|theo|về việc)\s|[,;.:()]/)[0];
  const name = nameUntilVerb(rest);
  return name.length > head.length + 2 && name.length <= 120 ? name : null;
}
