/**
 * The command line as a new user meets it: dates typed as everywhere else (`12/11/2019`), every
 * option explained by --help, `init` saying what to do next, the baseline, and the refresh table
 * with headers, cut to the terminal's width, in the language asked for.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/node/commands/index';
import { commandHelp } from '../../../src/node/commands/kit';
import { optionHelp } from '../../../src/node/commands/options';
import { t } from '../../../src/core/i18n';
import { loadExcel, ROOT, tempDirPerTest, tiendo } from '../cli.fixture';

const tmp = tempDirPerTest();

const SAMPLE = path.join(ROOT, 'examples/ke-hoach-mau.xlsx');
function sample(name = 'book.xlsx'): string {
  const file = path.join(tmp.dir, name);
  copyFileSync(SAMPLE, file);
  return file;
}

describe('dates on the command line', () => {
  it('reads --today 12/11/2019 as 12 November 2019 in refresh, gantt and docs, as the ISO form does', async () => {
    const a = await tiendo(['refresh', sample('a.xlsx'), '--today', '12/11/2019']);
    const b = await tiendo(['refresh', sample('b.xlsx'), '--today', '2019-11-12']);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toContain('Tiến độ ngày 12/11/2019');
    expect(a.stdout.replace(/a\.xlsx/g, 'X')).toBe(b.stdout.replace(/b\.xlsx/g, 'X'));
    expect((await tiendo(['gantt', sample('c.xlsx'), '--today', '5/7/2019'])).code).toBe(0);
    const d = await tiendo(['docs', sample('d.xlsx'), '--kind', 'report', '--today', '12/11/2019', '--since', '01/10/2019', '--out', path.join(tmp.dir, 'docs')]);
    expect(d.code, d.stderr).toBe(0);
    expect(d.stdout).toContain('01/10/2019');
  });

  it('says which option holds a wrong date, in both languages, with exit code 2', async () => {
    for (const cmd of ['refresh', 'gantt', 'remind', 'baseline']) {
      const r = await tiendo([cmd, sample(), '--today', '31/02/2019']);
      expect(r.code, cmd).toBe(2);
      expect(r.stderr, cmd).toContain('--today “31/02/2019” không phải là ngày (viết ngày/tháng/năm, ví dụ 12/11/2019).');
      expect(r.stderr, cmd).toContain('--today “31/02/2019” is not a date');
    }
  });
});

describe('--help', () => {
  it('explains every option of every command in Vietnamese and English', () => {
    for (const c of commands) {
      const help = commandHelp(c);
      const flags = new Set([...c.usage.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]));
      expect(flags.size > 0 || c.name === 'check', c.name).toBe(true);
      for (const flag of [...flags, '--help']) {
        const o = [...(c.options ?? []).map(optionHelp), { flag: '--help', help: 'cli.help.opt.help' as const }].find((x) => x.flag === flag);
        expect(o, `${c.name} ${flag}`).toBeTruthy();
        expect(help, `${c.name} ${flag}`).toMatch(new RegExp(`^  ${flag}\\b.*  ${t('vi', o!.help).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
        expect(help, `${c.name} ${flag}`).toContain(t('en', o!.help));
      }
    }
  });

  it('documents the «Phụ thuộc» syntax and the Nhân sự columns where the sheets are filled', async () => {
    const r = await tiendo(['init', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['T3+2nlv', 'T3-5', 'T3; T4', 'Nhóm:', 'Cấp trên:', 'Đầu mối:', 'Contact', 'Supervisor'.toLowerCase()]) expect(r.stdout.toLowerCase(), s).toContain(s.toLowerCase());
    expect((await tiendo(['check', '--help'])).stdout).toContain('T3+3');
    expect((await tiendo(['refresh', '--help'])).stdout).toContain('Ngày viết ngày/tháng/năm (12/11/2019)');
  });
});

describe('init, baseline and the refresh table', () => {
  it('init says the next step', async () => {
    const file = path.join(tmp.dir, 'moi.xlsx');
    const r = await tiendo(['init', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Bước tiếp theo: mở ${file}`);
    expect(r.stdout).toContain(`tiendo refresh ${file}`);
  });

  it('tiendo baseline freezes today’s due dates once, and again only with --force', async () => {
    const file = sample();
    const r = await tiendo(['baseline', file, '--today', '12/11/2019']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Đã chốt kế hoạch gốc cho \d+ công việc ngày 12\/11\/2019/);
    const wb = await loadExcel(file);
    expect(wb.getWorksheet('Kế hoạch gốc')?.rowCount).toBeGreaterThan(10);
    const again = await tiendo(['baseline', file, '--today', '13/11/2019']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Kế hoạch gốc đã được chốt ngày 12/11/2019; thêm --force');
    expect((await tiendo(['baseline', file, '--today', '13/11/2019', '--force'])).code).toBe(0);
  });

  it('prints the refresh table with column headers, no line wider than the terminal (100 when piped)', async () => {
    const r = await tiendo(['refresh', sample(), '--today', '12/11/2019']);
    const lines = r.stdout.split('\n');
    const head = lines.findIndex((l) => /^\s+Mã\s+Hạn\s+Tình trạng\s+Còn\s+Găng\s+Nội dung$/.test(l));
    expect(head).toBeGreaterThan(0);
    expect(lines[head + 1]).toMatch(/^\s+-{20,}$/);
    for (const l of lines) expect(Array.from(l).length, l).toBeLessThanOrEqual(100);
    expect(lines.some((l) => l.endsWith('…'))).toBe(true);
  });

  it('--lang en prints statuses, the overview and problems in English; the workbook keeps Vietnamese', async () => {
    const file = sample();
    const r = await tiendo(['refresh', file, '--today', '12/11/2019', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\s+ID\s+Due\s+Status\s+Left\s+Crit\.\s+Task$/m);
    expect(r.stdout).toMatch(/Overdue/);
    expect(r.stdout).not.toMatch(/Quá hạn|Chưa bắt đầu|TỔNG QUAN/);
    const overview = r.stdout.slice(r.stdout.indexOf('Overview sheet:'));
    expect(overview).toMatch(/OVERVIEW|Overview/);
    const wb = await loadExcel(file);
    expect(wb.getWorksheet('Tổng quan')).toBeTruthy();
  });
});
