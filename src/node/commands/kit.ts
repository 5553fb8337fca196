/**
 * What every command shares: argument parsing with `--help`, messages in both languages, errors
 * the user can act on (never a stack trace), opening a workbook file with a clear message.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { type Lang, type MsgKey, type Params, t } from '../../core/i18n';
import type { CivilDate } from '../../core/dates/civil';
import { parseDateText } from '../../core/plan/cells';
import type { Command, OptionHelp } from './types';
import { DEFAULT_WAIT_MS, type HeldLock, lockFileFor, lockWorkbook, removeStaleTemps } from '../workbook-lock';
import { io } from './io';

/** A message the user reads, in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

export function both(key: MsgKey, params: Params = {}): Bilingual {
  return { vi: t('vi', key, params), en: t('en', key, params) };
}

/** Wrong command line: the command's usage is shown, exit code 2. */
export class UsageError extends Error {
  constructor(readonly text: Bilingual, readonly command?: Command) {
    super(text.en);
  }
}

/** The command cannot do its job for a reason the user can fix (missing file…): exit code 1. */
export class UserError extends Error {
  /** `cause`: the technical error behind it, shown only with TIENDO_DEBUG=1. */
  constructor(readonly text: Bilingual, cause?: unknown) {
    super(text.en, cause === undefined ? undefined : { cause });
  }
}

export function say(line = ''): void {
  io().out(`${line}\n`);
}

export function warn(line: string): void {
  io().err(`${line}\n`);
}

export function sayBoth(text: Bilingual, to: 'out' | 'err' = 'out'): void {
  const put = to === 'out' ? say : warn;
  put(text.vi);
  put(text.en);
}

/** The `Phụ thuộc` examples, the same as the add-on's help page shows. */
const DEPENDENCY_EXAMPLES: Array<[string, MsgKey]> = [
  ['T3', 'ui.help.deps.plain'], ['T3+3', 'ui.help.deps.plus'], ['T3-5', 'ui.help.deps.minus'],
  ['T3+2nlv', 'ui.help.deps.workdays'], ['T3; T4', 'ui.help.deps.many'],
];

function topicLines(topic: 'deps' | 'people'): string[] {
  const lines: string[] = [''];
  const pair = (key: MsgKey, indent = '  ') => [`${indent}${t('vi', key)}`, `${indent}${t('en', key)}`];
  if (topic === 'deps') {
    lines.push(t('vi', 'cli.help.deps.title'), t('en', 'cli.help.deps.title'), ...pair('cli.help.deps.intro'));
    const w = Math.max(...DEPENDENCY_EXAMPLES.map(([e]) => e.length));
    for (const [example, key] of DEPENDENCY_EXAMPLES) {
      lines.push(`  ${example.padEnd(w)}  ${t('vi', key)}`, `  ${''.padEnd(w)}  ${t('en', key)}`);
    }
  } else {
    lines.push(t('vi', 'cli.help.people.title'), t('en', 'cli.help.people.title'));
    for (const key of ['cli.help.people.group', 'cli.help.people.supervisor', 'cli.help.people.contact'] as const) lines.push(...pair(key));
  }
  return lines;
}

/** Usage, what the command does, every option in both languages, then the notes on the sheets. */
export function commandHelp(cmd: Command): string {
  const lines = [
    t('vi', 'cli.usage', { usage: cmd.usage }),
    '',
    `  ${t('vi', cmd.summary)}`,
    `  ${t('en', cmd.summary)}`,
  ];
  const options: OptionHelp[] = [...(cmd.options ?? []), { flag: '--help', help: 'cli.help.opt.help' }];
  const label = (o: OptionHelp) => (o.value ? `${o.flag} ${o.value}` : o.flag);
  const w = Math.max(...options.map((o) => label(o).length));
  lines.push('', `${t('vi', 'cli.help.options')} / ${t('en', 'cli.help.options')}`);
  for (const o of options) {
    lines.push(`  ${label(o).padEnd(w)}  ${t('vi', o.help)}`, `  ${''.padEnd(w)}  ${t('en', o.help)}`);
  }
  if (options.some((o) => o.value === '<ngày>')) lines.push('', t('vi', 'cli.help.dates'), t('en', 'cli.help.dates'));
  for (const topic of cmd.topics ?? []) lines.push(...topicLines(topic));
  return lines.join('\n');
}

