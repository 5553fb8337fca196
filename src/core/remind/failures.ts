/**
 * How far a failed send reaches. One full mailbox must not stop everyone: only the account's
 * daily quota (or a refused login, or a server that does not answer) stops a run; anything else
 * is that one mail's failure, recorded, and the others are still sent.
 *
 * MailApp reports failures as plain text. Its daily quota is "Service invoked too many times for
 * one day: email." (https://developers.google.com/apps-script/guides/services/quotas); "Limit
 * Exceeded: Email Body Size." and "Invalid email: …" concern one mail only, though they say
 * "limit". SMTP servers put "quota" in per-mailbox refusals too (`552 5.2.2 mailbox quota
 * exceeded`), so the word alone proves nothing: a host's mailer says the scope when it knows it.
 */
/**
 * How far a failed send reaches: this one mail (`recipient`: unknown user, full mailbox, a body
 * too large), every mail of the account today (`account`: the daily quota, a refused login), or
 * the server itself (`connection`: unreachable, not answering).
 */
export type SendFailureScope = 'recipient' | 'account' | 'connection';

/** The account's daily sending quota, as MailApp (English or Vietnamese UI) and SMTP servers word it. */
const ACCOUNT_QUOTA = [
  /service invoked too many times/i,
  /too many times for one day/i,
  /quá số lần/i,
  /daily (user )?sending (quota|limit)/i,
  /\b5\.4\.5\b/, // Gmail and others: daily sending limit of the account
];

/** Whether the text is the account's daily quota being used up. */
export function isAccountQuota(message: string): boolean {
  return ACCOUNT_QUOTA.some((re) => re.test(message));
}

/** The scope a host gave the error, or the one its text shows. */
export function failureScope(error: unknown, message: string): SendFailureScope {
  const given = (error as { scope?: unknown } | null)?.scope;
  if (given === 'recipient' || given === 'account' || given === 'connection') return given;
  return isAccountQuota(message) ? 'account' : 'recipient';
}
