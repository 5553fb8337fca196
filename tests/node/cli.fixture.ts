/** Shared helpers of the offline-host tests: temporary folders, running the CLI, snapshots of cells. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach } from 'vitest';
import { main } from '../../src/node/commands/main';
import type { Command } from '../../src/node/commands/types';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = path.join(ROOT, 'bin/tiendo.js');

export function tempDir(): { dir: string; done: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tiendo-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new empty folder for every test of the file, removed when the test ends: `dir` is the running test's. */
export function tempDirPerTest(): { readonly dir: string } {
  let current: ReturnType<typeof tempDir> | null = null;
  beforeEach(() => { current = tempDir(); });
  afterEach(() => { current?.done(); current = null; });
  return {
    get dir(): string {
      if (!current) throw new Error('tempDirPerTest: the folder exists only while a test runs');
      return current.dir;
    },
  };
}

/**
 * Writes an .xlsx file with the given sheets, in order, each row at its index (an empty row stays
 * empty); `finish` adds what rows cannot say (merged cells, notes) before the file is written.
 */
export async function writeXlsx(file: string, sheets: Record<string, unknown[][]>, finish?: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((values, i) => { if (values.length) ws.getRow(i + 1).values = values as ExcelJS.CellValue[]; });
  }
  await finish?.(wb);
  await wb.xlsx.writeFile(file);
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a `tiendo` command line in this process, as bin/tiendo.js would run it, with its output
 * captured and an environment of its own (the test's, without TIENDO_DEBUG/TIENDO_LANG, plus `env`).
 */
export async function tiendo(args: string[], opts: { env?: Record<string, string>; commands?: Command[] } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (text) => { stdout += text; },
    err: (text) => { stderr += text; },
    env: { ...process.env, TIENDO_DEBUG: '', TIENDO_LANG: '', ...opts.env },
  }, opts.commands);
  return { code, stdout, stderr };
}

/**
 * Runs `node bin/tiendo.js …` in a process of its own, as a user would: for what only a separate
 * process shows (the executable starts at all, another time zone, a run killed or contending).
 */
export function tiendoProcess(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT, encoding: 'utf8', env: { ...process.env, TIENDO_DEBUG: '', TIENDO_LANG: '', ...opts.env }, timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export async function loadExcel(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell that has a value, a style or a note, as JSON-comparable data, keyed `Sheet!A1`. */
export function cellSnapshot(wb: ExcelJS.Workbook, sheets?: string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ws of wb.worksheets) {
    if (sheets && !sheets.includes(ws.name)) continue;
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, JSON.parse(JSON.stringify({
          type: cell.type, value: cell.value, formula: cell.formula ?? null, style: cell.style, note: cell.note ?? null,
        })));
      });
    });
  }
  return out;
}
