/**
 * The table of contents of the `tiendo` command line: one row per command, in the order
 * `tiendo help` lists them and `npm start` runs their demo steps. A row is what `--help` shows
 * (summary, usage, the options by their key in OPT, notes on the sheets), what the command takes
 * besides options (one workbook file unless `positionals` says otherwise) and the module that runs
 * it. A feature adds its module, `import * as name from './name';` above and one row below.
 */
import * as baseline from './baseline';
import * as check from './check';
import * as demo from './demo';
import * as docs from './docs';
import * as gantt from './gantt';
import * as importCommand from './import';
import * as init from './init';
import * as refresh from './refresh';
import * as remind from './remind';
import * as reports from './reports';
import { t } from '../../core/i18n';
import type { Command } from './types';

export const commands: Command[] = [
  { name: 'demo', summary: 'cli.demo.summary', options: ['outDir'], positionals: { max: 0 }, run: demo.run,
    usage: 'tiendo demo [--out <thư-mục>]' },
  { name: 'init', summary: 'cli.init.summary', options: ['force', 'lang'], topics: ['deps', 'people'], run: init.run, demo: init.demo,
    usage: 'tiendo init <tệp.xlsx> [--force] [--lang vi|en]' },
  { name: 'check', summary: 'cli.check.summary', options: ['today', 'lang'], topics: ['deps', 'people'], run: check.run, demo: check.demo,
    usage: 'tiendo check <tệp.xlsx> [--today <ngày>] [--lang vi|en]' },
  // Features: one row each, after this one.
  { name: 'refresh', summary: 'refresh.cli.summary', options: ['today', 'outFile', 'lang'], topics: ['deps'], run: refresh.run, demo: refresh.demo,
    usage: 'tiendo refresh <tệp.xlsx> [--today <ngày>] [--out <tệp-khác.xlsx>] [--lang vi|en]' },
  { name: 'baseline', summary: 'cli.baseline.summary', options: ['today', 'freezeForce', 'outFile', 'lang'], run: baseline.run, demo: baseline.demo,
    usage: 'tiendo baseline <tệp.xlsx> [--today <ngày>] [--force] [--out <tệp-khác.xlsx>] [--lang vi|en]' },
  { name: 'gantt', summary: 'gantt.cli.summary', options: ['today', 'html', 'scale', 'outFile', 'lang'], run: gantt.run, demo: gantt.demo,
    usage: 'tiendo gantt <tệp.xlsx> [--today <ngày>] [--html <trang.html>] [--scale auto|day|week|month] [--out <tệp-khác.xlsx>] [--lang vi|en]' },
  {
    name: 'remind', summary: 'remind.cli.summary', topics: ['people'], run: remind.run, demo: remind.demo,
    options: ['today', 'smtp', 'smtpUser', 'smtpPasswordEnv', 'smtpTls', 'smtpCa', 'timeout', 'outbox', 'dryRun', 'quota', 'from', 'lang'],
    usage: 'tiendo remind <tệp.xlsx> [--today <ngày>] (--smtp <máy:cổng> [--smtp-user <tên>] [--smtp-password-env <BIẾN>] [--smtp-tls auto|starttls|tls|none] [--smtp-ca <tệp.pem>] [--timeout <giây>] | --outbox <thư-mục> | --dry-run) [--quota N] [--from <địa-chỉ>] [--lang vi|en]',
  },
  {
    name: 'docs', summary: 'docs.cli.summary', run: docs.run, demo: docs.demo,
    options: ['kind', 'outDir', 'today', 'since', 'next', 'template', 'rows', 'filter', 'name', 'replaceLinks', 'pdf', 'lang'],
    usage: 'tiendo docs <tệp.xlsx> --kind plan|report|merge [--out <thư-mục>] [--today <ngày>] [--since <ngày>] [--next <số ngày>] [--template <mẫu.docx>] [--rows 3,5-7 | --filter "Cột=giá trị"] [--name "{{Mã}} - {{Nội dung công việc}}"] [--replace-links] [--pdf] [--lang vi|en]',
  },
  { name: 'import', summary: 'cli.import.summary', options: ['year', 'json', 'into', 'appendTo', 'lang'], positionals: { min: 1, max: 1, what: 'cli.import.whatFile' }, run: importCommand.run, demo: importCommand.demo,
    usage: 'tiendo import <kế-hoạch.txt|.docx|.pdf> [--year YYYY] [--json] [--into <tệp.xlsx> [--append-to A]] [--lang vi|en]' },
  { name: 'reports', summary: 'reports.cli.summary', options: ['today', 'reportsAll', 'reportsTask', 'reportsReject', 'outFile', 'lang'], positionals: { min: 2, max: 3, what: 'cli.whatFile' }, run: reports.run, demo: reports.demo,
    usage: t('vi', 'reports.cli.usage') },
];
