/**
 * What every command shares: argument parsing with `--help`, messages in both languages, errors
 * the user can act on (never a stack trace), opening a workbook file with a clear message.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { type Lang, type MsgKey, type Params, t } from '../../core/i18n';
import type { Command } from './types';

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
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function warn(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function sayBoth(text: Bilingual, to: 'out' | 'err' = 'out'): void {
  const put = to === 'out' ? say : warn;
  put(text.vi);
  put(text.en);
}

export function commandHelp(cmd: Command): string {
  return [
    t('vi', 'cli.usage', { usage: cmd.usage }),
    '',
    `  ${cmd.summary_vi}`,
    `  ${cmd.summary_en}`,
  ].join('\n');
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
  const v = (value || process.env.TIENDO_LANG || 'vi').toLowerCase();
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

/** Loads a workbook for a command: missing, wrong-type and unreadable files become plain messages. */
export async function openWorkbook(file: string): Promise<import('../xlsx-workbook').XlsxWorkbook> {
  existingXlsx(file);
  const { XlsxWorkbook } = await import('../xlsx-workbook');
  try {
    return await XlsxWorkbook.load(file);
  } catch (e) {
    throw new UserError(both('cli.unreadable', { path: file, reason: (e as Error).message.split('\n')[0] }));
  }
}

/** Saves, turning a file-system failure (read-only, file open in Excel) into a plain message. */
export async function saveWorkbook(wb: import('../xlsx-workbook').XlsxWorkbook, file: string): Promise<void> {
  try {
    await wb.save(file);
  } catch (e) {
    throw new UserError(both('cli.unwritable', { path: file, reason: (e as Error).message.split('\n')[0] }));
  }
}
