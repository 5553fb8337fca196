/**
 * Writes that never lose the user's work, through the CLI as a user runs it: a workbook another
 * command holds, one open in Excel or LibreOffice, a read-only one, a file that is not a
 * workbook, a workbook without its task sheet, leftovers of a killed save.
 */
import { chmodSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../../src/node/xlsx-workbook';
import { processStart } from '../../../src/node/workbook-lock';
import { grids } from '../../core/remind/reminders.fixture';
import { loadExcel, tempDir, tiendo } from '../cli.fixture';

const tmp = tempDir();
afterAll(() => tmp.done());

async function workbookFile(name: string): Promise<string> {
  const book = XlsxWorkbook.create(name);
  for (const g of grids()) {
    book.write({ sheet: g.name, mode: 'replace', blocks: [{ row: 1, col: 1, values: g.values.map((r) => r.map((v) => v ?? '')) as never }] });
  }
  const file = path.join(tmp.dir, name);
  await book.save(file);
  return file;
}

const bytes = (file: string) => readFileSync(file).toString('base64');

describe('a workbook the user has open or protected is refused, not overwritten', () => {
  it('refuses a read-only workbook with a message that suggests --out, and leaves it read-only and unchanged', async () => {
    const file = await workbookFile('chi-doc.xlsx');
    chmodSync(file, 0o444);
    const before = bytes(file);
    const r = await tiendo(['refresh', file, '--today', '2019-07-05']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('chỉ đọc');
    expect(r.stderr).toContain('--out');
    expect(r.stderr).toContain('read-only');
    expect(bytes(file)).toBe(before);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    // Written elsewhere, as suggested.
    const out = path.join(tmp.dir, 'chi-doc-ket-qua.xlsx');
    const ok = await tiendo(['refresh', file, '--today', '2019-07-05', '--out', out]);
    expect(ok.code).toBe(0);
    expect((await loadExcel(out)).getWorksheet('Tổng quan')).toBeDefined();
    const remind = await tiendo(['remind', file, '--today', '2019-07-05', '--smtp', '127.0.0.1:9']);
    expect(remind.code).toBe(1);
    expect(remind.stderr).toContain('chỉ đọc');
    chmodSync(file, 0o644);
  });

  it.each([
    ['Excel', (base: string) => `~$${base}`],
    ['LibreOffice', (base: string) => `.~lock.${base}#`],
  ])('refuses a workbook open in %s (its lock file beside it)', async (_app, marker) => {
    const file = await workbookFile(`dang-mo-${_app}.xlsx`);
    writeFileSync(path.join(tmp.dir, marker(path.basename(file))), 'owner');
    const before = bytes(file);
    for (const args of [['refresh', file], ['gantt', file], ['remind', file, '--smtp', '127.0.0.1:9']]) {
      const r = await tiendo([...args, '--today', '2019-07-05']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('đang được mở trong Excel hoặc LibreOffice');
      expect(r.stderr).toContain('is open in Excel or LibreOffice');
    }
    expect(bytes(file)).toBe(before);
  });
});

describe('plain messages instead of technical ones', () => {
  it('a file that is not a workbook says what to do, not "central directory"', async () => {
    const file = path.join(tmp.dir, 'khong-phai.xlsx');
    writeFileSync(file, 'Đây là một tệp văn bản đổi đuôi.');
    for (const cmd of ['check', 'refresh']) {
      const r = await tiendo([cmd, file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('lưu lại dạng “Sổ làm việc Excel (.xlsx)”');
      expect(r.stderr).not.toMatch(/central directory|zip file/i);
    }
    const debug = await tiendo(['check', file], { env: { TIENDO_DEBUG: '1' } });
    expect(debug.stderr).toMatch(/central directory/i);
  });

  it('a folder that is not there says so in words, not ENOENT', async () => {
    const file = await workbookFile('thu-muc.xlsx');
    const out = path.join(tmp.dir, 'khong-co', 'ket-qua.xlsx');
    const r = await tiendo(['refresh', file, '--today', '2019-07-05', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('không có');
    expect(r.stderr).not.toMatch(/ENOENT|EACCES|\.tmp/);
  });

  it('refresh on a workbook with no Công việc sheet exits 1 with a message and changes nothing', async () => {
    const book = XlsxWorkbook.create('trong.xlsx');
    book.write({ sheet: 'Trang tính 1', mode: 'replace', blocks: [{ row: 1, col: 1, values: [['Ghi chú'], ['Danh sách của tôi']] }] });
    const file = path.join(tmp.dir, 'trong.xlsx');
    await book.save(file);
    const before = bytes(file);
    const r = await tiendo(['refresh', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('không có trang «Công việc»');
    expect(r.stderr).toContain('has no “Công việc” sheet');
    expect(bytes(file)).toBe(before);
    expect((await tiendo(['check', file])).code).toBe(1);
  });
});

describe('one command at a time per workbook', () => {
  it('a command still working on the workbook makes the next one wait, then refuse with a message naming it', async () => {
    const file = await workbookFile('ban.xlsx');
    // This process holds it: alive, and the same process that started when the lock says.
    writeFileSync(path.join(tmp.dir, '.ban.xlsx.lock'), JSON.stringify({ pid: process.pid, started: processStart(process.pid), host: os.hostname(), command: 'remind', since: '2019-07-05T07:00:00Z' }));
    const before = bytes(file);
    const r = await tiendo(['refresh', file, '--today', '2019-07-05'], { env: { TIENDO_LOCK_WAIT: '0.5' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('chờ lệnh đó xong');
    expect(r.stderr).toContain(`Lệnh “remind” (tiến trình ${process.pid}`);
    expect(r.stderr).toContain('still working on');
    expect(bytes(file)).toBe(before);
  });

  it('a lock left by a process whose number was reused, or by a process that is gone, does not block', async () => {
    const file = await workbookFile('tai-dung.xlsx');
    const lock = path.join(tmp.dir, '.tai-dung.xlsx.lock');
    // A live process number (ours), but not the process that wrote the lock: it started at another time.
    writeFileSync(lock, JSON.stringify({ pid: process.pid, started: 'another-start', host: os.hostname(), command: 'remind', since: '2019-07-05T07:00:00Z' }));
    const r = await tiendo(['refresh', file, '--today', '2019-07-05'], { env: { TIENDO_LOCK_WAIT: '0' } });
    expect(r.stderr).not.toContain('remind');
    expect(r.code).toBe(0);
    expect(existsSync(lock)).toBe(false);
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 17, started: '1', host: os.hostname(), command: 'gantt', since: '' }));
    expect((await tiendo(['gantt', file, '--today', '2019-07-05'], { env: { TIENDO_LOCK_WAIT: '0' } })).code).toBe(0);
  });

  it('removes the empty temporary file a killed save left beside the workbook', async () => {
    const file = await workbookFile('tam.xlsx');
    const left = path.join(tmp.dir, '.tam.xlsx.4242.tmp');
    writeFileSync(left, '');
    const r = await tiendo(['refresh', file, '--today', '2019-07-05']);
    expect(r.code).toBe(0);
    expect(existsSync(left)).toBe(false);
    expect(readdirSync(tmp.dir).filter((n) => n.startsWith('.tam.xlsx.'))).toEqual([]);
  });
});
