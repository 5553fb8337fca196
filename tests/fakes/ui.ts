/** SpreadsheetApp.getUi(), menus, alerts, prompts, dialogs, sidebars and HtmlService. */
import { raw } from './counting';
import { type FakeContext, gasError } from './context';
import type { Impl } from './types';

export type ButtonName = 'OK' | 'YES' | 'NO' | 'CANCEL' | 'CLOSE';
export type MenuItem = { label: string; fn: string } | 'separator' | { sub: string; items: Array<{ label: string; fn: string }> };

export interface UiState {
  alerts: string[];
  toasts: string[];
  /** Titles given to toasts, index for index with `toasts`. */
  toastTitles: string[];
  dialogs: Array<{ title: string; html: string; modeless: boolean; width?: number; height?: number }>;
  sidebars: Array<{ title: string; html: string }>;
  menus: Array<{ title: string; items: MenuItem[] }>;
  /** Answers the simulated user gives to the next alerts (default: the first button, OK or YES). */
  alertResponses: ButtonName[];
  /** Texts shown by `ui.prompt`. */
  prompts: string[];
  /** Answers to the next prompts (default: OK with empty text). */
  promptResponses: Array<{ button?: ButtonName; text: string }>;
  /** false while simulating a run with no user at the sheet (time-driven trigger): getUi() fails. */
  available: boolean;
}

export function newUiState(): UiState {
  return { alerts: [], toasts: [], toastTitles: [], dialogs: [], sidebars: [], menus: [], alertResponses: [], prompts: [], promptResponses: [], available: true };
}

const BUTTONS = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
const BUTTON_SETS = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' });
const SET_BUTTONS: Record<string, ButtonName[]> = {
  OK: ['OK', 'CLOSE'], OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'], YES_NO: ['YES', 'NO', 'CLOSE'], YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

class FakeMenu implements Impl<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  items: MenuItem[] = [];
  constructor(private state: UiState, readonly title: string) {}
  addItem(caption: string, functionName: string): this {
    this.items.push({ label: caption, fn: functionName });
    return this;
  }
  addSeparator(): this {
    this.items.push('separator');
    return this;
  }
  /** https://developers.google.com/apps-script/reference/base/menu#addSubMenu(Menu) */
  addSubMenu(menu: unknown): this {
    const m = raw(menu) as FakeMenu;
    this.items.push({ sub: m.title, items: m.items.filter((i): i is { label: string; fn: string } => typeof i === 'object' && 'fn' in i) });
    return this;
  }
  /** Adding a menu with the same title again replaces it, as reopening the file does. */
  addToUi(): void {
    const at = this.state.menus.findIndex((m) => m.title === this.title);
    const entry = { title: this.title, items: [...this.items] };
    if (at >= 0) this.state.menus[at] = entry;
    else this.state.menus.push(entry);
  }
}

class FakePromptResponse implements Impl<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'> {
  constructor(private text: string, private button: ButtonName) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

