/**
 * The import dialog in headless Chromium, with google.script.run stubbed by the answers the real
 * server code gives for a real plan: paste, preview (keyboard), untick a row, edit a title and a
 * date, add; a wrong date stops the add with a message; server failures are shown as sentences;
 * English for an English user. A screenshot of the preview is kept.
 *
 * Needs the build: `node scripts/build.mjs` (npm test runs it first).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewImport } from '../../../src/app/import';
import { ROOT, SHOTS, defaultBoot, launch, openPage, unreachableByTab, untranslated } from '../browser.fixture';
import type { StubCall } from './stub-run.fixture';

const DIALOG = { width: 1100, height: 720 };
const plan = readFileSync(path.join(ROOT, 'tests/fixtures/plans/huyen-uy-tong-ket.txt'), 'utf8');
/** What importPreview answers for this plan on a new tracker (the same code the server runs). */
const preview = (lang: 'vi' | 'en' = 'vi') => previewImport(plan, { lang }, []);

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
}, 30_000);
afterAll(async () => { await browser?.close(); });

const calls = (page: Page) => page.evaluate(() => window.__calls as StubCall[]);
const rows = (page: Page) => page.locator('#tasks tbody tr');

async function previewed(lang: 'vi' | 'en' = 'vi') {
  const opened = await openPage(browser, 'import', {
    boot: defaultBoot(lang),
    responses: {
      importPreview: { value: preview(lang), delayMs: 30 },
      importApply: { value: { ok: true, added: 8, skipped: 0, peopleAdded: 2, ids: [], message: 'Đã thêm 8 việc vào trang «Công việc» và 2 người vào trang «Nhân sự».' } },
    },
  }, DIALOG);
  const { page } = opened;
  await page.locator('#text').fill(plan);
  // Ctrl+Enter in the text area previews, without the mouse.
  await page.locator('#text').press('Control+Enter');
  await expect.poll(() => rows(page).count()).toBe(9);
  return opened;
}

