/**
 * "Nhập kế hoạch từ văn bản…" through its Apps Script entry points on the fakes: the dialog, the
 * preview from pasted text or from a Google Doc (with clear sentences when the link or the access
 * is wrong), and adding the rows to the spreadsheet with a number of service calls that does not
 * grow with the number of tasks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importApply, importPreview, menuImport } from '../../src/gas/import';
import { docIdFromLink } from '../../src/core/text/drive-links';
import { readTracker } from '../../src/core/plan/read';
import { TASKS_SHEET } from '../../src/core/plan/columns';
import { activePorts } from '../../src/gas/ports';
import { type FakeEnv, type createFakes, seedSheet, sheetState } from '../fakes/index';
import { installedFakes, onlyOne } from './installed.fixture';

const ROOT = path.resolve(__dirname, '../..');
const seed001 = readFileSync(path.join(ROOT, 'tests/fixtures/seeds/001_d9362ba7d2fb1038.txt'), 'utf8');
const huyenUy = readFileSync(path.join(ROOT, 'tests/fixtures/plans/huyen-uy-tong-ket.txt'), 'utf8');

const fakes = installedFakes({ now: () => new Date('2025-01-06T02:00:00Z') });

function setup(opts: Parameters<typeof createFakes>[0] = {}): FakeEnv {
  const env = fakes.setup(opts, (e) => { e.htmlFiles.import = readFileSync(path.join(ROOT, 'build/import.html'), 'utf8'); });
  seedSheet(env, 'Công việc', [TASKS_SHEET.columns.map((c) => c.vi)]);
  seedSheet(env, 'Nhân sự', [['Họ tên', 'Chức vụ', 'Đơn vị', 'Email', 'Nhóm']]);
  return env;
}

const tasks = () => { const wb = activePorts('vi').workbook; return readTracker(wb.readGrids(wb.sheetNames())).tasks; };

describe('the import dialog', () => {
  it('opens as a large modeless dialog in the user’s language, with no data and no text of the server', () => {
    const env = setup({ locale: 'en' });
    menuImport();
    const d = onlyOne(env.ui.dialogs);
    expect([d.title, d.modeless, d.width, d.height]).toEqual(['Import a plan from text', true, 1100, 720]);
    expect(d.html).toContain('"lang":"en"');
    // The page carries its own text (tests/gas/page-strings.test.ts).
    expect(d.html).toContain('window.__TIENDO__={"lang":"en"}');
    expect(d.html).not.toContain('"cli.');
  });
});

describe('importPreview', () => {
  it('reads the pasted text against the sheets, writing nothing', () => {
    const env = setup();
    env.calls.reset();
    const p = importPreview(seed001, '');
    expect(p.rows.length).toBeGreaterThan(20);
    expect(p.rows[0]).toMatchObject({ id: '1', section: 'Xây dựng đề cương các báo cáo', start: '2019-08-01', due: '2019-08-31', duplicate: false });
    const methods = Object.keys(env.calls.byMethod());
    expect(methods.some((m) => /set|append|insert|clear|delete/i.test(m)), methods.join()).toBe(false);
  });

  it('reads a Google Doc by its link: paragraphs, list items and tables', () => {
    setup();
    const doc = DocumentApp.create('Kế hoạch tổng kết');
    const body = doc.getBody();
    body.appendParagraph('KẾ HOẠCH tổ chức Hội nghị tổng kết');
    body.appendParagraph('I. NỘI DUNG');
    body.appendParagraph('1. Ban Tổ chức Huyện ủy');
    body.appendListItem('Xây dựng dự thảo báo cáo tổng kết (trước ngày 20/12/2024).');
    body.appendListItem('Tổng hợp ý kiến các chi bộ trong tháng 01/2025.');
    body.appendParagraph('II. TIẾN ĐỘ');
    body.appendTable([['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'], ['1', 'Tổ chức Hội nghị', 'Văn phòng Huyện ủy', 'Ban Tuyên giáo Huyện ủy', 'giữa tháng 01/2025']]);
    doc.saveAndClose();
    const p = importPreview('', `https://docs.google.com/document/d/${doc.getId()}/edit?usp=sharing`);
    expect(p.rows.map((r) => [r.section, r.title, r.lead, r.support, r.start, r.due])).toEqual([
      ['Ban Tổ chức Huyện ủy', 'Xây dựng dự thảo báo cáo tổng kết', ['Ban Tổ chức Huyện ủy'], [], null, '2024-12-20'],
      ['Ban Tổ chức Huyện ủy', 'Tổng hợp ý kiến các chi bộ', ['Ban Tổ chức Huyện ủy'], [], '2025-01-01', '2025-01-31'],
      ['Tiến độ', 'Tổ chức Hội nghị', ['Văn phòng Huyện ủy'], ['Ban Tuyên giáo Huyện ủy'], '2025-01-15', '2025-01-15'],
    ]);
  });

  it('answers a wrong link, a document it cannot open, and an empty request with sentences', () => {
    setup();
    expect(() => importPreview('', 'https://example.org/plan')).toThrow('“https://example.org/plan” không phải là đường liên kết tới một Google Tài liệu.');
    expect(() => importPreview('', 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit'))
      .toThrow(/^Không mở được Google Tài liệu này: .+\. Hãy kiểm tra đường liên kết và quyền xem của bạn\.$/);
    expect(() => importPreview('  ', '')).toThrow('Hãy dán nội dung kế hoạch hoặc nhập đường liên kết Google Tài liệu.');
  });

  it('finds the document ID in the links people paste', () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
    expect(docIdFromLink(`https://docs.google.com/document/d/${id}/edit#heading=h.x`)).toBe(id);
    expect(docIdFromLink(`https://docs.google.com/document/u/1/d/${id}/view`)).toBe(id);
    expect(docIdFromLink(`https://drive.google.com/open?id=${id}`)).toBe(id);
    expect(docIdFromLink(id)).toBe(id);
    expect(docIdFromLink('https://docs.google.com/spreadsheets/')).toBeNull();
  });
});

describe('importApply', () => {
  it('appends the kept rows and people; importing again adds nothing', () => {
    const env = setup();
    const p = importPreview(huyenUy, '');
    const r = importApply(p.rows, p.people);
    expect(r).toMatchObject({ ok: true, added: 9, peopleAdded: 3 });
    expect(tasks().map((t) => t.title)).toContain('Chuẩn bị nội dung, phục vụ Hội nghị tổng kết');
    expect(sheetState(env, 'Nhân sự').values.slice(1).map((row) => row[0])).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Chỉ huy trưởng Ban CHQS huyện']);
    const again = importPreview(huyenUy, '');
    expect(again.rows.every((x) => x.duplicate)).toBe(true);
    expect(importApply(again.rows, again.people)).toMatchObject({ ok: true, added: 0, skipped: 9, peopleAdded: 0 });
    expect(tasks()).toHaveLength(9);
  });

  it('costs the same number of service calls for 9 tasks as for 85', () => {
    const count = (copies: number) => {
      const env = setup();
      // The same plan under `copies` different headings: distinct tasks, the same shape.
      const text = Array.from({ length: copies }, (_v, i) => huyenUy.replace(/Tổng kết|tổng kết/g, `tổng kết đợt ${i + 1}`)).join('\n\n');
      const p = importPreview(text, '');
      env.calls.reset();
      const r = importApply(p.rows, p.people);
      expect(r.ok).toBe(true);
      const calls = env.calls.total();
      return { calls, added: r.ok ? r.added : 0 };
    };
    const small = count(1);
    const big = count(20);
    expect(big.added).toBeGreaterThan(small.added * 5);
    expect(big.calls).toBe(small.calls);
  });

  it('refuses rows that are not well-formed with a sentence', () => {
    setup();
    expect(importApply([{ id: '1' }] as never, [])).toEqual({ ok: false, message: expect.stringMatching(/^Dòng 1 của bảng xem trước không hợp lệ/) });
  });
});
