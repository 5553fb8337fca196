/**
 * FormApp: creating a form, its items, sending its answers to the spreadsheet, pre-filled links.
 * Typed against @types/google-apps-script; every call counted like the other fakes.
 *
 * Reproduced from Google's reference:
 * - FormApp.create(title), FormApp.openById(id) (an unknown id throws).
 *   https://developers.google.com/apps-script/reference/forms/form-app
 * - Form.setDestination(FormApp.DestinationType.SPREADSHEET, id): the answers go to a NEW sheet of
 *   that spreadsheet, inserted first, named after the form's responses ("Câu trả lời biểu mẫu 1"
 *   for a Vietnamese account), whose header is the timestamp, the respondent's e-mail when the
 *   form collects it, then each question's title in order.
 *   https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
 *   https://developers.google.com/apps-script/reference/forms/destination-type
 * - Form.setCollectEmail(true) adds the e-mail column.
 *   https://developers.google.com/apps-script/reference/forms/form#setCollectEmail(Boolean)
 * - Form.createResponse() → FormResponse; item.createResponse(answer) → ItemResponse;
 *   FormResponse.withItemResponse(r) and toPrefilledUrl(): the published form's URL with
 *   `usp=pp_url&entry.<id>=<answer>` for each answer given.
 *   https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
 * - Scopes: every FormApp method lists https://www.googleapis.com/auth/forms (or forms.currentonly
 *   for a script bound to the form itself, which an add-on of Sheets is not).
 *   https://developers.google.com/apps-script/reference/forms/form-app#create(String)
 *
 * Test helpers (not counted): `submitFormResponse` appends an answer row as Google does when a
 * respondent submits; `formState` shows a form's items and destination.
 */
import { type FakeContext, gasError } from './context';
import type { BookModel, SheetModel } from './model';
import { serialOfWall, wallAt } from './time';
import type { Impl } from './types';

/** One of these grants a form's own calls; creating or opening one needs `forms` (tests/fakes/scopes.ts). */
const AUTH = 'https://www.googleapis.com/auth/';
export const FORM_SCOPES = [`${AUTH}forms`, `${AUTH}forms.currentonly`];

type ItemKind = 'TEXT' | 'PARAGRAPH_TEXT' | 'MULTIPLE_CHOICE' | 'DATE';

interface ItemState {
  id: number;
  kind: ItemKind;
  title: string;
  help: string;
  required: boolean;
  choices: string[];
}

export interface FormState {
  id: string;
  publishedId: string;
  title: string;
  description: string;
  collectEmail: boolean;
  items: ItemState[];
  destination: { spreadsheetId: string; sheet: SheetModel } | null;
  confirmation: string;
}

export interface FakeFormStore {
  forms: Map<string, FormState>;
}

const DESTINATION_TYPE = { SPREADSHEET: 'SPREADSHEET' } as const;