describe('import dialog', () => {
  it('previews what the server found: every task with its cells, notes, and the people', async () => {
    const { page, faults } = await previewed();
    expect((await calls(page)).map((c) => [c.name, c.args[1], c.args[2]])).toEqual([['importPreview', '', '']]);
    expect((await calls(page))[0].args[0]).toBe(plan);
    expect(await page.locator('#summary').textContent()).toBe('Tìm thấy 9 việc và 3 người; 0 việc đã có trong bảng. Bỏ chọn hoặc sửa trước khi thêm.');
    const first = rows(page).first();
    expect(await first.getByLabel('Việc 1: Nội dung công việc').inputValue()).toBe('Ban Tổ chức Huyện ủy xây dựng dự thảo báo cáo tổng kết');
    expect(await first.getByLabel('Việc 1: Hạn').inputValue()).toBe('20/12/2024');
    expect(await first.locator('ul.warnings li').allTextContents()).toEqual(['Năm của “Tháng 12” lấy theo ngày của văn bản (2024).']);
    expect(await first.locator('td.source .clip').textContent()).toBe('- Ban Tổ chức Huyện ủy xây dựng dự thảo báo cáo tổng kết (trước ngày 20/12).');
    // The words that gave the lead and the deadline, shown under the source.
    expect(await first.locator('dl.evidence dd').allTextContents()).toEqual(['«Ban Tổ chức Huyện ủy»', '«trước ngày 20/12»']);
    expect(await first.locator('dl.evidence dt').allTextContents()).toEqual(['Chủ trì theo', 'Thời gian theo']);
    expect(await page.locator('#people tbody tr').count()).toBe(3);
    expect(await page.locator('#status').textContent()).toBe('Đã chọn 9 việc, 3 người.');
    expect(await untranslated(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'import.png') });
    expect(await unreachableByTab(page)).toEqual([]);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('sends only the ticked rows, as edited', async () => {
    const { page, faults } = await previewed();
    // Untick the second task and one person, with the keyboard.
    await page.getByLabel('Thêm việc 2').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Thêm Chỉ huy trưởng Ban CHQS huyện').check();
    await page.getByLabel('Thêm Chỉ huy trưởng Ban CHQS huyện').uncheck();
    await page.getByLabel('Việc 1: Nội dung công việc').fill('Xây dựng dự thảo báo cáo tổng kết năm 2024');
    await page.getByLabel('Việc 1: Hạn').fill('18/12/2024');
    await page.getByLabel('Việc 1: Phối hợp').fill('Văn phòng Huyện ủy; Ban Tuyên giáo Huyện ủy');
    await page.getByLabel('Việc 3: Lặp lại').selectOption('monthly');
    expect(await page.locator('#status').textContent()).toBe('Đã chọn 8 việc, 2 người.');
    await page.locator('#add').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Đã thêm 8 việc vào trang «Công việc» và 2 người vào trang «Nhân sự».');
    const apply = (await calls(page)).filter((c) => c.name === 'importApply');
    expect(apply).toHaveLength(1);
    const [sent, people] = apply[0].args as [Array<Record<string, unknown>>, Array<Record<string, unknown>>];
    expect(sent.map((r) => r.id)).toEqual(['1', '3', '4', '5', '6', '7', '8', '9']);
    expect(sent[0]).toMatchObject({
      title: 'Xây dựng dự thảo báo cáo tổng kết năm 2024', due: '2024-12-18', start: null,
      lead: ['Ban Tổ chức Huyện ủy'], support: ['Văn phòng Huyện ủy', 'Ban Tuyên giáo Huyện ủy'], section: 'Tháng 12',
    });
    expect(sent[1]).toMatchObject({ id: '3', start: '2025-01-06', due: '2025-01-10', recurrence: 'monthly' });
    expect(people.map((p) => p.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    // What was added is shown as added, and the button has nothing left to send.
    expect(await page.locator('#tasks tbody tr.dup').count()).toBe(8);
    expect(await page.locator('#add').isDisabled()).toBe(true);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('stops at a wrong date with a message, and shows the server’s failures as sentences', async () => {
    const { page, faults } = await previewed();
    const due = page.getByLabel('Việc 2: Hạn');
    await due.fill('32/13/2024');
    await page.locator('#add').click();
    expect(await page.locator('#status').textContent()).toBe('Còn 1 ô chưa đúng; hãy sửa trước khi thêm.');
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    expect(await due.getAttribute('title')).toBe('“32/13/2024” không phải là ngày (viết ngày/tháng/năm, ví dụ 05/07/2019).');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Việc 2: Hạn');
    expect((await calls(page)).map((c) => c.name)).toEqual(['importPreview']);

    await due.fill('25/12/2024');
    await page.evaluate(() => window.__stub.respond('importApply', { value: { ok: false, message: 'Trang «Công việc» không có dòng tiêu đề nhận ra được.' } }));
    await page.locator('#add').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Trang «Công việc» không có dòng tiêu đề nhận ra được.');
    expect(await page.locator('#status').getAttribute('class')).toContain('error');

    await page.evaluate(() => window.__stub.respond('importPreview', { error: 'Exception: Không mở được Google Tài liệu này: bạn không có quyền xem.' }));
    await page.locator('#link').fill('https://docs.google.com/document/d/abc/edit');
    await page.locator('#link').press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Không mở được Google Tài liệu này: bạn không có quyền xem.');
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('asks for the text before calling the server, and speaks English to an English user', async () => {
    const { page, faults } = await openPage(browser, 'import', { boot: defaultBoot('en'), responses: { importPreview: { value: preview('en') } } }, DIALOG);
    await page.locator('#preview').click();
    expect(await page.locator('#status').textContent()).toBe('Paste the plan’s text or enter a Google Doc link.');
    expect(await calls(page)).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe('Import a plan from text');
    await page.locator('#text').fill(plan);
    await page.locator('#preview').click();
    await expect.poll(() => rows(page).count()).toBe(9);
    expect(await page.locator('#tasks thead th').allTextContents()).toEqual(['', '#', 'Section', 'Task', 'Lead', 'Support', 'Start', 'Due', 'Repeats', 'Source sentence', 'Notes']);
    expect(await rows(page).first().locator('ul.warnings li').allTextContents()).toEqual(['The year of “Tháng 12” was taken from the document’s date (2024).']);
    expect(await untranslated(page)).toEqual([]);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('offers a new plan or an existing one when the tracker holds plans, and previews again for the choice', async () => {
    const tracker = [
      { name: 'Công việc', values: [['Mã', 'Phần', 'Nội dung công việc'], ['A', '', 'Kế hoạch văn kiện'], ['A.1', '', 'Việc một']] },
    ];
    const asNew = previewImport(plan, { lang: 'vi' }, tracker);
    const intoA = previewImport(plan, { lang: 'vi', appendTo: 'A' }, tracker);
    const { page, faults } = await openPage(browser, 'import', { boot: defaultBoot('vi'), responses: { importPreview: { value: asNew } } }, DIALOG);
    await page.locator('#text').fill(plan);
    await page.locator('#preview').click();
    await expect.poll(() => rows(page).count()).toBe(asNew.rows.length);
    expect(await rows(page).first().locator('td.id').textContent()).toBe('B');
    expect(await page.locator('#plan option').allTextContents()).toEqual([
      'kế hoạch mới B (có dòng tên riêng, các việc B.1, B.2 …)', 'các việc thêm vào kế hoạch A: Kế hoạch văn kiện',
    ]);
    await page.evaluate((v) => window.__stub.respond('importPreview', { value: v }), intoA as unknown as Record<string, unknown>);
    await page.locator('#plan').selectOption('A');
    await expect.poll(async () => (await calls(page)).length).toBe(2);
    expect((await calls(page))[1]).toMatchObject({ name: 'importPreview', args: [plan, '', 'A'] });
    await expect.poll(() => rows(page).first().locator('td.id').textContent()).toBe('A.2');
    expect(faults).toEqual([]);
  });

  it('sends a chosen .docx to the server as base64 when nothing is pasted, and refuses other files', async () => {
    const { page, faults } = await openPage(browser, 'import', { boot: defaultBoot('vi'), responses: { importPreviewFile: { value: preview() } } }, DIALOG);
    await page.locator('#file').setInputFiles({ name: 'ke-hoach.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK fake docx') });
    await page.locator('#preview').click();
    await expect.poll(() => rows(page).count()).toBe(9);
    const sent = (await calls(page))[0];
    expect(sent.name).toBe('importPreviewFile');
    expect(sent.args).toEqual([{ name: 'ke-hoach.docx', base64: Buffer.from('PK fake docx').toString('base64') }, '']);
    await page.locator('#file').setInputFiles({ name: 'bang.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('x') });
    await page.locator('#preview').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('“bang.xlsx” không phải tệp .docx hay .pdf.');
    expect((await calls(page)).length).toBe(1);
    expect(faults).toEqual([]);
  });
});
