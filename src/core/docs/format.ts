/**
 * The numbers of the two official formats, in ONE object. Party documents follow Hướng dẫn
 * 36-HD/VPTW (2018); state documents follow Nghị định 30/2020/NĐ-CP. Newer guidance may replace
 * either: change the numbers here and every writer follows. Sizes are in points, lengths in mm.
 */

export type FormatId = 'party' | 'state';

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Written in capitals whatever the settings hold. */
  caps?: boolean;
}

export interface DocFormat {
  id: FormatId;
  page: { widthMm: number; heightMm: number; margins: { top: number; bottom: number; left: number; right: number } };
  font: string;
  /** Top-left of the header: parent body, issuing body, then `*` (party) or a short rule (state). */
  parentBody: TextStyle;
  issuingBody: TextStyle;
  /** Party documents put a centred `*` under the issuing body; state ones a short rule. */
  underIssuer: 'star' | 'rule';
  number: TextStyle & { label: string };
  /** Top-right: the national / party motto lines, each with its style. */
  motto: Array<TextStyle & { text: string }>;
  /** A short rule under the last motto line (state format). */
  ruleUnderMotto: boolean;
  placeDate: TextStyle;
  docType: TextStyle;
  subject: TextStyle;
  /**
   * The subject (trích yếu) starts with a capital in the State format (Nghị định 30/2020, Phụ lục I:
   * `Về việc …`, `Tổ chức …`) and with a small letter in the party one (Hướng dẫn 36: `kết quả …`).
   */
  subjectCapital: boolean;
  /** What stands under the subject: `-----` (party) or a short rule (state). */
  underSubject: 'dashes' | 'rule';
  body: { size: number; firstLineIndentMm: number; beforePt: number; line: number };
  /** Heading marks per level: `I-` / `I.`, `1.`, `a)`, `-`. */
  headings: { roman: string };
  headingStyle: { level1: TextStyle; level2: TextStyle };
  /** Signature lines keep the settings' own capitals: `CHÁNH VĂN PHÒNG` / `kiêm` / `TỔ TRƯỞNG`. */
  signature: { authority: TextStyle; title: TextStyle; name: TextStyle };
  recipients: { label: TextStyle & { text: string }; item: TextStyle; separator: string; last: string; defaultLast: string };
  pageNumbers: { fromPage: number; size: number };
  table: { size: number };
  /** Widths of the two header columns, in mm (they add up to the text width). */
  headerColumnsMm: [number, number];
}

/** What both formats share: A4 with the same margins, Times New Roman, the body and signature type. */
const SHARED = {
  page: { widthMm: 210, heightMm: 297, margins: { top: 20, bottom: 20, left: 30, right: 15 } },
  font: 'Times New Roman',
  placeDate: { size: 14, italic: true },
  subject: { size: 14, bold: true },
  body: { size: 14, firstLineIndentMm: 12.7, beforePt: 6, line: 1.15 },
  headingStyle: { level1: { size: 14, bold: true, caps: true }, level2: { size: 14, bold: true } },
  signature: { authority: { size: 14, bold: true }, title: { size: 14, bold: true }, name: { size: 14, bold: true } },
} as const;

/** Where the two formats differ, field by field: [party, state]. */
type Differences = { [K in Exclude<keyof DocFormat, keyof typeof SHARED>]: [DocFormat[K], DocFormat[K]] };

const DIFFERENCES: Differences = {
  id: ['party', 'state'],
  parentBody: [{ size: 14, caps: true }, { size: 13, caps: true }],
  issuingBody: [{ size: 14, bold: true, caps: true }, { size: 13, bold: true, caps: true }],
  underIssuer: ['star', 'rule'],
  number: [{ size: 14, label: 'Số ' }, { size: 13, label: 'Số: ' }],
  motto: [
    [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', size: 15, bold: true, underline: true, caps: true }],
    [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: 13, bold: true, caps: true }, { text: 'Độc lập - Tự do - Hạnh phúc', size: 14, bold: true }],
  ],
  ruleUnderMotto: [false, true],
  docType: [{ size: 16, bold: true, caps: true }, { size: 14, bold: true, caps: true }],
  subjectCapital: [false, true],
  underSubject: ['dashes', 'rule'],
  headings: [{ roman: '-' }, { roman: '.' }],
  recipients: [
    { label: { text: 'Nơi nhận:', size: 14, underline: true }, item: { size: 12 }, separator: ',', last: '.', defaultLast: 'Lưu Văn phòng' },
    { label: { text: 'Nơi nhận:', size: 12, bold: true, italic: true }, item: { size: 11 }, separator: ';', last: '.', defaultLast: 'Lưu: VT' },
  ],
  pageNumbers: [{ fromPage: 2, size: 14 }, { fromPage: 2, size: 13 }],
  table: [{ size: 13 }, { size: 12 }],
  headerColumnsMm: [[70, 95], [65, 100]],
};

function formatOf(side: 0 | 1): DocFormat {
  const own = Object.fromEntries(Object.entries(DIFFERENCES).map(([field, pair]) => [field, pair[side]]));
  return { ...SHARED, ...own } as DocFormat;
}

/** Party (default) and State formats. Everything a renderer needs comes from here. */
export const DOC_FORMATS: Readonly<Record<FormatId, DocFormat>> = { party: formatOf(0), state: formatOf(1) };

export function docFormat(id: FormatId | string | undefined): DocFormat {
  return id === 'state' ? DOC_FORMATS.state : DOC_FORMATS.party;
}

/** Width of the text block (page minus left and right margins), mm. */
export function textWidthMm(f: DocFormat): number {
  return f.page.widthMm - f.page.margins.left - f.page.margins.right;
}