/** Options most commands share, for their `options` list. */
/** Every option of every command, once: each command lists the ones it takes (`--help` shows them). */
export const OPT = {
  lang: { flag: '--lang', value: 'vi|en', help: 'cli.help.opt.lang' },
  today: { flag: '--today', value: '<ngày>', help: 'cli.help.opt.today' },
  outFile: { flag: '--out', value: '<tệp-khác.xlsx>', help: 'cli.help.opt.outFile' },
  appendTo: { flag: '--append-to', value: 'A', help: 'cli.help.opt.appendTo' },
  dryRun: { flag: '--dry-run', help: 'cli.help.opt.dryRun' },
  filter: { flag: '--filter', value: '"Cột=giá trị"', help: 'cli.help.opt.filter' },
  force: { flag: '--force', help: 'cli.help.opt.force' },
  freezeForce: { flag: '--force', help: 'cli.help.opt.freezeForce' },
  from: { flag: '--from', value: '<địa-chỉ>', help: 'cli.help.opt.from' },
  html: { flag: '--html', value: '<trang.html>', help: 'cli.help.opt.html' },
  into: { flag: '--into', value: '<tệp.xlsx>', help: 'cli.help.opt.into' },
  json: { flag: '--json', help: 'cli.help.opt.json' },
  kind: { flag: '--kind', value: 'plan|report|merge', help: 'cli.help.opt.kind' },
  name: { flag: '--name', value: '"{{Mã}} - …"', help: 'cli.help.opt.name' },
  next: { flag: '--next', value: '<số ngày>', help: 'cli.help.opt.next' },
  outDir: { flag: '--out', value: '<thư-mục>', help: 'cli.help.opt.outDir' },
  outbox: { flag: '--outbox', value: '<thư-mục>', help: 'cli.help.opt.outbox' },
  pdf: { flag: '--pdf', help: 'cli.help.opt.pdf' },
  quota: { flag: '--quota', value: 'N', help: 'cli.help.opt.quota' },
  replaceLinks: { flag: '--replace-links', help: 'cli.help.opt.replaceLinks' },
  reportsAll: { flag: '--all', help: 'cli.help.opt.reportsAll' },
  reportsReject: { flag: '--reject', value: '<dòng>', help: 'cli.help.opt.reportsReject' },
  reportsTask: { flag: '--task', value: '<Mã>', help: 'cli.help.opt.reportsTask' },
  rows: { flag: '--rows', value: '3,5-7', help: 'cli.help.opt.rows' },
  scale: { flag: '--scale', value: 'auto|day|week|month', help: 'cli.help.opt.scale' },
  since: { flag: '--since', value: '<ngày>', help: 'cli.help.opt.since' },
  smtp: { flag: '--smtp', value: '<máy:cổng>', help: 'cli.help.opt.smtp' },
  smtpCa: { flag: '--smtp-ca', value: '<tệp.pem>', help: 'cli.help.opt.smtpCa' },
  smtpPasswordEnv: { flag: '--smtp-password-env', value: '<BIẾN>', help: 'cli.help.opt.smtpPasswordEnv' },
  smtpTls: { flag: '--smtp-tls', value: 'auto|starttls|tls|none', help: 'cli.help.opt.smtpTls' },
  smtpUser: { flag: '--smtp-user', value: '<tên>', help: 'cli.help.opt.smtpUser' },
  template: { flag: '--template', value: '<mẫu.docx>', help: 'cli.help.opt.template' },
  timeout: { flag: '--timeout', value: '<giây>', help: 'cli.help.opt.timeout' },
  year: { flag: '--year', value: 'YYYY', help: 'cli.help.opt.year' },
} as const satisfies Record<string, OptionHelp>;

/**
 * A date option (`--today`, `--since`): day first as everywhere else in Tiến độ (`12/11/2019`,
 * `5/7/2019`), or ISO `2019-11-12`. One parser for every command.
 */
