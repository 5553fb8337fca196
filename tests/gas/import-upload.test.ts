/**
 * The import dialog's upload: a .docx or .pdf the user chose is converted by Drive into a Google
 * Doc the add-on creates, read like a linked Doc, then trashed — also when reading fails. A scanned
 * PDF (no text layer) and a file of another kind are answered with sentences.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { type MockInstance, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importPreviewFile } from '../../src/gas/import';
import { TASKS_SHEET } from '../../src/core/plan/columns';
import { docxText } from '../../src/node/docx-text';
import { type FakeEnv, createFakes, seedSheet } from '../fakes/index';

const ROOT = path.resolve(__dirname, '../..');

let undo: Array<() => void> = [];
let logged: MockInstance<(...a: unknown[]) => void>;
beforeEach(() => { logged = vi.spyOn(console, 'error').mockImplementation(() => {}); });
afterEach(() => { for (const u of undo.reverse()) u(); undo = []; logged.mockRestore(); });

function setup(convert: (bytes: Uint8Array, type: string) => string[]): { env: FakeEnv; drive: FakeEnv['drive'] } {
  const env = createFakes({ now: () => new Date('2025-01-06T02:00:00Z') });
  env.htmlFiles.import = readFileSync(path.join(ROOT, 'build/import.html'), 'utf8');
  undo.push(env.install());
  env.drive.convertUploads(convert);
  const drive = env.drive;
  seedSheet(env, 'Công việc', [TASKS_SHEET.columns.map((c) => c.vi)]);
  seedSheet(env, 'Nhân sự', [['Họ tên', 'Chức vụ', 'Đơn vị', 'Email', 'Nhóm']]);
  return { env, drive };
}

/** Drive's conversion of a .docx, modelled by reading its paragraphs. */
const fromDocx = (bytes: Uint8Array) => docxText(Buffer.from(bytes)).split('\n');

async function planDocx(): Promise<string> {
  const doc = new Document({ sections: [{ children: [
    new Paragraph('KẾ HOẠCH'),
    new Paragraph('Triển khai hòa giải ở cơ sở năm 2025'),
    new Paragraph('II. NHIỆM VỤ'),
    new Paragraph('1. Tổ chức tập huấn nghiệp vụ hòa giải ở cơ sở'),
    new Paragraph('a) Cơ quan chủ trì: Sở Tư pháp.'),
    new Paragraph('b) Cơ quan phối hợp: Các sở, ban, ngành tỉnh.'),
    new Paragraph('c) Thời gian thực hiện: Quý II/2025.'),
  ] }] });
  return (await Packer.toBuffer(doc)).toString('base64');
}

describe('importPreviewFile', () => {
  it('converts an uploaded .docx through Drive, reads it, and trashes the converted Doc', async () => {
    const { env, drive } = setup(fromDocx);
    const p = importPreviewFile({ name: 'ke-hoach-hoa-giai.docx', base64: await planDocx() });
    expect(p.rows.map((r) => [r.title, r.lead, r.support, r.start, r.due])).toEqual([
      ['Tổ chức tập huấn nghiệp vụ hòa giải ở cơ sở', ['Sở Tư pháp'], ['Các sở, ban, ngành tỉnh'], '2025-04-01', '2025-06-30'],
    ]);
    expect(drive.uploads).toHaveLength(1);
    expect(drive.uploads[0]).toMatchObject({
      resource: { name: 'ke-hoach-hoa-giai', mimeType: 'application/vnd.google-apps.document' },
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fields: 'id',
    });
    expect(drive.converted.map((id) => env.docs.file(id)?.trashed)).toEqual([true]);
  });

  it('says a scanned PDF has no text to read, and still trashes what it created', () => {
    const { env, drive } = setup(() => []);
    const scan = Buffer.from('%PDF-1.4\n% scanned page\n').toString('base64');
    expect(() => importPreviewFile({ name: 'ke-hoach-scan.pdf', base64: scan }))
      .toThrow('“ke-hoach-scan.pdf” là PDF quét (ảnh, không có lớp chữ) nên không có chữ để đọc.');
    expect(drive.converted.map((id) => env.docs.file(id)?.trashed)).toEqual([true]);
  });

  it('refuses a file that is neither .docx nor .pdf before calling Drive', () => {
    const { drive } = setup(fromDocx);
    expect(() => importPreviewFile({ name: 'bang-tinh.xlsx', base64: 'AAAA' })).toThrow('“bang-tinh.xlsx” không phải tệp Word (.docx) hay PDF; hãy dán nội dung văn bản.');
    expect(drive.uploads).toEqual([]);
  });
});
