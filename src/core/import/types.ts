/**
 * What the importer reads out of a plan's text: candidate tasks and people, and the warnings
 * where it was unsure. This is also the JSON `tiendo import --json` prints, and what the import
 * dialog receives (zod/mini schemas check what comes back from the page).
 */
import * as z from 'zod/mini';
import type { CivilDate } from '../dates/civil';
import type { Recurrence } from '../dates/deadline-types';
import { civilDate } from '../plan/model';

export type { Recurrence };

/** A deadline counted from another task or from an event (`trước 05 ngày so với …`). */
export interface AfterLink {
  /** A task id of this import (or of the sheet), else the event's words as written. */
  ref: string;
  /** Negative: days before the event starts; positive: days after it ends. */
  offsetDays: number;
  /** Counted in working days (`05 ngày làm việc`); absent when calendar days. */
  workdays?: boolean;
}

/**
 * The words of the plan each proposal came from, as written, so the user can trust or fix it:
 * `Giao Công an tỉnh chủ trì`, `phối hợp Văn phòng UBND tỉnh`, `hoàn thành trong tháng 9/2024`,
 * `Thời gian thực hiện: Quý IV năm 2024`, `Tháng 7/2019` (a heading). Null where nothing was read.
 */
export interface Evidence {
  lead: string | null;
  support: string | null;
  due: string | null;
}

export interface ImportedTask {
  id: string;
  section: string;
  title: string;
  lead: string[];
  support: string[];
  start: CivilDate | null;
  due: CivilDate | null;
  recurrence: Recurrence | null;
  after: AfterLink | null;
  /** The sentence or line(s) the task came from, as written. */
  source: string;
  /** Which words gave the lead, the support and the deadline. */
  evidence: Evidence;
}

export interface ProposedPerson {
  /** Full name; empty when the plan names only the position (`Đồng chí Chính trị viên …`). */
  name: string;
  position: string;
  unit: string;
  /** Groups and teams (`Nhóm I`, `Tổ Biên tập`), in the order met. */
  groups: string[];
}

/** A message key of the importer catalogue (src/core/i18n/catalog/import.ts). */
export type WarningCode =
  | 'legacyFont'
  | 'empty'
  | 'noTasks'
  | 'yearFromDocument'
  | 'yearFromOption'
  | 'yearFromNearby'
  | 'yearUnknown'
  | 'splitSentence'
  | 'manyDates'
  | 'noDate'
  | 'eventUnresolved'
  | 'eventLinked'
  | 'periodicVague'
  | 'timingFromLine'
  | 'windowFromSentence'
  | 'noPeople'
  | 'duplicateInText'
  | 'tableRow'
  | 'alreadyDone';

export interface ImportWarning {
  code: WarningCode;
  params: Record<string, string | number>;
  /** The task the warning is about. */
  task?: string;
  /** 1-based line of the cleaned text. */
  line?: number;
}

export interface ImportResult {
  tasks: ImportedTask[];
  people: ProposedPerson[];
  warnings: ImportWarning[];
  /** The document's own date, when its header gives one (used for years, never a deadline). */
  documentDate: CivilDate | null;
  /** The text looks typed in a TCVN3/VNI font: it was not imported. */
  legacy: boolean;
  /** The plan's own title (`KẾ HOẠCH …` at its head), for the title row of a new plan in the tracker. */
  planTitle: string | null;
}

export interface ImportOptions {
  /** The year to assume where the text gives none and no heading or date says. */
  year?: number | null;
}

const RECURRENCES = ['ongoing', 'weekly', 'monthly', 'quarterly', 'semiannual', 'yearly'] as const;

/** A task row as the dialog sends it back (edited by the user): checked before anything is written. */
export const ImportRowSchema = z.object({
  id: z.string().check(z.maxLength(40)),
  section: z.string().check(z.maxLength(2000)),
  title: z.string().check(z.minLength(1), z.maxLength(5000)),
  lead: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(50)),
  support: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(100)),
  start: z.nullable(civilDate),
  due: z.nullable(civilDate),
  recurrence: z.nullable(z.enum(RECURRENCES)),
  after: z.nullable(z.object({
    ref: z.string().check(z.minLength(1), z.maxLength(300)),
    offsetDays: z.number().check(z.int(), z.gte(-3650), z.lte(3650)),
    workdays: z.optional(z.boolean()),
  })),
  source: z.optional(z.string().check(z.maxLength(20000))),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportPersonSchema = z.object({
  name: z.string().check(z.maxLength(200)),
  position: z.string().check(z.maxLength(500)),
  unit: z.string().check(z.maxLength(500)),
  groups: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
});
export type ImportPerson = z.infer<typeof ImportPersonSchema>;
