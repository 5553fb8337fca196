/**
 * One command at a time per workbook file. A command that writes a workbook takes its lock
 * BEFORE it reads it and holds it until it has saved: a refresh that loaded the file while a
 * reminder run was sending would otherwise save over the reminder log (and the next run would
 * send everything again), or the reminder run would save over the refresh.
 *
 * The lock is a file beside the workbook (`.ke-hoach.xlsx.lock`) created exclusively, holding who
 * owns it: process number, the process's start time (a process number alone is reused by the
 * system after a restart), the computer's name and the command. It is stale, and taken over, when
 * its process is gone or is another process with the same number; a lock written from another
 * computer (a shared folder) is stale when its owner has not shown life for STALE_REMOTE_MS.
 * The owner shows life by touching the file (`beat()`, after each mail of a reminder run).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A lock from another computer that has not been touched for this long is left over. */
export const STALE_REMOTE_MS = 10 * 60_000;
/** How long a command waits for another one on the same workbook, unless TIENDO_LOCK_WAIT says. */
export const DEFAULT_WAIT_MS = 120_000;
const POLL_MS = 200;

export interface LockOwner {
  pid: number;
  /** The owner process's start, as this system tells it (never compared across computers). */
  started: string;
  host: string;
  command: string;
  /** ISO time the lock was taken. */
  since: string;
}

export function lockFileFor(workbook: string): string {
  return path.join(path.dirname(workbook), `.${path.basename(workbook)}.lock`);
}

/**
 * When `pid` started, as an opaque text that differs between two processes that had the same
 * number: the start tick in /proc on Linux, `ps`'s start time elsewhere; null when unknown.
 */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null; // field 22, starttime
  } catch {
    if (process.platform === 'linux') return null;
  }
  const r = spawnSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 2000 });
  const out = r.status === 0 ? r.stdout.trim() : '';
  return out || null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    return null; // gone meanwhile
  }
  // An older lock held only the process number.
  if (/^\d+$/.test(text)) return { pid: Number(text), started: '', host: os.hostname(), command: '', since: '' };
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    if (v && typeof v.pid === 'number') return { pid: v.pid, started: String(v.started ?? ''), host: String(v.host ?? ''), command: String(v.command ?? ''), since: String(v.since ?? '') };
  } catch {
    /* cut short while being written */
  }
  return null;
}

/** Whether the lock file was left by a process that no longer holds it. */
export function isStale(file: string, now = Date.now()): boolean {
  let mtime: number;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return true;
  }
  const owner = readOwner(file);
  // Empty or unreadable: a process killed between creating and writing it (a live one writes at once).
  if (!owner) return now - mtime > 5_000;
  if (owner.host && owner.host !== os.hostname()) return now - mtime > STALE_REMOTE_MS;
  if (!alive(owner.pid)) return true;
  if (!owner.started) return now - mtime > STALE_REMOTE_MS;
  const started = processStart(owner.pid);
  if (started === null) return now - mtime > STALE_REMOTE_MS;
  return started !== owner.started;
}

export class HeldLock {
  private released = false;
  constructor(readonly file: string, private readonly fd: number) {}

  /** Shows the lock's owner is alive (a lock from another computer is judged by this). */
  beat(): void {
    if (this.released) return;
    try {
      const now = new Date();
      utimesSync(this.file, now, now);
    } catch {
      /* the next beat will do */
    }
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    closeSync(this.fd);
    rmSync(this.file, { force: true });
  }
}

export type LockAttempt = { ok: true; lock: HeldLock } | { ok: false; owner: LockOwner | null };

/** One attempt: the lock, or who holds it. A stale lock is removed and taken. */
export function tryLockFile(file: string, command: string): LockAttempt {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      const owner: LockOwner = { pid: process.pid, started: processStart(process.pid) ?? '', host: os.hostname(), command, since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(owner));
      return { ok: true, lock: new HeldLock(file, fd) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (attempt === 0 && isStale(file)) rmSync(file, { force: true });
      else return { ok: false, owner: readOwner(file) };
    }
  }
  return { ok: false, owner: readOwner(file) };
}

/** Waits up to `waitMs` for the lock; `onWait` is told once, when it must wait. */
export async function lockWorkbook(workbook: string, command: string, waitMs: number, onWait?: (owner: LockOwner | null) => void): Promise<LockAttempt> {
  const file = lockFileFor(workbook);
  const end = Date.now() + waitMs;
  let told = false;
  for (;;) {
    const got = tryLockFile(file, command);
    if (got.ok || Date.now() >= end) return got;
    if (!told && onWait) onWait(got.owner);
    told = true;
    await new Promise((r) => setTimeout(r, Math.min(POLL_MS, Math.max(1, end - Date.now()))));
  }
}

/**
 * Temporary files of a save that was killed (`.ke-hoach.xlsx.1234.tmp`): called with the lock
 * held, when no other save of this workbook can be under way.
 */
export function removeStaleTemps(workbook: string): void {
  const dir = path.dirname(workbook);
  const prefix = `.${path.basename(workbook)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    if (n.startsWith(prefix) && /^\d+\.tmp$/.test(n.slice(prefix.length))) rmSync(path.join(dir, n), { force: true });
  }
}
