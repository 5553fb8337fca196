/**
 * What the user sees when a command fails: one sentence in their language, never a stack trace.
 *
 * Menu handlers wrap their work in `runForUser`, which shows the sentence with `ui.alert` and
 * returns normally (an exception escaping a menu function shows Google's raw error bar).
 * Functions called from pages through `google.script.run` use `runForPage`, which rethrows the
 * sentence so the page's failure handler can show it (src/ui/client/run.ts).
 *
 * Users may grant an add-on's scopes one by one, so a command can fail with Google's "You do not
 * have permission to call X" (in the user's language: "Bạn không có quyền …"). That case gets its
 * own message telling them how to grant the permission.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 */
import { type Lang, type MsgKey, t } from '../core/i18n';
import { authorizationNeeded } from './authorization';

/** An error whose message is already a sentence for the user. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

const PATTERNS: Array<[RegExp, MsgKey]> = [
  [/do not have permission|don't have permission|not have sufficient permissions|permissions are not sufficient|Authorization is required|required permissions|không có quyền|không đủ để gọi|quyền bắt buộc|cần cấp quyền|chưa được cấp quyền/i, 'platform.error.permission'],
  [/Lock timeout|another process was holding the lock|hết thời gian chờ khóa/i, 'platform.error.busy'],
  [/Exceeded maximum execution time|vượt quá thời gian thực thi/i, 'platform.error.timeout'],
  [/too many times for one day: email|Email Recipients Per Day|quá nhiều lần.*email/i, 'platform.error.mailQuota'],
  [/Service invoked too many times|quá nhiều lần trong một ngày/i, 'platform.error.quota'],
  [/above the limit of 10000000 cells|10000000/i, 'platform.error.cellLimit'],
  [/No item with the given ID could be found|Document is missing|không tìm thấy mục/i, 'platform.error.fileMissing'],
];

function messageOf(e: unknown): string {
  const m = e instanceof Error ? e.message : typeof e === 'string' ? e : String((e as { message?: unknown })?.message ?? e);
  return m.replace(/^(?:Exception|Error|TypeError|ReferenceError|ScriptError):\s*/, '');
}

/** The missing-authorization case, in English or Vietnamese Google wording. */
export function isPermissionError(e: unknown): boolean {
  return PATTERNS[0][0].test(messageOf(e));
}

/** Where to grant a missing scope, when Google says one is missing; asking must not hide the first error. */
function authorizationUrl(): string | null {
  try {
    return authorizationNeeded() || null;
  } catch {
    return null;
  }
}

/** One sentence for the user: a UserError's own text, a known platform limit, or a short generic line. */
export function userMessage(e: unknown, lang: Lang): string {
  if (e instanceof UserError || (e as { name?: string })?.name === 'UserError') return (e as Error).message;
  const raw = messageOf(e);
  for (const [re, key] of PATTERNS) {
    if (!re.test(raw)) continue;
    if (key === 'platform.error.permission') {
      const url = authorizationUrl();
      return url ? `${t(lang, key)} ${t(lang, 'platform.error.permissionUrl', { url })}` : t(lang, key);
    }
    return t(lang, key, { detail: firstLine(raw) });
  }
  return t(lang, 'platform.error.unexpected', { detail: firstLine(raw) });
}

function firstLine(s: string): string {
  const line = s.split('\n')[0].trim().replace(/[.。]+$/, '');
  return line.length > 200 ? `${line.slice(0, 197)}…` : line || '?';
}

function resolveLang(lang: Lang | (() => Lang)): Lang {
  if (typeof lang !== 'function') return lang;
  try {
    return lang();
  } catch {
    return 'vi';
  }
}

function logFailure(e: unknown): void {
  try {
    // Developers read the stack in the execution log; users never see it.
    console.error(e instanceof Error ? e.stack ?? e.message : String(e));
  } catch {
    /* logging must not hide the message */
  }
}

/**
 * Runs a menu command. On failure the user gets an alert with one sentence and the function
 * returns undefined instead of throwing. `lang` may be a function (reading the language may itself
 * need a permission).
 */
export function runForUser<T>(fn: () => T, lang: Lang | (() => Lang)): T | undefined {
  try {
    return fn();
  } catch (e) {
    logFailure(e);
    const sentence = userMessage(e, resolveLang(lang));
    try {
      SpreadsheetApp.getUi().alert(sentence);
    } catch {
      /* no UI (time-driven trigger): the log above is all we can do */
    }
    return undefined;
  }
}

/** Runs a `google.script.run` target: failures reach the page as one sentence. */
export function runForPage<T>(fn: () => T, lang: Lang | (() => Lang)): T {
  try {
    return fn();
  } catch (e) {
    logFailure(e);
    throw new Error(userMessage(e, resolveLang(lang)));
  }
}
