/**
 * The LockPort of the offline host. The use cases take a lock for Sheets' document; here the lock
 * that matters is the workbook FILE's (src/node/workbook-lock.ts), which a writing command takes
 * before it reads the workbook and keeps until it has saved, around the whole use case. So the use
 * case's lock is granted at once and there is nothing to release; a preview writes nothing and
 * needs no lock at all.
 */
import type { LockPort } from '../ports';

export const OFFLINE_LOCK: LockPort = { tryLock: () => true, release: () => undefined };