export function dateOption(value: string | undefined, option: string, cmd: Command): CivilDate | undefined {
  if (value === undefined) return undefined;
  const d = parseDateText(value);
  if (!d) throw new UsageError(both('cli.badDate', { option, value }), cmd);
  return d;
}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Args<O extends Options> {
  values: { [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string };
  positionals: string[];
}

/**
 * Parses a command's arguments (node:util parseArgs, strict). Returns null when `--help` was
 * asked for (the help has been printed); throws UsageError on an unknown flag or wrong count.
 */
export function parseCommandArgs<O extends Options>(
  cmd: Command, argv: string[], options: O,
  positionals: { min?: number; max?: number; what?: MsgKey } = {},
): Args<O> | null {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(err.message)?.[1] ?? err.message;
      throw new UsageError(both('cli.unknownOption', { command: cmd.name, option }), cmd);
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /'(-[^' ]+)/.exec(err.message)?.[1] ?? err.message;
      const key = /does not take/.test(err.message) ? 'cli.noValue' : 'cli.missingValue';
      throw new UsageError(both(key, { command: cmd.name, option }), cmd);
    }
    throw new UsageError(both('cli.badArgs', { command: cmd.name, detail: err.message.split('\n')[0] }), cmd);
  }
  if ((parsed.values as Record<string, unknown>).help) {
    say(commandHelp(cmd));
    return null;
  }
  const { min = 0, max = Infinity } = positionals;
  if (parsed.positionals.length < min) {
    const what = positionals.what ? both(positionals.what) : { vi: String(min), en: String(min) };
    throw new UsageError({ vi: t('vi', 'cli.missingArg', { command: cmd.name, what: what.vi }), en: t('en', 'cli.missingArg', { command: cmd.name, what: what.en }) }, cmd);
  }
  if (parsed.positionals.length > max) {
    throw new UsageError(both('cli.tooManyArgs', { command: cmd.name, max, args: parsed.positionals.join(' ') }), cmd);
  }
  return parsed as unknown as Args<O>;
}

/** `--lang vi|en`, else TIENDO_LANG, else Vietnamese. */
export function langOption(value: string | undefined, cmd: Command): Lang {
  const v = (value || io().env.TIENDO_LANG || 'vi').toLowerCase();
  if (v === 'vi' || v === 'en') return v;
  throw new UsageError(both('cli.badLang', { value: v }), cmd);
}

export const LANG_OPTION = { lang: { type: 'string' } } as const;

/** An existing .xlsx file, or a UserError saying what is wrong with the path. */
export function existingXlsx(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(both('cli.fileMissing', { path: file }));
  if (!/\.xlsx$/i.test(file)) throw new UserError(both('cli.notXlsx', { path: file }));
  return file;
}

/** A file-system error's code (EACCES, ENOENT…), or null. */
function errCode(e: unknown): string | null {
  const c = (e as NodeJS.ErrnoException | null)?.code;
  return typeof c === 'string' ? c : null;
}

/** Loads a workbook for a command: missing, wrong-type and unreadable files become plain messages. */
export async function openWorkbook(file: string): Promise<import('../xlsx-workbook').XlsxWorkbook> {
  existingXlsx(file);
  const { XlsxWorkbook } = await import('../xlsx-workbook');
  try {
    return await XlsxWorkbook.load(file);
  } catch (e) {
    const code = errCode(e);
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(both('cli.noReadPermission', { path: file }), e);
    if (code === 'EBUSY') throw new UserError(both('cli.openElsewhere', { path: file, marker: '' }), e);
    // exceljs/JSZip say "Can't find end of central directory : is this a zip file ?" and the like.
    throw new UserError(both('cli.notAWorkbook', { path: file }), e);
  }
}

/** Saves, turning a file-system failure (read-only, file open in Excel) into a plain message. */
export async function saveWorkbook(wb: import('../xlsx-workbook').XlsxWorkbook, file: string): Promise<void> {
  try {
    await wb.save(file);
  } catch (e) {
    throw new UserError(writeProblem(file, e), e);
  }
}

/** What to tell the user when writing `file` failed, without the system's wording. */
export function writeProblem(file: string, e: unknown): Bilingual {
  const code = errCode(e);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return both('cli.noWritePermission', { path: file, dir: path.dirname(path.resolve(file)) });
  if (code === 'EBUSY') return both('cli.openElsewhere', { path: file, marker: '' });
  if (code === 'ENOSPC' || code === 'EDQUOT') return both('cli.diskFull', { path: file });
  if (code === 'ENOENT') return both('cli.folderMissing', { path: file, dir: path.dirname(path.resolve(file)) });
  return both('cli.unwritable', { path: file, reason: (e instanceof Error ? e.message : String(e)).split('\n')[0] });
}

