/** MailPort, LockPort, ClockPort, KeyValueStore and ProgressPort over Apps Script services. */
import type { CivilDate } from '../core/dates/civil';
import { type Lang, t } from '../core/i18n';
import type { ClockPort, KeyValueStore, LockPort, MailPort, OutgoingMail, ProgressPort } from '../ports';
import { UserError } from './errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Apps Script counts recipients, not messages, against the daily quota (to + cc + bcc). The
 * quota is read once per run and counted down by each send (one round trip per mail saved); a
 * send refused for quota still fails on Google's side and is deferred, so the count is only a guide.
 */
export class GasMail implements MailPort {
  private left: number | null = null;

  remainingQuota(): number {
    if (this.left === null) this.left = MailApp.getRemainingDailyQuota();
    return this.left;
  }

  /** https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object) */
  send(mail: OutgoingMail): void {
    const message: GoogleAppsScript.Mail.MailAdvancedParameters = {
      to: mail.to.join(','),
      subject: mail.subject,
      body: mail.text,
      htmlBody: mail.html,
      name: mail.name,
    };
    if (mail.cc && mail.cc.length) message.cc = mail.cc.join(',');
    if (mail.replyTo) message.replyTo = mail.replyTo;
    MailApp.sendEmail(message);
    if (this.left !== null) this.left = Math.max(0, this.left - mail.to.length - (mail.cc?.length ?? 0));
  }
}

/**
 * The document lock: one refresh per spreadsheet at a time, while other spreadsheets using the
 * add-on run freely. Outside a document (`getDocumentLock()` is null) the script lock stands in.
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 */
export class GasLock implements LockPort {
  private lock: GoogleAppsScript.Lock.Lock | null = null;
  private held = false;

  tryLock(ms: number): boolean {
    if (!this.lock) this.lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
    this.held = this.lock.tryLock(ms);
    return this.held;
  }

  release(): void {
    if (this.lock && this.held) this.lock.releaseLock();
    this.held = false;
  }
}

/** Today in the SPREADSHEET's zone: deadlines are the sheet's days, whatever the script's zone. */
export class GasClock implements ClockPort {
  private tz: string | null = null;
  private readonly start: number;

  /** `zone`: where the zone is already known (a workbook that asked for it), so it is asked once per run. */
  constructor(private readonly ss: Spreadsheet, private readonly now: () => Date = () => new Date(), private readonly knownZone?: () => string) {
    this.start = now().getTime();
  }

  private zone(): string {
    if (this.tz === null) this.tz = this.knownZone ? this.knownZone() : this.ss.getSpreadsheetTimeZone();
    return this.tz;
  }

  today(): CivilDate {
    return Utilities.formatDate(this.now(), this.zone(), 'yyyy-MM-dd');
  }

  nowIso(): string {
    return Utilities.formatDate(this.now(), this.zone(), "yyyy-MM-dd'T'HH:mm:ssXXX");
  }

  elapsedMs(): number {
    return this.now().getTime() - this.start;
  }
}

/** "Properties value size: 9 KB / val" https://developers.google.com/apps-script/guides/services/quotas */
export const MAX_VALUE_BYTES = 9 * 1024;

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; } else n += 3;
  }
  return n;
}

/**
 * Document properties: settings and state belong to the spreadsheet, shared by its editors. Where
 * there is no document (null), user properties stand in: script properties would be shared by
 * every spreadsheet using the add-on.
 */
export class GasStore implements KeyValueStore {
  private props: GoogleAppsScript.Properties.Properties | null = null;

  constructor(private readonly lang: Lang = 'vi') {}

  private store(): GoogleAppsScript.Properties.Properties {
    if (!this.props) this.props = PropertiesService.getDocumentProperties() ?? PropertiesService.getUserProperties();
    return this.props;
  }

  get(key: string): string | null {
    return this.store().getProperty(key);
  }

  /** Values over 9 KB are refused here, with a sentence, before Google refuses them with "Argument too large". */
  set(key: string, value: string): void {
    const size = utf8Length(value);
    if (size > MAX_VALUE_BYTES) {
      throw new UserError(t(this.lang, 'platform.store.tooLarge', { key, size: Math.ceil(size / 1024), max: MAX_VALUE_BYTES / 1024 }));
    }
    this.store().setProperty(key, value);
  }

  delete(key: string): void {
    this.store().deleteProperty(key);
  }
}

/**
 * Progress lines as toasts in the spreadsheet's corner. Each toast is a round trip and replaces
 * the one before: with `minGapMs`, a line comes at most that often (the first one at once).
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)
 */
export class GasProgress implements ProgressPort {
  private last: number | null = null;

  constructor(
    private readonly ss: Spreadsheet,
    private readonly lang: Lang = 'vi',
    private readonly minGapMs = 0,
    private readonly now: () => number = () => Date.now(),
  ) {}

  progress(message: string): void {
    const at = this.now();
    if (this.last !== null && at - this.last < this.minGapMs) return;
    this.last = at;
    this.ss.toast(message, t(this.lang, 'app.name'), 10);
  }
}
