/**
 * `A.4+3` counts calendar days; `A.4+3nlv` working days. A derived deadline that falls on a day
 * off is treated like a typed one: kept with the setting off, moved to the next working day with
 * the setting on, and the help says so.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/core/i18n';
import type { CellValue } from '../../../src/core/sheet/cells';
import { d, schedule } from './schedule.fixture';

const TODAY = '2025-03-03';
const MOVE = { settings: [['Dời hạn rơi vào ngày nghỉ', 'Có']] as CellValue[][] };

describe('deadlines derived from Phụ thuộc', () => {
  it('+N counts calendar days and lands where a typed date would, Saturday included', () => {
    // A.4 is due Wednesday 12/03/2025: +3 is Saturday 15/03.
    const s = schedule([{ id: 'A.4', due: d('2025-03-12') }, { id: 'A.5', deps: 'A.4+3' }, { id: 'A.6', due: d('2025-03-15') }], TODAY);
    expect(s.byId.get('A.5')!.due).toBe('2025-03-15');
    expect(s.byId.get('A.6')!.due).toBe('2025-03-15');
  });

  it('with “Dời hạn rơi vào ngày nghỉ”, a derived Saturday moves to Monday exactly like a typed one, and says so', () => {
    const s = schedule([{ id: 'A.4', due: d('2025-03-12') }, { id: 'A.5', deps: 'A.4+3' }, { id: 'A.6', due: d('2025-03-15') }], TODAY, MOVE);
    for (const id of ['A.5', 'A.6']) {
      expect(s.byId.get(id)!.due).toBe('2025-03-17');
      expect(s.byId.get(id)!.dueMovedFrom).toBe('2025-03-15');
    }
  });

  it('+Nnlv counts working days', () => {
    const s = schedule([{ id: 'A.4', due: d('2025-03-12') }, { id: 'A.5', deps: 'A.4+3nlv' }], TODAY);
    expect(s.byId.get('A.5')!.due).toBe('2025-03-17'); // Thu, Fri, Mon
  });

  it('the help says what +N and +Nnlv count and how a derived deadline on a day off is treated', () => {
    expect(t('vi', 'ui.help.deps.plus')).toContain('ngày lịch');
    expect(t('vi', 'ui.help.deps.plus')).toContain('Dời hạn rơi vào ngày nghỉ');
    expect(t('vi', 'ui.help.deps.workdays')).toContain('ngày làm việc');
    expect(t('en', 'ui.help.deps.plus')).toContain('calendar days');
  });
});