/** The files Excel (`~$name.xlsx`) and LibreOffice (`.~lock.name.xlsx#`) keep beside a workbook they have open. */
export function officeLockOf(file: string): string | null {
  const dir = path.dirname(file);
  const base = path.basename(file);
  // Excel drops the first characters of long names: `~$` + name, or `~$` + name without its first two.
  for (const n of [`~$${base}`, `~$${base.slice(2)}`, `.~lock.${base}#`]) {
    if (existsSync(path.join(dir, n))) return n;
  }
  return null;
}

/**
 * Refuses, before anything is read, to write a workbook the user protected (read-only) or has
 * open in Excel or LibreOffice: their next save there would erase what the command wrote.
 * `outOption` says whether the command can write elsewhere (`--out`), which the message suggests.
 */
export function assertCanWrite(file: string, outOption: boolean): void {
  const marker = officeLockOf(file);
  if (marker) throw new UserError(both(outOption ? 'cli.openElsewhereOut' : 'cli.openElsewhere', { path: file, marker }));
  if (existsSync(file)) {
    // The read-only attribute is the user's wish even where the system would let us write (an administrator).
    let readOnly = (statSync(file).mode & 0o222) === 0;
    try {
      accessSync(file, constants.W_OK);
    } catch {
      readOnly = true;
    }
    if (readOnly) throw new UserError(both(outOption ? 'cli.readOnlyOut' : 'cli.readOnly', { path: file }));
  }
  const dir = path.dirname(path.resolve(file));
  if (existsSync(dir)) {
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      throw new UserError(both('cli.noWritePermission', { path: file, dir }));
    }
  }
}

export interface WorkbookHold {
  /** Shows a long command is alive (see src/node/workbook-lock.ts). */
  beat(): void;
  release(): void;
}

/** How long to wait for another command on the same workbook: TIENDO_LOCK_WAIT seconds, else two minutes. */
function lockWaitMs(): number {
  const v = io().env.TIENDO_LOCK_WAIT;
  if (v !== undefined && /^\d+(\.\d+)?$/.test(v.trim())) return Number(v) * 1000;
  return DEFAULT_WAIT_MS;
}

/**
 * Takes the lock of every workbook a command reads or writes (the same file once), waiting a
 * bounded time for another command to finish; refuses with a message naming it otherwise.
 * Leftovers of a killed save are removed once the lock is held.
 */
export async function holdWorkbooks(files: string[], command: string): Promise<WorkbookHold> {
  const unique = [...new Set(files.map((f) => path.resolve(f)))].sort();
  const held: HeldLock[] = [];
  const release = () => { for (const l of held.splice(0).reverse()) l.release(); };
  try {
    for (const f of unique) {
      const got = await lockWorkbook(f, command, lockWaitMs(), (owner) => {
        sayBoth(both('cli.lock.waiting', { path: f, command: owner?.command || '?', pid: owner?.pid ?? '?' }), 'err');
      });
      if (!got.ok) {
        const o = got.owner;
        throw new UserError(both('cli.lock.busy', { path: f, command: o?.command || '?', pid: o?.pid ?? '?', host: o?.host || '?', since: o?.since ? o.since.slice(0, 19).replace('T', ' ') : '?', lock: lockFileFor(f) }));
      }
      held.push(got.lock);
      removeStaleTemps(f);
    }
  } catch (e) {
    release();
    if (e instanceof UserError) throw e;
    throw new UserError(writeProblem(lockFileFor(unique[0] ?? '.'), e), e);
  }
  return { beat: () => { for (const l of held) l.beat(); }, release };
}

/** Runs `fn` holding the workbooks' locks; they are released however it ends. */
export async function withWorkbooks<T>(files: string[], command: string, fn: (hold: WorkbookHold) => Promise<T>): Promise<T> {
  const hold = await holdWorkbooks(files, command);
  try {
    return await fn(hold);
  } finally {
    hold.release();
  }
}
