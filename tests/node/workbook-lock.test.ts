/** Who holds a workbook's lock, and when a lock left behind may be taken over. */
import { utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isStale, lockFileFor, processStart, tryLockFile } from '../../src/node/workbook-lock';
import { tempDir } from './cli.fixture';

const tmp = tempDir();
afterAll(() => tmp.done());
const ago = (file: string, ms: number) => { const t = new Date(Date.now() - ms); utimesSync(file, t, t); };
const GONE = 2 ** 22 + 11;

describe('the workbook lock', () => {
  it('is held by one command at a time and says who holds it', () => {
    const file = lockFileFor(path.join(tmp.dir, 'a.xlsx'));
    const first = tryLockFile(file, 'remind');
    expect(first.ok).toBe(true);
    const second = tryLockFile(file, 'refresh');
    expect(second).toMatchObject({ ok: false, owner: { pid: process.pid, command: 'remind', host: os.hostname() } });
    if (first.ok) first.lock.release();
    const third = tryLockFile(file, 'refresh');
    expect(third.ok).toBe(true);
    if (third.ok) third.lock.release();
  });

  it('tells a live owner from a process gone or a number reused', () => {
    const file = path.join(tmp.dir, '.b.xlsx.lock');
    const mine = { pid: process.pid, started: processStart(process.pid), host: os.hostname(), command: 'remind', since: '' };
    writeFileSync(file, JSON.stringify(mine));
    expect(isStale(file)).toBe(false);
    writeFileSync(file, JSON.stringify({ ...mine, started: 'a-process-that-started-earlier' }));
    expect(isStale(file)).toBe(true);
    writeFileSync(file, JSON.stringify({ ...mine, pid: GONE }));
    expect(isStale(file)).toBe(true);
    // The older form, a bare process number.
    writeFileSync(file, String(GONE));
    expect(isStale(file)).toBe(true);
  });

  it('judges a lock from another computer by its heartbeat, and an empty one by its age', () => {
    const file = path.join(tmp.dir, '.c.xlsx.lock');
    writeFileSync(file, JSON.stringify({ pid: 1, started: 'x', host: 'may-khac', command: 'remind', since: '' }));
    expect(isStale(file)).toBe(false);
    ago(file, 11 * 60_000);
    expect(isStale(file)).toBe(true);
    writeFileSync(file, '');
    expect(isStale(file)).toBe(false);
    ago(file, 10_000);
    expect(isStale(file)).toBe(true);
  });
});
