/**
 * The contract of a `tiendo` command. Each feature adds one module under src/node/commands/ and
 * one line in index.ts; `tiendo help`, the README table and `npm start` are built from this list.
 */
import type { CivilDate } from '../../core/dates/civil';
import type { MsgKey } from '../../core/i18n';

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

/** One option in `--help`: `--today <ngày>` and what it does (a catalogue key, both languages). */
export interface OptionHelp {
  flag: string;
  value?: string;
  help: MsgKey;
}

export interface Command {
  /** The word typed after `tiendo`. */
  name: string;
  /** What it does, one line: shown in both languages by `tiendo --help` and its own `--help`. */
  summary: MsgKey;
  /** Synopsis shown by `--help`, e.g. `tiendo check <tệp.xlsx> [--lang en]`. */
  usage: string;
  /** Every option the command takes, explained by `--help` (tests check none is missing). */
  options?: OptionHelp[];
  /** Notes on filling the sheets printed after the options (`Phụ thuộc`, the `Nhân sự` columns). */
  topics?: Array<'deps' | 'people'>;
  /**
   * Runs with the arguments after the command name; resolves to the exit code (0 ok, 1 problems
   * found or failed, 2 bad usage). Throw `UsageError` / `UserError` from ./kit for messages the user
   * reads; anything else is reported without a stack trace unless TIENDO_DEBUG=1.
   * Import heavy libraries inside run() (dynamic import) so `tiendo --help` stays fast.
   */
  run(argv: string[]): Promise<number>;
  /** One step of `npm start`, run in registration order on the demo's copy of the sample. */
  demo?: (ctx: DemoContext) => Promise<DemoStep>;
}
