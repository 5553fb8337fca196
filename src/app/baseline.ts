/**
 * "Chốt kế hoạch" over the host ports: a refresh that also freezes today's due dates as the
 * baseline (`Kế hoạch gốc`), under the same lock and with the same single read.
 */
import type { CivilDate } from '../core/dates/civil';
import { formatDMY } from '../core/dates/civil';
import { sheetNamed } from '../core/plan/sheets';
import { isBaselineSheet, readBaseline } from '../core/schedule/baseline';
import { type RefreshOptions, type RefreshPorts, type RefreshResult, refresh } from './refresh';

export function freezePlan(ports: RefreshPorts, opts: Omit<RefreshOptions, 'freeze'> = {}): RefreshResult {
  return refresh(ports, { ...opts, freeze: true });
}

/**
 * Whether a baseline exists already and from when, so the menu can ask before replacing it.
 * One sheet-name call, plus one read only when the sheet is there.
 */
export function existingBaseline(ports: Pick<RefreshPorts, 'workbook'>): { exists: boolean; frozenOn: CivilDate | null; frozenOnText: string } {
  const name = sheetNamed(ports.workbook.sheetNames(), isBaselineSheet);
  if (!name) return { exists: false, frozenOn: null, frozenOnText: '' };
  const grid = ports.workbook.readGrids([name])[0];
  const frozenOn = grid ? readBaseline(grid).baseline?.frozenOn ?? null : null;
  return { exists: true, frozenOn, frozenOnText: frozenOn ? formatDMY(frozenOn) : '' };
}