export class FakeUi implements Impl<GoogleAppsScript.Base.Ui,
  'createAddonMenu' | 'createMenu' | 'alert' | 'prompt' | 'showModalDialog' | 'showModelessDialog' | 'showSidebar'> {
  readonly Button = BUTTONS;
  readonly ButtonSet = BUTTON_SETS;
  constructor(private ctx: FakeContext, private state: UiState, private addonTitle: string) {}

  /** The add-on's menu under Extensions, titled with the add-on's name. */
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return this.ctx.w(new FakeMenu(this.state, this.addonTitle), 'Menu') as unknown as GoogleAppsScript.Base.Menu;
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return this.ctx.w(new FakeMenu(this.state, caption), 'Menu') as unknown as GoogleAppsScript.Base.Menu;
  }

  /**
   * alert(prompt) / alert(prompt, buttons) / alert(title, prompt, buttons); returns the button the
   * simulated user pressed. https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
   */
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const [title, prompt, set] = c !== undefined ? [a, String(b), String(c)] : typeof b === 'string' && !(b in BUTTON_SETS) ? [a, b, 'OK'] : ['', a, b === undefined ? 'OK' : String(b)];
    this.state.alerts.push(title ? `${title}\n${prompt}` : String(prompt));
    const allowed = SET_BUTTONS[set] ?? SET_BUTTONS.OK;
    const answer = this.state.alertResponses.shift() ?? allowed[0];
    if (!allowed.includes(answer)) throw new Error(`test setup: alert with buttons ${set} cannot answer ${answer}`);
    return answer as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt, set] = c !== undefined ? [a, String(b), String(c)] : typeof b === 'string' && !(b in BUTTON_SETS) ? [a, b, 'OK'] : ['', a, b === undefined ? 'OK' : String(b)];
    this.state.prompts.push(title ? `${title}\n${prompt}` : String(prompt));
    const allowed = SET_BUTTONS[set] ?? SET_BUTTONS.OK;
    const answer = this.state.promptResponses.shift() ?? { text: '' };
    const button = answer.button ?? allowed[0];
    if (!allowed.includes(button)) throw new Error(`test setup: prompt with buttons ${set} cannot answer ${button}`);
    return this.ctx.w(new FakePromptResponse(answer.text, button), 'PromptResponse') as unknown as GoogleAppsScript.Base.PromptResponse;
  }

  private output(userInterface: unknown): FakeHtmlOutput {
    const out = raw(userInterface) as FakeHtmlOutput;
    if (!(out instanceof FakeHtmlOutput)) throw gasError("Exception: The parameters (String) don't match the method signature for Ui.showModalDialog.");
    return out;
  }

  showModalDialog(userInterface: unknown, title: string): void {
    const o = this.output(userInterface);
    this.state.dialogs.push({ title, html: o.content, modeless: false, width: o.width, height: o.height });
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    const o = this.output(userInterface);
    this.state.dialogs.push({ title, html: o.content, modeless: true, width: o.width, height: o.height });
  }

  /** The sidebar's title is the HtmlOutput's title. https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object) */
  showSidebar(userInterface: unknown): void {
    const o = this.output(userInterface);
    this.state.sidebars.push({ title: o.title, html: o.content });
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export class FakeHtmlOutput implements Impl<GoogleAppsScript.HTML.HtmlOutput,
  | 'setTitle' | 'getTitle' | 'setWidth' | 'getWidth' | 'setHeight' | 'getHeight' | 'setSandboxMode' | 'getContent' | 'setContent'
  | 'append' | 'appendUntrusted' | 'clear' | 'addMetaTag' | 'setXFrameOptionsMode' | 'setFaviconUrl'> {
  title = '';
  width: number | undefined;
  height: number | undefined;
  sandbox = 'IFRAME';
  metaTags: Array<[string, string]> = [];
  constructor(public content: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width ?? 0;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height ?? 0;
  }
  /** Only IFRAME exists today; the call is kept for old code. https://developers.google.com/apps-script/reference/html/sandbox-mode */
  setSandboxMode(mode: unknown): this {
    this.sandbox = String(mode);
    return this;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = content;
    return this;
  }
  append(addedContent: string): this {
    this.content += addedContent;
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.content += escapeHtml(addedContent);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.metaTags.push([name, content]);
    return this;
  }
  setXFrameOptionsMode(_mode: unknown): this {
    return this;
  }
  setFaviconUrl(_iconUrl: string): this {
    return this;
  }
}

export class FakeHtmlService implements Impl<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'> {
  readonly SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
  readonly XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
  constructor(private ctx: FakeContext, private files: Record<string, string>) {}

  createHtmlOutput(html?: unknown): GoogleAppsScript.HTML.HtmlOutput {
    const text = html === undefined ? '' : typeof html === 'string' ? html : String((raw(html) as { getDataAsString?: () => string }).getDataAsString?.() ?? html);
    return this.ctx.w(new FakeHtmlOutput(text), 'HtmlOutput') as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }

  /**
   * Serves a project file by name (without `.html`); a missing file fails like Google:
   * "No HTML file named X was found." https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
   */
  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    const name = filename.replace(/\.html$/, '');
    const content = this.files[name] ?? this.files[`${name}.html`];
    if (content === undefined) throw gasError(`Exception: No HTML file named ${filename} was found.`);
    return this.ctx.w(new FakeHtmlOutput(content), 'HtmlOutput') as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }

  /** Templates are not used: they would run `<?` in our bundled pages as code. */
  createTemplate(_html: unknown): GoogleAppsScript.HTML.HtmlTemplate {
    throw new Error('HtmlService.createTemplate is not used by this project (templates treat `<?` as code); serve pages with createHtmlOutputFromFile.');
  }

  createTemplateFromFile(_filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    throw new Error('HtmlService.createTemplateFromFile is not used by this project (templates treat `<?` as code); serve pages with createHtmlOutputFromFile.');
  }
}
