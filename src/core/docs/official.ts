/**
 * The frame every official document shares: the two-column header (issuer and number on the
 * left, motto and place/date on the right), the type and subject lines, numbered headings, and
 * the closing table (recipients on the left, signature on the right). Numbers come from format.ts.
 */
import type { CivilDate } from '../dates/civil';
import { type Lang, t } from '../i18n';
import type { Settings } from '../plan/settings';
import { cleanText } from '../text/normalize';
import { roman } from '../text/numbering';
import type { DocFormat } from './format';
import { longDate } from './dates';
import { type Block, type Paragraph, type Table, cell, centred, headingPara, para, ruleLine, run, textWidthMm } from './model';

const TIGHT = { beforePt: 0, afterPt: 0, line: 1 };

/** Room left for the number an office writes by hand when the document is issued. */
const NUMBER_BLANK = ' '.repeat(6);

/**
 * `Số 07-KH/TBVKĐH` (party, Hướng dẫn 36: number, dash, type, slash, issuer) / `Số: 12/KH-UBND`
 * (state, Nghị định 30: number, slash, type, dash, issuer). A missing part keeps its place: no
 * number gives `Số      -KH/TBT` / `Số:      /KH-UBND`, as offices print a document still to be
 * numbered; a report keeps the plan's issuer but gets its own (blank) number and the type BC.
 */
export function numberLine(f: DocFormat, number: string, kind: 'KH' | 'BC'): string {
  const n = cleanText(number).replace(/^số\s*:?\s*/i, '');
  const party = f.id === 'party';
  // Number, type and issuer in the format's own order; a number alone ("07") has no type or issuer.
  const m = party
    ? /^(\d*)\s*-?\s*(\p{Lu}+)\s*\/\s*(\S.*)?$/u.exec(n)
    : /^(\d*)\s*\/?\s*(\p{Lu}+)\s*-\s*(\S.*)?$/u.exec(n);
  const digits = /^\d+$/.test(n) ? n : m?.[1] ?? '';
  const type = kind === 'BC' ? 'BC' : m?.[2] ?? kind;
  const issuer = m?.[3]?.trim() || '…';
  if (n && !m && !digits) return `${f.number.label}${n}`; // not a shape we know: as typed
  const num = kind === 'BC' ? '' : digits;
  return party ? `${f.number.label}${num || NUMBER_BLANK}-${type}/${issuer}` : `${f.number.label}${num || NUMBER_BLANK}/${type}-${issuer}`;
}

export interface HeaderInput {
  settings: Settings;
  date: CivilDate;
  numberText: string;
  lang: Lang;
}

/** The borderless two-column header table. */
export function headerTable(f: DocFormat, h: HeaderInput): Table {
  const s = h.settings;
  const left: Paragraph[] = [];
  const p = (text: string, style: Parameters<typeof run>[1]) => centred(run(text, style), { spacing: TIGHT });
  if (cleanText(s.parentBody)) left.push(p(cleanText(s.parentBody), f.parentBody));
  left.push(p(cleanText(s.issuingBody) || '…', f.issuingBody));
  if (f.underIssuer === 'star') left.push(p('*', { size: f.issuingBody.size }));
  else left.push(ruleLine(f.headerColumnsMm[0] / 3, f.issuingBody.size));
  left.push(p(h.numberText, { size: f.number.size }));

  const right: Paragraph[] = f.motto.map((m) => p(m.text, m));
  if (f.ruleUnderMotto) right.push(ruleLine(f.headerColumnsMm[1] / 2.5, f.motto[f.motto.length - 1].size));
  const place = cleanText(s.place) || '…';
  right.push(centred(run(`${place}, ${longDate(h.date, h.lang)}`, f.placeDate), { spacing: { beforePt: f.id === 'party' ? 14 : 6, afterPt: 0, line: 1 } }));
  return {
    type: 'table',
    columnsMm: [...f.headerColumnsMm],
    borders: false,
    rows: [{ cells: [cell(left), cell(right)] }],
  };
}

