/**
 * The document lock around a writing entry point's read → compute → write: a refresh, a reminder
 * run, the settings sidebar and a merge on the same spreadsheet never interleave (one would save
 * what it read before the other wrote, and the other's work would be lost). A second one waits,
 * then is told plainly that another run is working.
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 */
import { type Lang, t } from '../core/i18n';
import { UserError } from './errors';
import { GasLock } from './services';

/** Long enough for a refresh of a large plan to finish; short of a page call's patience. */
export const DOCUMENT_LOCK_WAIT_MS = 20_000;

export function withDocumentLock<T>(lang: Lang, fn: () => T, waitMs = DOCUMENT_LOCK_WAIT_MS): T {
  const lock = new GasLock();
  if (!lock.tryLock(waitMs)) throw new UserError(t(lang, 'platform.error.busy'));
  try {
    return fn();
  } finally {
    lock.release();
  }
}