export function createFormStore(ctx: FakeContext, book: () => BookModel): { FormApp: object; store: FakeFormStore } {
  const store: FakeFormStore = { forms: new Map() };
  let nextItem = 1_000_000;
  const w = <T extends object>(x: T, type: string): T => ctx.w(x, type);

  class FakeItemResponse implements Impl<GoogleAppsScript.Forms.ItemResponse, 'getResponse'> {
    constructor(readonly item: ItemState, readonly value: string) {}
    getResponse(): string {
      return this.value;
    }
  }

  class FakeItem {
    constructor(protected readonly form: FormState, readonly state: ItemState) {}
    getId(): number { return this.state.id; }
    getTitle(): string { return this.state.title; }
    getHelpText(): string { return this.state.help; }
    getType(): string { return this.state.kind; }
    setTitle(title: string): this { this.state.title = String(title); return this; }
    setHelpText(text: string): this { this.state.help = String(text); return this; }
    setRequired(enabled: boolean): this { this.state.required = !!enabled; return this; }
    isRequired(): boolean { return this.state.required; }
  }

  class FakeTextItem extends FakeItem implements Impl<GoogleAppsScript.Forms.TextItem, 'getId' | 'getTitle' | 'setTitle' | 'setHelpText' | 'setRequired' | 'isRequired' | 'createResponse'> {
    createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
      return w(new FakeItemResponse(this.state, String(response)), 'ItemResponse') as unknown as GoogleAppsScript.Forms.ItemResponse;
    }
  }

  class FakeChoiceItem extends FakeItem implements Impl<GoogleAppsScript.Forms.MultipleChoiceItem, 'getId' | 'getTitle' | 'setTitle' | 'setHelpText' | 'setRequired' | 'setChoiceValues' | 'createResponse'> {
    setChoiceValues(values: string[]): GoogleAppsScript.Forms.MultipleChoiceItem {
      if (!Array.isArray(values) || values.some((v) => String(v) === '')) throw gasError('Exception: Invalid argument: values');
      this.state.choices = values.map(String);
      return this as unknown as GoogleAppsScript.Forms.MultipleChoiceItem;
    }
    createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
      return w(new FakeItemResponse(this.state, String(response)), 'ItemResponse') as unknown as GoogleAppsScript.Forms.ItemResponse;
    }
  }

  class FakeDateItem extends FakeItem implements Impl<GoogleAppsScript.Forms.DateItem, 'getId' | 'getTitle' | 'setTitle' | 'setHelpText' | 'setRequired'> {
    createResponse(response: Date): GoogleAppsScript.Forms.ItemResponse {
      const d = response;
      const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      return w(new FakeItemResponse(this.state, iso), 'ItemResponse') as unknown as GoogleAppsScript.Forms.ItemResponse;
    }
  }

  class FakeFormResponse implements Impl<GoogleAppsScript.Forms.FormResponse, 'withItemResponse' | 'toPrefilledUrl'> {
    private readonly answers: FakeItemResponse[] = [];
    constructor(private readonly form: FormState) {}
    withItemResponse(response: GoogleAppsScript.Forms.ItemResponse): GoogleAppsScript.Forms.FormResponse {
      const r = (response as unknown as { item?: ItemState }).item ? (response as unknown as FakeItemResponse) : null;
      // Proxied objects expose their own fields; an answer to another form's item is refused.
      if (!r || !this.form.items.includes(r.item)) throw gasError('Exception: Invalid argument: response');
      this.answers.push(r);
      return this as unknown as GoogleAppsScript.Forms.FormResponse;
    }
    toPrefilledUrl(): string {
      const q = this.answers.map((a) => `entry.${a.item.id}=${encodeURIComponent(a.value)}`).join('&');
      return `https://docs.google.com/forms/d/e/${this.form.publishedId}/viewform?usp=pp_url${q ? `&${q}` : ''}`;
    }
  }

  class FakeForm implements Impl<GoogleAppsScript.Forms.Form,
    'getId' | 'getTitle' | 'setTitle' | 'setDescription' | 'getDescription' | 'setCollectEmail' | 'collectsEmail' | 'addTextItem' | 'addParagraphTextItem'
    | 'addMultipleChoiceItem' | 'addDateItem' | 'setDestination' | 'getDestinationId' | 'getPublishedUrl' | 'getEditUrl' | 'createResponse' | 'setConfirmationMessage'> {
    constructor(readonly state: FormState) {}
    getId(): string { return this.state.id; }
    getTitle(): string { return this.state.title; }
    setTitle(title: string): GoogleAppsScript.Forms.Form { this.state.title = String(title); return this as unknown as GoogleAppsScript.Forms.Form; }
    getDescription(): string { return this.state.description; }
    setDescription(d: string): GoogleAppsScript.Forms.Form { this.state.description = String(d); return this as unknown as GoogleAppsScript.Forms.Form; }
    setConfirmationMessage(m: string): GoogleAppsScript.Forms.Form { this.state.confirmation = String(m); return this as unknown as GoogleAppsScript.Forms.Form; }
    setCollectEmail(collect: boolean): GoogleAppsScript.Forms.Form { this.state.collectEmail = !!collect; return this as unknown as GoogleAppsScript.Forms.Form; }
    collectsEmail(): boolean { return this.state.collectEmail; }
    private add<T>(kind: ItemKind, Cls: new (f: FormState, s: ItemState) => T, type: string): T {
      const s: ItemState = { id: nextItem++, kind, title: '', help: '', required: false, choices: [] };
      this.state.items.push(s);
      return w(new Cls(this.state, s) as unknown as object, type) as T;
    }
    addTextItem(): GoogleAppsScript.Forms.TextItem { return this.add('TEXT', FakeTextItem, 'TextItem') as unknown as GoogleAppsScript.Forms.TextItem; }
    addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem { return this.add('PARAGRAPH_TEXT', FakeTextItem, 'ParagraphTextItem') as unknown as GoogleAppsScript.Forms.ParagraphTextItem; }
    addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem { return this.add('MULTIPLE_CHOICE', FakeChoiceItem, 'MultipleChoiceItem') as unknown as GoogleAppsScript.Forms.MultipleChoiceItem; }
    addDateItem(): GoogleAppsScript.Forms.DateItem { return this.add('DATE', FakeDateItem, 'DateItem') as unknown as GoogleAppsScript.Forms.DateItem; }
    setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): GoogleAppsScript.Forms.Form {
      if (String(type) !== DESTINATION_TYPE.SPREADSHEET) throw gasError('Exception: Invalid argument: type');
      const b = book();
      if (String(id) !== b.id) throw gasError('Exception: No item with the given ID could be found, or you do not have permission to access it.');
      const vi = /^vi/i.test(b.locale);
      let n = 1;
      const base = vi ? 'Câu trả lời biểu mẫu' : 'Form Responses';
      while (b.find(`${base} ${n}`)) n++;
      const sheet = b.addSheet(`${base} ${n}`, 0);
      this.state.destination = { spreadsheetId: b.id, sheet };
      const header = [vi ? 'Dấu thời gian' : 'Timestamp', ...(this.state.collectEmail ? [vi ? 'Địa chỉ email' : 'Email Address'] : []), ...this.state.items.map((i) => i.title)];
      header.forEach((h, c) => { sheet.ensure(1, c + 1).v = h; });
      sheet.frozenRows = 1;
      return this as unknown as GoogleAppsScript.Forms.Form;
    }
    getDestinationId(): string {
      if (!this.state.destination) throw gasError('Exception: This form does not have a response destination.');
      return this.state.destination.spreadsheetId;
    }
    getPublishedUrl(): string { return `https://docs.google.com/forms/d/e/${this.state.publishedId}/viewform`; }
    getEditUrl(): string { return `https://docs.google.com/forms/d/${this.state.id}/edit`; }
    createResponse(): GoogleAppsScript.Forms.FormResponse {
      return w(new FakeFormResponse(this.state), 'FormResponse') as unknown as GoogleAppsScript.Forms.FormResponse;
    }
  }

  const forms = new WeakMap<FormState, GoogleAppsScript.Forms.Form>();
  const api = (f: FormState) => {
    let a = forms.get(f);
    if (!a) { a = w(new FakeForm(f), 'Form') as unknown as GoogleAppsScript.Forms.Form; forms.set(f, a); }
    return a;
  };

  class FakeFormApp implements Impl<GoogleAppsScript.Forms.FormApp, 'create' | 'openById'> {
    readonly DestinationType = DESTINATION_TYPE;
    create(title: string): GoogleAppsScript.Forms.Form {
      const f: FormState = {
        id: ctx.nextId('form'), publishedId: ctx.nextId('1FAIpQL'), title: String(title), description: '', collectEmail: false,
        items: [], destination: null, confirmation: '',
      };
      store.forms.set(f.id, f);
      return api(f);
    }
    openById(id: string): GoogleAppsScript.Forms.Form {
      const f = store.forms.get(String(id));
      if (!f) throw gasError('Exception: No item with the given ID could be found, or you do not have permission to access it.');
      return api(f);
    }
  }

  return { FormApp: new FakeFormApp(), store };
}

/**
 * A respondent submits the form (not counted): a row is appended to the destination sheet with
 * the time stamp (a date-time cell in the spreadsheet's zone), the e-mail, then each answer under
 * its question's column, found by title (the sheet may have been renamed since).
 */
export function submitFormResponse(store: FakeFormStore, book: BookModel, formId: string, answer: { at: Date; email: string; answers: Record<string, string | number> }): void {
  const f = store.forms.get(formId);
  if (!f || !f.destination) throw new Error(`submitFormResponse: form ${formId} has no destination`);
  const sheet = f.destination.sheet;
  const row = sheet.lastRow() + 1;
  const stamp = sheet.ensure(row, 1);
  stamp.v = serialOfWall(wallAt(answer.at.getTime(), book.timeZone));
  stamp.nf = 'dd/mm/yyyy H:mm:ss';
  let c = 2;
  if (f.collectEmail) sheet.ensure(row, c++).v = answer.email;
  for (const item of f.items) {
    const v = answer.answers[item.title];
    if (v !== undefined && v !== '') sheet.ensure(row, c).v = v;
    c++;
  }
}
