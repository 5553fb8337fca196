/**
 * The offline host's clock. A workbook on disk has no time zone of its own, so the plan says
 * which one it lives in (`Múi giờ` in `Cài đặt`, Asia/Ho_Chi_Minh by default): "today" is that
 * zone's calendar day whatever the computer's zone is, so two runs a second apart on computers
 * set to GMT+14 and GMT−12 agree on the day (and the reminder log's keys) and never both send.
 * Log times carry that zone's offset (ISO 8601, as the ClockPort asks). One place for every command.
 */
import { type CivilDate, civil } from '../core/dates/civil';
import { SETTINGS_SHEET } from '../core/plan/columns';
import { pickSheets } from '../core/plan/sheets';
import { readTracker } from '../core/plan/read';
import { DEFAULT_SETTINGS } from '../core/plan/settings';
import type { ClockPort, WorkbookPort } from '../ports';

export const DEFAULT_ZONE = DEFAULT_SETTINGS.timeZone;

/** Whether the runtime knows the IANA zone name. */
export function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.trim() !== '';
  } catch {
    return false;
  }
}

/** The wall clock of `d` in `zone`, as numbers. */
function wallClock(d: Date, zone: string): { y: number; m: number; day: number; h: number; min: number; s: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(d);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: n('year'), m: n('month'), day: n('day'), h: n('hour'), min: n('minute'), s: n('second') };
}

/** Today's calendar day in `zone` (the computer's own when none is given). */
export function zoneToday(zone?: string, d = new Date()): CivilDate {
  if (!zone) return civil(d.getFullYear(), d.getMonth() + 1, d.getDate()) as CivilDate;
  const w = wallClock(d, zone);
  return civil(w.y, w.m, w.day) as CivilDate;
}

/** The computer's calendar day; commands use the plan's zone (planZone) instead. */
export function localToday(d = new Date()): CivilDate {
  return zoneToday(undefined, d);
}

/** `d` as ISO 8601 with the offset of `zone` (the computer's when none is given). */
export function zoneIso(zone?: string, d = new Date()): string {
  let off: number;
  if (zone) {
    const w = wallClock(d, zone);
    off = Math.round((Date.UTC(w.y, w.m - 1, w.day, w.h, w.min, w.s) - Math.floor(d.getTime() / 1000) * 1000) / 60_000);
  } else {
    off = -d.getTimezoneOffset();
  }
  const sign = off >= 0 ? '+' : '-';
  const two = (n: number) => String(n).padStart(2, '0');
  const local = new Date(d.getTime() + off * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${two(Math.floor(Math.abs(off) / 60))}:${two(Math.abs(off) % 60)}`;
}

export function localIso(d = new Date()): string {
  return zoneIso(undefined, d);
}

/**
 * The plan's zone from its `Cài đặt` sheet; the default when it is empty. An unknown name is
 * reported through `warn` and the default is used.
 */
export function planZone(book: WorkbookPort, warn?: (value: string, fallback: string) => void): string {
  const names = pickSheets(book.sheetNames(), [SETTINGS_SHEET]);
  const zone = (names.length ? readTracker(book.readGrids(names)).settings.timeZone : '').trim();
  if (!zone) return DEFAULT_ZONE;
  if (isZone(zone)) return zone;
  warn?.(zone, DEFAULT_ZONE);
  return DEFAULT_ZONE;
}

/** A run's clock: `today` fixed for the whole run (`--today` or the plan's day), times in the plan's zone. */
export function hostClock(today: CivilDate, zone?: string): ClockPort {
  const start = performance.now();
  return { today: () => today, nowIso: () => zoneIso(zone), elapsedMs: () => performance.now() - start };
}
