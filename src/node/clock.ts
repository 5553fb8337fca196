/**
 * The offline host's clock: a workbook on disk has no time zone of its own, so "today" is the
 * computer's calendar day, and log times carry the computer's offset (ISO 8601, as the
 * ClockPort asks). One place for every command.
 */
import { type CivilDate, civil } from '../core/dates/civil';
import type { ClockPort } from '../ports';

export function localToday(d = new Date()): CivilDate {
  return civil(d.getFullYear(), d.getMonth() + 1, d.getDate()) as CivilDate;
}

export function localIso(d = new Date()): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const two = (n: number) => String(n).padStart(2, '0');
  const local = new Date(d.getTime() + off * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${two(Math.floor(Math.abs(off) / 60))}:${two(Math.abs(off) % 60)}`;
}

/** A run's clock: `today` fixed for the whole run (`--today` or the computer's day). */
export function hostClock(today: CivilDate): ClockPort {
  const start = performance.now();
  return { today: () => today, nowIso: () => localIso(), elapsedMs: () => performance.now() - start };
}
