/**
 * What every command shares: running it (arguments parsed, `--help`, the language), messages in
 * both languages, errors the user can act on (never a stack trace), opening a workbook file with
 * a clear message.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEPENDENCY_EXAMPLES } from '../../core/help/content';
import { type Lang, type MsgKey, type Params, t } from '../../core/i18n';
import type { CivilDate } from '../../core/dates/civil';
import { parseDateText } from '../../core/plan/cells';
import type { Command, CommandArgs } from './types';
import { type OptionHelp, optionHelp, type OptionValues, parseSpec } from './options';
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

/** Wrong command line: the running command's usage is shown, exit code 2. */
export class UsageError extends Error {
  constructor(readonly text: Bilingual) {
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
  const options: OptionHelp[] = [...(cmd.options ?? []).map(optionHelp), { flag: '--help', help: 'cli.help.opt.help' }];
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

/**
 * A date option (`--today`, `--since`): day first as everywhere else in Tiến độ (`12/11/2019`,
 * `5/7/2019`), or ISO `2019-11-12`. One parser for every command.
 */
export function dateOption(value: string | undefined, option: string): CivilDate | undefined {
  if (value === undefined) return undefined;
  const d = parseDateText(value);
  if (!d) throw new UsageError(both('cli.badDate', { option, value }));
  return d;
}

/** What most commands take: one workbook file. */
const ONE_WORKBOOK: NonNullable<Command['positionals']> = { min: 1, max: 1, what: 'cli.whatFile' };

/**
 * Reads a command line for `cmd` (node:util parseArgs, strict) with the options the command lists.
 * Returns null when `--help` was asked for; throws UsageError on an unknown flag or wrong count.
 */
function parseCommandArgs(cmd: Command, argv: string[]): CommandArgs | null {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...parseSpec(cmd.options ?? []), help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(err.message)?.[1] ?? err.message;
      throw new UsageError(both('cli.unknownOption', { command: cmd.name, option }));
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /'(-[^' ]+)/.exec(err.message)?.[1] ?? err.message;
      const key = /does not take/.test(err.message) ? 'cli.noValue' : 'cli.missingValue';
      throw new UsageError(both(key, { command: cmd.name, option }));
    }
    throw new UsageError(both('cli.badArgs', { command: cmd.name, detail: err.message.split('\n')[0] }));
  }
  const { help, ...values } = parsed.values as OptionValues & { help?: boolean };
  if (help) return null;
  const { min = 0, max = Infinity, what } = cmd.positionals ?? ONE_WORKBOOK;
  if (parsed.positionals.length < min) {
    const named = what ? both(what) : { vi: String(min), en: String(min) };
    throw new UsageError({ vi: t('vi', 'cli.missingArg', { command: cmd.name, what: named.vi }), en: t('en', 'cli.missingArg', { command: cmd.name, what: named.en }) });
  }
  if (parsed.positionals.length > max) {
    throw new UsageError(both('cli.tooManyArgs', { command: cmd.name, max, args: parsed.positionals.join(' ') }));
  }
  // A command without --lang (demo) speaks both languages: TIENDO_LANG is not read for it.
  if (!cmd.options?.includes('lang')) return { values, positionals: parsed.positionals, lang: 'vi', langChosen: false };
  const langChosen = values.lang !== undefined || !!io().env.TIENDO_LANG;
  return { values, positionals: parsed.positionals, lang: langOption(values.lang), langChosen };
}

/** `--lang vi|en`, else TIENDO_LANG, else Vietnamese. */
function langOption(value: string | undefined): Lang {
  const v = (value || io().env.TIENDO_LANG || 'vi').toLowerCase();
  if (v === 'vi' || v === 'en') return v;
  throw new UsageError(both('cli.badLang', { value: v }));
}

/**
 * Runs `cmd` on the arguments after its name: `--help` prints its help, otherwise it runs with the
 * options read and the language of its messages; resolves to the exit code.
 */
export async function runCommand(cmd: Command, argv: string[]): Promise<number> {
  const args = parseCommandArgs(cmd, argv);
  if (!args) {
    say(commandHelp(cmd));
    return 0;
  }
  return cmd.run(args);
}

/** A file that is there: a missing path and a folder given for a file each get their own sentence. */
export function existingFile(file: string): string {
  const stat = existsSync(file) ? statSync(file) : null;
  if (stat?.isDirectory()) throw new UserError(both('cli.isFolder', { path: file }));
  if (!stat?.isFile()) throw new UserError(both('cli.fileMissing', { path: file }));
  return file;
}

/** An existing .xlsx file, or a UserError saying what is wrong with the path. */
export function existingXlsx(file: string): string {
  existingFile(file);
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
