/**
 * The contract of a `tiendo` command. Each feature adds one module under src/node/commands/ and
 * one row in index.ts; `tiendo help`, the README table and `npm start` are built from that table.
 */
import type { CivilDate } from '../../core/dates/civil';
import type { Lang, MsgKey } from '../../core/i18n';
import type { OptKey, OptionValues } from './options';

/** What `tiendo demo` (npm start) hands each command's demo step. */
export interface DemoContext {
  /** Folder for everything the demo produces (`out`), relative to the working directory. */
  outDir: string;
  /** The demo's copy of the sample workbook (`out/ke-hoach-mau.xlsx`); steps may change it. */
  workbookPath: string;
  /** The fixed "today" of the demo (2019-11-12), so statuses and reminders are the same every run. */
  today: CivilDate;
  /** Prints one progress line under the step's title. */
  log(line: string): void;
}

/** What a demo step reports; `tiendo demo` lists it at the end, Vietnamese then English. */
export interface DemoStep {
  title_vi: string;
  title_en: string;
  /** Files or folders produced (or changed), relative to the working directory. */
  paths: string[];
}

/** A command line as the command receives it: read, checked against the command's options and arity. */
export interface CommandArgs {
  values: OptionValues;
  positionals: string[];
  /** The language of its messages: `--lang`, else TIENDO_LANG, else Vietnamese. */
  lang: Lang;
  /** Whether the user chose that language (`--lang` or TIENDO_LANG): documents otherwise follow the workbook's. */
  langChosen: boolean;
}

export interface Command {
  /** The word typed after `tiendo`. */
  name: string;
  /** What it does, one line: shown in both languages by `tiendo --help` and its own `--help`. */
  summary: MsgKey;
  /** Synopsis shown by `--help`, e.g. `tiendo check <tệp.xlsx> [--lang en]`. */
  usage: string;
  /** Every option the command takes (keys of OPT): parsed, and explained by `--help` (tests check none is missing). */
  options?: OptKey[];
  /** Notes on filling the sheets printed after the options (`Phụ thuộc`, the `Nhân sự` columns). */
  topics?: Array<'deps' | 'people'>;
  /** How many arguments besides the options, and what the first one is when missing; one workbook file if not given. */
  positionals?: { min?: number; max?: number; what?: MsgKey };
  /**
   * Runs with the command line read (`--help` is answered before); resolves to the exit code (0 ok,
   * 1 problems found or failed, 2 bad usage). Throw `UsageError` / `UserError` from ./kit for
   * messages the user reads; anything else is reported without a stack trace unless TIENDO_DEBUG=1.
   * Import heavy libraries inside run() (dynamic import) so `tiendo --help` stays fast.
   */
  run(args: CommandArgs): Promise<number>;
  /** One step of `npm start`, run in registration order on the demo's copy of the sample. */
  demo?: (ctx: DemoContext) => Promise<DemoStep>;
}
