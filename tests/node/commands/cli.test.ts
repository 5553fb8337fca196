import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/node/commands/index';
import type { Command } from '../../../src/node/commands/types';
import { ROOT, tempDirPerTest, tiendo, tiendoProcess } from '../cli.fixture';
import { t } from '../../../src/core/i18n';

const tmp = tempDirPerTest();

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('tiendo command line', () => {
  // The one test that starts bin/tiendo.js as a user does: the other tests run the same main() in
  // this process, which this one shows is what the executable runs, exit code and streams included.
  it('bin/tiendo.js runs a command in a process of its own: output, messages and exit code', () => {
    const ok = tiendoProcess(['check', path.join(ROOT, 'examples/ke-hoach-mau.xlsx'), '--today', '12/11/2019']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('0 lỗi');
    const missing = tiendoProcess(['check', path.join(tmp.dir, 'none.xlsx')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('Không tìm thấy tệp');
  });

  it('lists every registered command in both languages', async () => {
    const r = await tiendo([]);
    expect(r.code).toBe(0);
    for (const c of commands) {
      expect(r.stdout).toContain(t('vi', c.summary));
      expect(r.stdout).toContain(t('en', c.summary));
    }
    expect((await tiendo(['--help'])).stdout).toBe(r.stdout);
  });

  it('shows each command’s usage with --help and `help <command>`', async () => {
    for (const c of commands) {
      const r = await tiendo([c.name, '--help']);
      expect(r.code, c.name).toBe(0);
      expect(r.stdout, c.name).toContain(c.usage);
      expect(r.stdout, c.name).toContain(t('en', c.summary));
    }
    expect((await tiendo(['help', 'check'])).stdout).toContain('tiendo check <tệp.xlsx>');
  });

  it('answers an unknown command or option in Vietnamese and English with exit code 2', async () => {
    const a = await tiendo(['chek', 'x.xlsx']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('Không có lệnh “chek”');
    expect(a.stderr).toContain('There is no command “chek”');
    const b = await tiendo(['check', 'x.xlsx', '--bogus']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('Lệnh “check” không có tùy chọn “--bogus”');
    expect(b.stderr).toContain('Command “check” has no option “--bogus”');
    expect(b.stderr).toContain('Cách dùng: tiendo check');
    const c = await tiendo(['check']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('cần tên tệp .xlsx');
    expect(c.stderr).toContain('needs an .xlsx file name');
    expect((await tiendo(['check', 'a.xlsx', 'b.xlsx'])).code).toBe(2);
    expect((await tiendo(['check', 'a.xlsx', '--lang', 'fr'])).stderr).toContain('Language “fr” is not supported');
    expect((await tiendo(['help', 'nope'])).code).toBe(2);
    expect((await tiendo(['check', 'a.xlsx', '--lang'])).stderr).toContain('Tùy chọn “--lang” của lệnh “check” cần một giá trị.');
    expect((await tiendo(['init', 'a.xlsx', '--force=yes'])).stderr).toContain('Option “--force” of “init” takes no value.');
    for (const r of [a, b, c]) noStack(r.stderr);
  });

  it('speaks the language of --lang, else of TIENDO_LANG, and refuses an unknown one from either', async () => {
    const book = path.join(ROOT, 'examples/ke-hoach-mau.xlsx');
    const env = await tiendo(['check', book, '--today', '12/11/2019'], { env: { TIENDO_LANG: 'en' } });
    expect(env.stdout).toContain('Warning: Công việc, row 37');
    const flag = await tiendo(['check', book, '--today', '12/11/2019', '--lang', 'vi'], { env: { TIENDO_LANG: 'en' } });
    expect(flag.stdout).toContain('Cảnh báo: Công việc, dòng 37');
    const fr = await tiendo(['check', book], { env: { TIENDO_LANG: 'fr' } });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('Language “fr” is not supported');
    expect(fr.stderr).toContain('Cách dùng: tiendo check');
  });

  it('explains a missing, misnamed or unreadable file without a stack trace (exit 1)', async () => {
    const missing = await tiendo(['check', path.join(tmp.dir, 'none.xlsx')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy tệp');
    expect(missing.stderr).toContain('not found');
    // A folder given for a file is named as a folder, not as missing.
    for (const cmd of ['check', 'import']) {
      const folder = await tiendo([cmd, tmp.dir]);
      expect(folder.code).toBe(1);
      expect(folder.stderr).toContain(`“${tmp.dir}” là một thư mục, không phải một tệp`);
      expect(folder.stderr).not.toContain('Không tìm thấy');
    }
    const txt = path.join(tmp.dir, 'plan.txt');
    writeFileSync(txt, 'Kế hoạch');
    expect((await tiendo(['check', txt])).stderr).toContain('không phải bảng tính .xlsx');
    const broken = path.join(tmp.dir, 'broken.xlsx');
    writeFileSync(broken, 'PK\u0003\u0004 not really a zip');
    const r = await tiendo(['check', broken]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('không mở được như một bảng tính Excel');
    expect(r.stderr).toContain('cannot be opened as an Excel workbook');
    noStack(r.stderr);
    // With TIENDO_DEBUG=1 the technical details are shown.
    expect((await tiendo(['check', broken], { env: { TIENDO_DEBUG: '1' } })).stderr).toMatch(/\n\s+at /);
  });

  it('reports an unexpected failure of a command as a sentence, with exit code 1', async () => {
    const boom: Command = { name: 'boom', summary: 'cli.check.summary', usage: 'tiendo boom', positionals: { max: 0 }, run: async () => { throw new TypeError('x is undefined\n    at f (a.ts:1:1)'); } };
    const r = await tiendo(['boom'], { commands: [boom] });
    expect(r.code).toBe(1);
    const text = r.stderr;
    expect(text).toContain('Không thực hiện được: x is undefined');
    expect(text).toContain('Could not do it: x is undefined');
    noStack(text);
  });

  it('npm start’s demo copies the sample, runs every demo step and lists what it made, in a few seconds', async () => {
    const t0 = Date.now();
    const r = await tiendo(['demo', '--out', path.join(tmp.dir, 'out')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(existsSync(path.join(tmp.dir, 'out', 'ke-hoach-mau.xlsx'))).toBe(true);
    expect(existsSync(path.join(tmp.dir, 'out', 'bang-theo-doi-trong.xlsx'))).toBe(true);
    const vi = r.stdout.indexOf('Kết quả:');
    const en = r.stdout.indexOf('Results:');
    expect(vi).toBeGreaterThan(0);
    expect(en).toBeGreaterThan(vi);
    for (const c of commands.filter((x) => x.demo)) expect(r.stdout).toContain(`▶ ${c.name}:`);
    expect(r.stdout).toContain('Kiểm tra dữ liệu của kế hoạch mẫu');
    expect(r.stdout).toContain('0 lỗi');
  });
});
