/**
 * Where a `tiendo` run writes and what it reads of its surroundings. The command line runs with
 * the process's own streams and environment; a program (or a test) can run a command in its own
 * process with captured output and an environment of its choosing, several at once, because
 * every message and every environment read goes through the run's `io()`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface CommandIo {
  /** Standard output: the results. */
  out(text: string): void;
  /** Standard error: warnings, progress, failures. */
  err(text: string): void;
  /** TIENDO_LANG, TIENDO_DEBUG, TIENDO_LOCK_WAIT, COLUMNS, the SMTP password variable… */
  env: Readonly<Record<string, string | undefined>>;
  /** The terminal's width when the output is a terminal. */
  columns?: number;
}

export function processIo(): CommandIo {
  return {
    out: (text) => { process.stdout.write(text); },
    err: (text) => { process.stderr.write(text); },
    env: process.env,
    columns: process.stdout.columns,
  };
}

const current = new AsyncLocalStorage<CommandIo>();

/** The io of the run in progress; the process's own outside any run. */
export function io(): CommandIo {
  return current.getStore() ?? processIo();
}

/** Runs `fn` with `given` as the io of everything it calls, awaited or not. */
export function withIo<T>(given: CommandIo, fn: () => Promise<T>): Promise<T> {
  return current.run(given, fn);
}