/** `KẾ HOẠCH` / `BÁO CÁO`, the subject (its first letter as the format wants), and the mark under it. */
export function titleBlock(f: DocFormat, type: string, subjectLines: string[]): Paragraph[] {
  const out: Paragraph[] = [centred(run(type, f.docType), { spacing: { beforePt: 18, afterPt: 0, line: 1 } })];
  subjectLines.forEach((line, i) => {
    const text = i === 0 && f.subjectCapital ? line.charAt(0).toLocaleUpperCase('vi') + line.slice(1) : line;
    out.push(centred(run(text, f.subject), { spacing: TIGHT }));
  });
  out.push(f.underSubject === 'dashes' ? centred(run('-----', { size: f.subject.size }), { spacing: { beforePt: 0, afterPt: 6, line: 1 } }) : ruleLine(30, f.subject.size));
  return out;
}

/** A plan's name as a subject: without a leading `Kế hoạch`, first letter lower case. */
export function subjectOf(planName: string): string {
  let s = cleanText(planName).replace(/^(kế hoạch|báo cáo)\s*(số\s*\S+\s*)?[:,-]?\s*/i, '');
  if (!s) s = cleanText(planName);
  // An all-capital first word is an acronym (UBND, HĐND): keep it.
  const first = s.split(/\s+/)[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return s;
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** `I- MỤC ĐÍCH, YÊU CẦU` (party) / `I. MỤC ĐÍCH, YÊU CẦU` (state). */
export function level1(f: DocFormat, n: number, text: string): Paragraph {
  return headingPara(f, `${roman(n)}${f.headings.roman} ${text}`, f.headingStyle.level1);
}

/** `1. Xây dựng đề cương các báo cáo`. */
export function level2(f: DocFormat, n: number, text: string): Paragraph {
  return headingPara(f, `${n}. ${text}`, f.headingStyle.level2);
}

/** Free text from settings: one body paragraph per line; `…` when empty. */
export function proseBlocks(text: string, bodyPara: (text: string) => Paragraph): Paragraph[] {
  const lines = cleanText(text).split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.length ? lines : ['…']).map((l) => bodyPara(l));
}

/** Recipients one per line, each `- …,` and the last `- Lưu ….` as the format says. */
export function recipientLines(f: DocFormat, text: string): string[] {
  const items = cleanText(text)
    .split(/\n+/)
    .map((l) => l.replace(/^[-–•+*]\s*/, '').replace(/[,;.]+\s*$/, '').trim())
    .filter(Boolean);
  if (!items.length || !/^lưu\b/i.test(items[items.length - 1])) items.push(f.recipients.defaultLast);
  return items.map((l, i) => `- ${l}${i === items.length - 1 ? f.recipients.last : f.recipients.separator}`);
}

/** Recipients on the left, the signature block on the right, in one borderless table. */
export function closingTable(f: DocFormat, s: Settings, lang: Lang): Table {
  const tight = (text: string, style: Parameters<typeof run>[1], align: 'left' | 'center' = 'left') =>
    para(run(text, style), { align, spacing: TIGHT });
  const left: Paragraph[] = [tight(t(lang, 'docs.recipients'), f.recipients.label)];
  for (const line of recipientLines(f, s.recipients)) left.push(tight(line, f.recipients.item));
  const right: Paragraph[] = [];
  const lines = (text: string) => cleanText(text).split('\n').map((l) => l.trim()).filter(Boolean);
  for (const l of lines(s.signatureAuthority)) right.push(tight(l, f.signature.authority, 'center'));
  for (const l of lines(s.signatureTitle)) right.push(tight(l, f.signature.title, 'center'));
  if (!right.length) right.push(tight('…', f.signature.title, 'center'));
  // Room for the signature and the seal.
  for (let i = 0; i < 4; i++) right.push(tight('', { size: f.body.size }, 'center'));
  right.push(tight(cleanText(s.signatureName) || '…', f.signature.name, 'center'));
  const w = textWidthMm(f);
  return { type: 'table', columnsMm: [w * 0.5, w * 0.5], borders: false, rows: [{ cells: [cell(left), cell(right)] }] };
}

/** The blocks before the content: header table, type and subject. */
export function frontMatter(f: DocFormat, h: HeaderInput, type: string, subjectLines: string[]): Block[] {
  return [headerTable(f, h), ...titleBlock(f, type, subjectLines)];
}
