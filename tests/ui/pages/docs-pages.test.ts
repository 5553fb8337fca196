/**
 * The document dialogs in headless Chromium with a stubbed google.script.run: the merge dialog
 * sends what the user chose and lists the documents made; the result dialog links the document
 * and saves its PDF on request.
 *
 * Needs the build: `node scripts/build.mjs` (npm test runs it first).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBoot, launch, openPage } from '../browser.fixture';
import type { StubCall } from './stub-run.fixture';

let browser: Browser;
beforeAll(async () => { browser = await launch(); }, 30_000);
afterAll(async () => { await browser?.close(); });

const DIALOG = { width: 520, height: 560 };
const LINK = 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit';

describe('merge dialog', () => {
  const data = { template: 'https://docs.google.com/document/d/1Template00000000000000000/edit', pattern: '{{Mã}} - {{Nội dung công việc}}', selectedRows: [4, 5], columns: ['Mã', 'Nội dung công việc', 'Trạng thái'] };

  it('merges the selected rows and lists the documents with their links', async () => {
    const { page, faults } = await openPage(browser, 'merge', {
      boot: defaultBoot('vi', data),
      responses: {
        docMergeRun: {
          value: {
            ok: true, message: 'Đã tạo 1 và cập nhật 1 văn bản; đường dẫn ghi vào cột «Văn bản».', warnings: ['Mẫu có {{X}} nhưng …'],
            documents: [
              { row: 4, name: '3 - Trình Tiểu ban <b>', link: LINK, pdfLink: null, updated: false },
              { row: 5, name: '4 - Trình BTV', link: 'javascript:alert(1)', pdfLink: null, updated: true },
            ],
          },
        },
      },
    }, DIALOG);
    expect(await page.getByLabel('Mẫu Google Docs (đường dẫn)').inputValue()).toBe(data.template);
    expect(await page.getByText('Các dòng đang chọn (2)').isVisible()).toBe(true);
    await page.getByLabel('Lưu thêm bản PDF').check();
    await page.getByRole('button', { name: 'Trộn văn bản' }).click();
    await expect.poll(() => page.locator('#message').textContent()).toBe('Đã tạo 1 và cập nhật 1 văn bản; đường dẫn ghi vào cột «Văn bản».');
    const calls = await page.evaluate(() => window.__calls as StubCall[]);
    expect(calls).toEqual([{ name: 'docMergeRun', args: [{ template: data.template, choice: { rows: [4, 5] }, pattern: data.pattern, pdf: true }] }]);
    const links = page.locator('#docs a');
    expect(await links.allTextContents()).toEqual(['3 - Trình Tiểu ban <b>', '4 - Trình BTV']);
    expect(await links.nth(0).getAttribute('href')).toBe(LINK);
    // A link the page cannot vouch for is shown as text, never made clickable.
    expect(await links.nth(1).getAttribute('href')).toBeNull();
    expect(await page.locator('#docs .tag').allTextContents()).toEqual(['mới tạo', 'đã cập nhật']);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('filters on a column instead, and shows the server’s sentence when nothing could be merged', async () => {
    const { page, faults } = await openPage(browser, 'merge', {
      boot: defaultBoot('vi', { ...data, selectedRows: [] }),
      responses: { docMergeRun: { value: { ok: false, message: 'Không có dòng nào có «Trạng thái» là “Hủy”.', warnings: [], documents: [] } } },
    }, DIALOG);
    expect(await page.locator('#rows-selected').isDisabled()).toBe(true);
    expect(await page.locator('#rows-filter').isChecked()).toBe(true);
    await page.locator('#filter-column').selectOption('Trạng thái');
    await page.locator('#filter-value').fill(' Hủy ');
    await page.getByRole('button', { name: 'Trộn văn bản' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Không có dòng nào có «Trạng thái» là “Hủy”.');
    const calls = await page.evaluate(() => window.__calls as StubCall[]);
    expect(calls[0].args[0]).toMatchObject({ choice: { filter: { column: 'Trạng thái', value: 'Hủy' } }, pdf: false });
    expect(await page.locator('#result').isHidden()).toBe(true);
    expect(faults).toEqual([]);
    await page.context().close();
  });
});

describe('document result dialog', () => {
  it('links the document, lists what to fix, and saves the PDF on request', async () => {
    const { page, faults } = await openPage(browser, 'doc-result', {
      boot: defaultBoot('vi', { title: 'Kế hoạch', document: { name: 'Kế hoạch - Tham mưu', link: LINK, pdfLink: null }, warnings: ['Chưa nhập «Địa danh» trong trang «Cài đặt»; văn bản để trống chỗ đó.'] }),
      responses: { docSavePdf: { value: { pdfLink: 'https://drive.google.com/file/d/1Pdf/view' } } },
    }, { width: 480, height: 360 });
    expect(await page.locator('h1').textContent()).toBe('Kế hoạch');
    expect(await page.getByRole('link', { name: 'Mở văn bản' }).getAttribute('href')).toBe(LINK);
    expect(await page.locator('#warnings li').allTextContents()).toEqual(['Chưa nhập «Địa danh» trong trang «Cài đặt»; văn bản để trống chỗ đó.']);
    await page.getByRole('button', { name: 'Lưu thêm bản PDF' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Mở bản PDF' }).getAttribute('href')).toBe('https://drive.google.com/file/d/1Pdf/view');
    expect(await page.evaluate(() => (window.__calls as StubCall[]).map((c) => [c.name, c.args]))).toEqual([['docSavePdf', [LINK]]]);
    expect(faults).toEqual([]);
    await page.context().close();
  });
});
