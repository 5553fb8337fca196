/**
 * Idempotency keys. A mail is identified by the day it is for, the address it goes to and its
 * kind, so a second run the same day finds every mail already logged and sends nothing, and a
 * run cut short resends exactly the missing ones. Addresses are compared in lower case: the
 * same mailbox typed `Tien@…` and `tien@…` is one recipient.
 */
import type { CivilDate } from '../dates/civil';
import type { MailKind } from './types';

export function mailKey(day: CivilDate, email: string, kind: MailKind): string {
  return `${day}|${email.trim().toLowerCase()}|${kind}`;
}

export function parseMailKey(key: string): { day: CivilDate; email: string; kind: MailKind } | null {
  const m = /^(\d{4}-\d{2}-\d{2})\|([^|]+)\|(digest|summary)$/.exec(key.trim());
  return m ? { day: m[1], email: m[2].toLowerCase(), kind: m[3] as MailKind } : null;
}
