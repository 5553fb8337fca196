/**
 * "Tạo văn bản" as Apps Script runs it: build/Code.js in node:vm over the fakes of SpreadsheetApp,
 * DocumentApp and DriveApp. The plan and report become Google Docs in the add-on's folder with
 * the format's page setup and styles; template merge copies the template per row, fills it,
 * writes the links back in one write, and refreshes the same documents on a re-run.
 *
 * Needs the build: `node scripts/build.mjs` (npm test runs it first).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FakeEnv, createFakes, seedSheet, sheetState } from '../fakes/index';
import { ROOT, loadBundle } from '../fakes/vm';
import { SEED000_HEADER, SEED000_SETTINGS, SEED000_TASKS, typedInSheets } from '../core/docs/seed000.fixture';

type Fn = (...a: unknown[]) => unknown;
const PT = 72 / 25.4;

function setup(o: { today?: string; tasks?: unknown[][]; settings?: Array<[string, string]> } = {}) {
  const now = new Date(`${o.today ?? '2019-08-10'}T02:00:00Z`);
  const env = createFakes({ now: () => now });
  seedSheet(env, 'Công việc', [SEED000_HEADER, ...(o.tasks ?? SEED000_TASKS).map((r) => r.map(typedInSheets))]);
  seedSheet(env, 'Nhân sự', [['Họ tên', 'Email'], ['Trần Thanh Tiến', 'tien@example.org']]);
  seedSheet(env, 'Cài đặt', [['Mục', 'Giá trị'], ...SEED000_SETTINGS, ...(o.settings ?? [])]);
  for (const page of ['doc-result', 'merge']) env.htmlFiles[page] = readFileSync(path.join(ROOT, `build/${page}.html`), 'utf8');
  const gas = loadBundle(env) as unknown as Record<string, Fn>;
  return { env, gas };
}

const bootData = (html: string) => JSON.parse(/window\.__TIENDO__=(.*?);<\/script>/s.exec(html)![1]).data;
const folderOf = (env: FakeEnv, docId: string) => env.docs.folders.find((f) => f.id === env.docs.file(docId)!.parents[0])!;

describe('Tạo văn bản › Kế hoạch', () => {
  it('makes a Google Doc in the add-on’s own folder, A4 with the Party margins, and shows its link', () => {
    const { env, gas } = setup();
    gas.menuDocPlan();
    expect(env.ui.alerts).toEqual([]);
    expect(env.docs.documents).toHaveLength(1);
    const doc = env.docs.documents[0];
    expect(doc.name).toBe('Kế hoạch - Tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020-2025');
    const folder = folderOf(env, doc.id);
    expect(folder.name).toBe('Tiến độ - Văn bản');
    expect(env.properties.document.get('tiendo.docsFolder')).toBe(folder.id);
    expect(doc.page.pageWidth).toBeCloseTo(210 * PT, 1);
    expect(doc.page.pageHeight).toBeCloseTo(297 * PT, 1);
    expect(doc.page.marginTop).toBeCloseTo(20 * PT, 1);
    expect(doc.page.marginBottom).toBeCloseTo(20 * PT, 1);
    expect(doc.page.marginLeft).toBeCloseTo(30 * PT, 1);
    expect(doc.page.marginRight).toBeCloseTo(15 * PT, 1);

    const dialog = env.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Kế hoạch');
    expect(bootData(dialog.html).document.link).toBe(doc.url);
    // Page numbers cannot be inserted through DocumentApp: the dialog tells the user how.
    expect(bootData(dialog.html).warnings).toEqual([expect.stringContaining('Chèn › Số trang')]);
  });

  it('writes the header table, the parts, the tasks and the appendix with the format’s styles', () => {
    const { env, gas } = setup();
    gas.menuDocPlan();
    const doc = env.docs.documents[0];
    const text = env.docs.text(doc);
    for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 02-KH/TBT', 'Buôn Ma Thuột, ngày 24 tháng 6 năm 2019', 'KẾ HOẠCH', 'I- MỤC ĐÍCH, YÊU CẦU', 'II- NỘI DUNG', '2. Tháng 7/2019',
      '- Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo (từ ngày 10/7 đến 19/7/2019).', 'III- TỔ CHỨC THỰC HIỆN', 'Nơi nhận:', 'BẢNG PHÂN CÔNG NHIỆM VỤ']) {
      expect(text).toContain(s);
    }
    // The Docs API puts a paragraph before a table (none can start the body): the header table
    // comes right after that one empty paragraph.
    expect(doc.body.children.slice(0, 2).map((e) => (e.kind === 'paragraph' ? `paragraph:${e.text}` : e.kind))).toEqual(['paragraph:', 'table']);

    const paras = env.docs.paragraphs(doc);
    const title = paras.find((p) => p.text === 'KẾ HOẠCH')!;
    expect(title.alignment).toBe('CENTER');
    expect(env.docs.runs(title)[0]).toMatchObject({ bold: true, fontSize: 16, fontFamily: 'Times New Roman' });
    const motto = paras.find((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM')!;
    expect(env.docs.runs(motto)[0]).toMatchObject({ bold: true, underline: true, fontSize: 15 });
    const task = paras.find((p) => p.text.startsWith('- Trình Tiểu ban'))!;
    expect(task.alignment).toBe('JUSTIFY');
    expect(task.indentFirstLine).toBeCloseTo(12.7 * PT, 1);
    expect(task.spacingBefore).toBe(6);
    const runs = env.docs.runs(task);
    expect(runs.find((r) => r.text === 'từ ngày 10/7 đến 19/7/2019')).toMatchObject({ bold: true, italic: true, fontSize: 14 });
    expect(runs[0]).toMatchObject({ bold: false, italic: false, fontFamily: 'Times New Roman', fontSize: 14 });

    const [header, closing, appendix] = env.docs.tables(doc);
    expect(header.borderWidth).toBe(0);
    expect(closing.borderWidth).toBe(0);
    expect(appendix.borderWidth).toBe(0.5);
    expect(appendix.columnWidths[0]).toBeCloseTo(12 * PT, 1);
    expect(appendix.rows[0].cells.map((c) => c.background?.toUpperCase())).toEqual(Array(5).fill('#E7E6E6'));
    expect(appendix.rows[0].cells.map((c) => env.docs.paragraphs(doc).length && (c.children[0] as { text: string }).text)).toEqual(['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian']);
    const byText = (t: string) => appendix.rows.find((r) => (r.cells[1].children[0] as { text: string }).text === t)!;
    expect(byText('Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo').cells.map((c) => (c.children[0] as { text: string }).text))
      .toEqual(['3', 'Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo', 'Trần Thanh Tiến', 'Lê Văn Phúc, Nguyễn Thị Cẩm Ly', '10/7 - 19/7/2019']);
    // The appendix starts a new page.
    const at = doc.body.children.findIndex((e) => e.kind === 'paragraph' && e.text === 'Phụ lục');
    expect(doc.body.children[at - 1].kind).toBe('pageBreak');
  });

  it('reads the sheet with the same calls however many tasks there are, and reuses its folder', () => {
    const few = setup({ tasks: SEED000_TASKS.slice(0, 3) });
    few.gas.menuDocPlan();
    const many = setup();
    many.gas.menuDocPlan();
    const sheetCalls = (env: FakeEnv) => Object.entries(env.calls.byMethod()).filter(([k]) => /^(Range|Sheet|Spreadsheet)\./.test(k));
    expect(sheetCalls(many.env)).toEqual(sheetCalls(few.env));
    many.gas.menuDocPlan();
    expect(many.env.docs.folders.filter((f) => f.name === 'Tiến độ - Văn bản')).toHaveLength(1);
    expect(many.env.docs.documents).toHaveLength(2);
  });

  it('says so when the output folder in the settings cannot be opened', () => {
    const { env, gas } = setup({ settings: [['Thư mục lưu văn bản', 'https://drive.google.com/drive/folders/1NotSharedWithTheAddOn0000']] });
    gas.menuDocPlan();
    expect(env.docs.documents).toHaveLength(0);
    expect(env.ui.alerts).toEqual([expect.stringContaining('Không mở được thư mục lưu văn bản “https://drive.google.com/drive/folders/1NotSharedWithTheAddOn0000”')]);
  });

  it('uses the folder named in the settings, and saves the PDF next to the document on request', () => {
    const { env, gas } = setup();
    // A folder the add-on may use (it made it, or the user opened it with the add-on).
    const folderId = env.docs.seedFolder('Văn bản của Tổ Biên tập');
    env.spreadsheet.getSheetByName('Cài đặt')!.appendRow(['Thư mục lưu văn bản', `https://drive.google.com/drive/folders/${folderId}`]);
    gas.menuDocPlan();
    const doc = env.docs.documents[0];
    expect(env.docs.file(doc.id)!.parents).toEqual([folderId]);
    expect(env.properties.document.has('tiendo.docsFolder')).toBe(false);

    const r = gas.docSavePdf(doc.url) as { pdfLink: string };
    const pdf = env.docs.files.find((f) => f.mimeType === 'application/pdf')!;
    expect(pdf.name).toBe(`${doc.name}.pdf`);
    expect(pdf.parents).toEqual([folderId]);
    expect(Buffer.from(pdf.bytes).toString('utf8')).toContain('KẾ HOẠCH');
    expect(r.pdfLink).toBe(`https://drive.google.com/file/d/${pdf.id}/view`);
  });
});

describe('Tạo văn bản › Báo cáo tiến độ', () => {
  it('reports as of today and remembers the day for the next report', () => {
    const { env, gas } = setup({ today: '2019-08-10' });
    env.properties.document.set('tiendo.lastReport', JSON.stringify({ date: '2019-07-10', since: null }));
    gas.menuDocReport();
    expect(env.ui.alerts).toEqual([]);
    const doc = env.docs.documents[0];
    expect(doc.name).toBe('Báo cáo tiến độ - Tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020-2025 - 10-08-2019');
    const text = env.docs.text(doc);
    for (const s of ['BÁO CÁO', '(tính đến ngày 10 tháng 8 năm 2019)', 'III- NHIỆM VỤ QUÁ HẠN', 'IV- NHIỆM VỤ HOÀN THÀNH TỪ SAU NGÀY 10/7/2019',
      '- Trình BTV Thành ủy thông qua dự thảo Đề cương tổng quát các báo cáo để tiến hành xây dựng Đề cương chi tiết (hạn 26/7/2019, chậm 15 ngày, tức 10 ngày làm việc).']) {
      expect(text).toContain(s);
    }
    expect(JSON.parse(env.properties.document.get('tiendo.lastReport')!)).toEqual({ date: '2019-08-10', since: '2019-07-10' });
    expect(env.ui.dialogs.at(-1)!.title).toBe('Báo cáo tiến độ');
  });
});

describe('Tạo văn bản › Trộn theo mẫu', () => {
  function withTemplate(o: Parameters<typeof setup>[0] = {}) {
    const s = setup(o);
    const tpl = s.env.docs.seedDocument('Mẫu phiếu giao việc', [
      'PHIẾU GIAO VIỆC',
      'Nội dung: {{Nội dung công việc}}',
      'Hạn: {{ hạn hoàn thành }} ({{% hoàn thành}}), chủ trì: {{Lead}}',
      'Ghi chú riêng: {{Cột không có}}',
      'Giá: 100$ (không phải $1)',
    ]);
    // The template's header carries a placeholder too.
    const DocumentApp = s.env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const t = DocumentApp.openById(tpl);
    t.addHeader().appendParagraph('Phiếu số {{Mã}}');
    t.addFooter().appendParagraph('Tình trạng: {{Trạng thái}}');
    t.getBody().appendTable([['Chủ trì', '{{Chủ trì}}'], ['Phối hợp', '{{Support}}']]);
    t.saveAndClose();
    return { ...s, tpl, url: s.env.docs.byId(tpl)!.url };
  }

  it('opens a dialog with the selected task rows and the sheet’s columns', () => {
    const { env, gas } = withTemplate();
    const sheet = env.spreadsheet.getSheetByName('Công việc')!;
    sheet.activate();
    sheet.getRange('B4:C5').activate();
    gas.menuDocMerge();
    const dialog = env.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Trộn văn bản theo mẫu');
    const data = bootData(dialog.html);
    expect(data.selectedRows).toEqual([4, 5]);
    expect(data.columns).toEqual(SEED000_HEADER);
    expect(data.pattern).toBe('{{Mã}} - {{Nội dung công việc}}');
  });

  it('makes one filled document per row, writes the links back in one write, and refreshes them on a re-run', () => {
    const { env, gas, url } = withTemplate();
    env.calls.reset();
    const r = gas.docMergeRun({ template: url, choice: { rows: [4, 5] }, pdf: true }) as { ok: boolean; message: string; warnings: string[]; documents: Array<{ row: number; name: string; link: string; pdfLink: string; updated: boolean }> };
    expect(r.ok).toBe(true);
    expect(r.message).toBe('Đã tạo 2 và cập nhật 0 văn bản; đường dẫn ghi vào cột «Văn bản».');
    expect(r.warnings).toEqual(['Mẫu có {{Cột không có}} nhưng trang «Công việc» không có cột nào tên như vậy; giữ nguyên chỗ đó.']);
    expect(r.documents.map((d) => [d.row, d.name, d.updated])).toEqual([
      [4, '3 - Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo', false],
      [5, '4 - Trình BTV Thành ủy thông qua dự thảo Đề cương tổng quát các báo cáo để tiến hành xây dựng Đề cương chi tiết', false],
    ]);
    const calls = env.calls.byMethod();
    expect(calls['Range.getDisplayValues']).toBe(1);
    expect(calls['Range.setValues']).toBe(1);

    const id3 = /\/d\/([^/]+)/.exec(r.documents[0].link)![1];
    const doc3 = env.docs.byId(id3)!;
    expect(doc3.name).toBe(r.documents[0].name);
    expect(env.docs.text(doc3)).toBe([
      'PHIẾU GIAO VIỆC',
      'Nội dung: Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo',
      'Hạn: 19/07/2019 (100%), chủ trì: Trần Thanh Tiến',
      'Ghi chú riêng: {{Cột không có}}',
      'Giá: 100$ (không phải $1)',
      'Chủ trì\tTrần Thanh Tiến',
      'Phối hợp\tLê Văn Phúc; Nguyễn Thị Cẩm Ly',
    ].join('\n'));
    const header = env.docs.text(doc3, 'header');
    expect(header).toContain('Phiếu số 3');
    expect(env.docs.text(doc3, 'footer')).toContain('Tình trạng: Hoàn thành');
    expect(folderOf(env, id3).name).toBe('Tiến độ - Văn bản');
    const pdfs = env.docs.files.filter((f) => f.mimeType === 'application/pdf');
    expect(pdfs.map((f) => f.name).sort()).toEqual(r.documents.map((d) => `${d.name}.pdf`).sort());

    const col = SEED000_HEADER.indexOf('Văn bản');
    const values = sheetState(env, 'Công việc').values;
    expect(values[3][col]).toBe(r.documents[0].link);
    expect(values[4][col]).toBe(r.documents[1].link);
    expect(values[2][col]).toBe('');

    // The task's title changes in the sheet; merging again refreshes the same document.
    env.spreadsheet.getSheetByName('Công việc')!.getRange(4, 3).setValue('Trình Tiểu ban Văn kiện (lần 2)');
    const before = env.docs.documents.length;
    const again = gas.docMergeRun({ template: url, choice: { rows: [4] }, pdf: true }) as typeof r;
    expect(again.message).toBe('Đã tạo 0 và cập nhật 1 văn bản; đường dẫn ghi vào cột «Văn bản».');
    expect(again.documents[0]).toMatchObject({ updated: true, link: r.documents[0].link, name: '3 - Trình Tiểu ban Văn kiện (lần 2)' });
    expect(env.docs.text(doc3)).toContain('Nội dung: Trình Tiểu ban Văn kiện (lần 2)');
    expect(env.docs.text(doc3)).not.toContain('thông qua dự thảo');
    expect(env.docs.text(doc3, 'header')).toBe(header);
    expect(env.docs.text(doc3, 'footer')).toContain('Tình trạng: Hoàn thành');
    expect(env.docs.tables(doc3)).toHaveLength(1);
    expect(doc3.name).toBe('3 - Trình Tiểu ban Văn kiện (lần 2)');
    // The temporary copy went to the trash, and so did the old PDF: no duplicates are left.
    const live = env.docs.files.filter((f) => !f.trashed);
    expect(live.filter((f) => f.mimeType !== 'application/pdf' && f.id !== env.docs.documents[0].id && f.name.startsWith('3 -'))).toHaveLength(1);
    expect(live.filter((f) => f.mimeType === 'application/pdf' && f.name.startsWith('3 -')).map((f) => f.name)).toEqual(['3 - Trình Tiểu ban Văn kiện (lần 2).pdf']);
    expect(env.docs.documents.length - before).toBe(1);
  });

  it('a template the add-on never saw (drive.file cannot copy it) is read with DocumentApp and rebuilt in a new document', () => {
    const s = setup();
    const tpl = s.env.docs.seedDocument('Mẫu của phòng', ['Kính gửi: {{Chủ trì}}', 'Việc: {{Nội dung công việc}}'], { accessible: false });
    const url = `https://docs.google.com/document/d/${tpl}/edit`;
    const drive = s.env.globals.Drive as { Files: { copy(r: object, id: string): unknown } };
    expect(() => drive.Files.copy({}, tpl)).toThrow(`API call to drive.files.copy failed with error: File not found: ${tpl}.`);
    const r = s.gas.docMergeRun({ template: url, choice: { rows: [4] }, pdf: true }) as { ok: boolean; documents: Array<{ link: string; pdfLink: string }> };
    expect(r.ok).toBe(true);
    const id = /\/d\/([^/]+)/.exec(r.documents[0].link)![1];
    expect(s.env.docs.text(id)).toContain('Kính gửi: Trần Thanh Tiến');
    expect(s.env.docs.text(id)).not.toContain('{{');
    expect(r.documents[0].pdfLink).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    // The user's template is untouched.
    expect(s.env.docs.text(tpl)).toContain('{{Chủ trì}}');
  });

  it('filters rows on a column, and answers in a sentence when it cannot merge', () => {
    const { gas, url } = withTemplate();
    const r = gas.docMergeRun({ template: url, choice: { filter: { column: 'Trạng thái', value: 'tạm dừng' } }, pdf: false }) as { ok: boolean; documents: Array<{ row: number }> };
    expect(r.documents.map((d) => d.row)).toEqual([9]);
    expect(gas.docMergeRun({ template: 'https://docs.google.com/document/d/1NoSuchTemplate000000000000/edit', choice: { rows: [4] }, pdf: false }))
      .toMatchObject({ ok: false, message: 'Không mở được mẫu “https://docs.google.com/document/d/1NoSuchTemplate000000000000/edit”: kiểm tra đường dẫn và quyền xem của bạn.' });
    expect(gas.docMergeRun({ template: '', choice: { rows: [4] }, pdf: false })).toMatchObject({ ok: false, message: expect.stringContaining('Chưa có mẫu') });
    expect(gas.docMergeRun({ template: url, choice: { rows: [] }, pdf: false })).toMatchObject({ ok: false, message: expect.stringContaining('Chưa chọn dòng nào') });
    expect(() => gas.docMergeRun({ choice: { rows: ['4'] }, pdf: 'yes' })).toThrow('Yêu cầu trộn văn bản không hợp lệ; hãy mở lại hộp thoại và thử lại.');
  });
});
