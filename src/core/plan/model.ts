/**
 * The tracker's data model. The zod/mini schemas are the contract between the readers
 * (sheet → model), the features, and the pages that send data through google.script.run.
 */
import * as z from 'zod/mini';
import { isCivilDate } from '../dates/civil';
import { USER_STATUS_KEYS } from './columns';
import type { ProblemCode } from '../i18n/catalog/problem';

export type { ProblemCode };

export const civilDate = z.string().check(z.refine((s) => isCivilDate(s), { message: 'YYYY-MM-DD' }));
const text = z.string();
/** Names of people or units, as a cell lists them (`Sở Nội vụ; Sở Tài chính`). */
const names = z.array(text);
/** 1-based row of the sheet the entry was read from. */
const sheetRow = z.number();

/**
 * `Phụ thuộc` entries: `T3` (start after T3 ends), `T3+3` (due 3 days after T3 ends),
 * `T3-5` (due 5 days before T3 starts); `nlv` counts working days instead of calendar days.
 */
export const DependencySchema = z.object({
  ref: text,
  offset: z.nullable(z.number()),
  workdays: z.boolean(),
  raw: text,
});
export type Dependency = z.infer<typeof DependencySchema>;

export const TaskSchema = z.object({
  row: sheetRow,
  // The task as the plan words it, and who does it (chủ trì, phối hợp).
  id: text, section: text, title: text, deliverable: text,
  lead: names, support: names,
  start: z.nullable(civilDate),
  due: z.nullable(civilDate),
  dependsOn: z.array(DependencySchema),
  status: z.nullable(z.enum(USER_STATUS_KEYS as unknown as ['notStarted', 'inProgress', 'done', 'paused', 'cancelled'])),
  /** 0..1 */
  percent: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  doneOn: z.nullable(civilDate),
  remind: z.boolean(),
  document: text,
  notes: text,
});
export type Task = z.infer<typeof TaskSchema>;

export const PersonSchema = z.object({
  row: sheetRow,
  name: text, position: text, unit: text,
  email: z.nullable(text),
  /** The `Email` cell as typed when it is not an address (`email` is then null). */
  badEmail: z.optional(text),
  groups: names,
  supervisor: text,
  contact: z.boolean(),
  language: z.enum(['vi', 'en']),
});
export type Person = z.infer<typeof PersonSchema>;

export const HolidaySchema = z.object({
  row: sheetRow,
  date: civilDate,
  kind: z.enum(['off', 'makeup']),
  note: text,
});
export type HolidayEntry = z.infer<typeof HolidaySchema>;

export interface Problem {
  sheet: 'tasks' | 'people' | 'holidays' | 'settings' | 'workbook' | 'reports';
  /** 1-based sheet row, 0 when the problem is about the whole sheet. */
  row: number;
  /** Column key of the sheet definition, when the problem is in one cell. */
  column?: string;
  /** Its message is `problem.<code>` (src/core/i18n/catalog/problem.ts). */
  code: ProblemCode;
  params: Record<string, string | number>;
  severity: 'error' | 'warning';
}
