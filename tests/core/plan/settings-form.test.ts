/** The settings form's checks: the same function runs in the sidebar and on the server. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_DEFS } from '../../../src/core/plan/settings';
import { SETTING_GROUPS, checkField, toForm, validateSettingsForm } from '../../../src/core/plan/settings-form';

describe('settings form', () => {
  it('puts every setting in exactly one group of the sidebar', () => {
    const placed = SETTING_GROUPS.flatMap((g) => g.keys);
    expect([...placed].sort()).toEqual(SETTING_DEFS.map((d) => d.key).sort());
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('accepts the defaults as the form shows them', () => {
    const r = validateSettingsForm(toForm(DEFAULT_SETTINGS));
    expect(r).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('says why a reminder hour is wrong, with the schema’s own limits', () => {
    expect(checkField('reminderHour', '25')).toEqual({ ok: false, message: { key: 'ui.settings.err.tooBig', params: { max: '23' } } });
    expect(checkField('reminderHour', '-1')).toEqual({ ok: false, message: { key: 'ui.settings.err.tooSmall', params: { min: '0' } } });
    expect(checkField('reminderHour', '7.5')).toEqual({ ok: false, message: { key: 'ui.settings.err.notInt' } });
    expect(checkField('reminderHour', 'bảy giờ')).toEqual({ ok: false, message: { key: 'ui.settings.err.notNumber' } });
    expect(checkField('reminderHour', '')).toEqual({ ok: false, message: { key: 'ui.settings.err.required' } });
    expect(checkField('reminderHour', ' 8 ')).toEqual({ ok: true, value: 8 });
  });

  it('reads choices by value or by their Vietnamese or English words', () => {
    expect(checkField('docFormat', 'state')).toEqual({ ok: true, value: 'state' });
    expect(checkField('summaryFrequency', 'Hằng tuần')).toEqual({ ok: true, value: 'weekly' });
    expect(checkField('remindOnDaysOff', 'true')).toEqual({ ok: true, value: true });
    expect(checkField('docFormat', 'bản thảo')).toEqual({ ok: false, message: { key: 'ui.settings.err.choice' } });
  });

  it('checks the issue date is a day-first date, and allows it empty', () => {
    expect(checkField('issueDate', '')).toEqual({ ok: true, value: '' });
    expect(checkField('issueDate', '05/07/2025').ok).toBe(true);
    expect(checkField('issueDate', '31/02/2025')).toEqual({ ok: false, message: { key: 'ui.settings.err.date', params: { value: '31/02/2025' } } });
  });

  it('wants a coordinator from the People sheet when it has people, ignoring case and old tone placement', () => {
    const people = ['Nguyễn Văn An', 'Trần Thị Hòa'];
    expect(checkField('coordinator', 'nguyễn văn an', people).ok).toBe(true);
    expect(checkField('coordinator', 'Trần Thị Hoà', people).ok).toBe(true);
    expect(checkField('coordinator', 'Lê Văn C', people)).toEqual({ ok: false, message: { key: 'ui.settings.err.coordinator', params: { value: 'Lê Văn C' } } });
    expect(checkField('coordinator', 'Lê Văn C', []).ok).toBe(true);
    expect(checkField('coordinator', '', people).ok).toBe(true);
  });

  it('collects one message per wrong field and keeps the right ones', () => {
    const form = { ...toForm(DEFAULT_SETTINGS), reminderHour: '24', horizonDays: 'x', planName: 'Kế hoạch 07' };
    const r = validateSettingsForm(form);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['horizonDays', 'reminderHour']);
  });

  it('never throws on a malformed submission', () => {
    expect(validateSettingsForm(null as never).ok).toBe(true);
    expect(validateSettingsForm({ reminderHour: { evil: 1 } } as never).ok).toBe(false);
    expect(validateSettingsForm({ unknownKey: 'x' } as never).ok).toBe(true);
  });
});
