/** The FormApp fake reproduces what the add-on relies on, and refuses what Google refuses. */
import { describe, expect, it } from 'vitest';
import { createFakes, sheetState } from './index';
import { FORM_SCOPES, submitFormResponse } from './forms';

type G = { FormApp: GoogleAppsScript.Forms.FormApp; SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };

describe('FormApp fake', () => {
  it('sends answers to a new first sheet of the spreadsheet, headed by timestamp, e-mail and the questions', () => {
    const env = createFakes({ now: () => new Date('2019-11-12T02:00:00Z') });
    const { FormApp, SpreadsheetApp } = env.globals as unknown as G;
    const form = FormApp.create('Báo cáo');
    form.setCollectEmail(true);
    const task = form.addTextItem().setTitle('Mã việc');
    form.addMultipleChoiceItem().setTitle('Tình trạng').setChoiceValues(['Đang thực hiện', 'Đã hoàn thành']);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActiveSpreadsheet().getId());
    expect(env._book.model.sheets[0].name).toBe('Câu trả lời biểu mẫu 1');
    expect(sheetState(env, 'Câu trả lời biểu mẫu 1').values[0]).toEqual(['Dấu thời gian', 'Địa chỉ email', 'Mã việc', 'Tình trạng']);
    submitFormResponse(env.forms, env._book.model, form.getId(), { at: new Date('2019-11-11T03:00:00Z'), email: 'a@x.org', answers: { 'Mã việc': 'T1', 'Tình trạng': 'Đã hoàn thành' } });
    expect(sheetState(env, 'Câu trả lời biểu mẫu 1').values[1].slice(1)).toEqual(['a@x.org', 'T1', 'Đã hoàn thành']);
    const url = form.createResponse().withItemResponse(task.createResponse('A B')).toPrefilledUrl();
    expect(url).toBe(`${form.getPublishedUrl()}?usp=pp_url&entry.${task.getId()}=A%20B`);
    // Creating the form and linking the spreadsheet are Forms requests, priced like an advanced-service call.
    expect(env.calls.byClass().advanced?.calls).toBeGreaterThanOrEqual(2);
  });

  it('refuses an unknown form, another spreadsheet, and a call without the forms scope', () => {
    const env = createFakes();
    const { FormApp } = env.globals as unknown as G;
    expect(() => FormApp.openById('nope')).toThrow(/No item with the given ID/);
    const form = FormApp.create('x');
    expect(() => form.setDestination(FormApp.DestinationType.SPREADSHEET, 'other')).toThrow(/No item with the given ID/);
    env.auth.revoke(...FORM_SCOPES);
    expect(() => FormApp.create('y')).toThrow(/auth\/forms/);
  });
});
