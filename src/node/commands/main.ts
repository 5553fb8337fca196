/**
 * The `tiendo` command line: finds the command in the registry and turns every failure into a
 * message in Vietnamese and English with an exit code (1 failed, 2 bad usage); a stack trace is
 * shown only with TIENDO_DEBUG=1.
 */
import { inspect } from 'node:util';
import { t } from '../../core/i18n';
import { commands } from './index';
import { type CommandIo, io, processIo, withIo } from './io';
import { both, commandHelp, runCommand, say, sayBoth, UsageError, UserError, warn } from './kit';
import type { Command } from './types';

function listCommands(list: Command[]): void {
  say(`Tiến độ — ${t('vi', 'cli.usage', { usage: 'tiendo <lệnh> [tham số]' })}`);
  say('');
  say(`${t('vi', 'cli.commands')} / ${t('en', 'cli.commands')}`);
  const width = Math.max(...list.map((c) => c.name.length));
  for (const c of list) {
    say(`  ${c.name.padEnd(width)}  ${t('vi', c.summary)}`);
    say(`  ${''.padEnd(width)}  ${t('en', c.summary)}`);
  }
  say('');
  say(t('vi', 'cli.helpHint'));
  say(t('en', 'cli.helpHint'));
}

/** `running`: the command that failed, whose usage a UsageError shows. */
function report(e: unknown, running?: Command): number {
  const debug = io().env.TIENDO_DEBUG === '1';
  if (debug) io().err(`${inspect(e)}\n`);
  if (e instanceof UsageError) {
    sayBoth(e.text, 'err');
    if (running) warn(t('vi', 'cli.usage', { usage: running.usage }));
    return 2;
  }
  if (e instanceof UserError) {
    sayBoth(e.text, 'err');
    return 1;
  }
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  sayBoth(both('cli.failed', { message }), 'err');
  if (!debug) warn(t('vi', 'cli.debugHint'));
  return 1;
}

/**
 * Runs one command line and resolves to its exit code. `given` is where it writes and what
 * environment it reads: the process's own by default (bin/tiendo.js), captured ones in tests.
 */
export function main(argv: string[], given: CommandIo = processIo(), list: Command[] = commands): Promise<number> {
  return withIo(given, () => run(argv, list));
}

async function run(argv: string[], list: Command[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const which = name === 'help' ? rest[0] : undefined;
    const cmd = which ? list.find((c) => c.name === which) : undefined;
    if (which && !cmd) return report(new UsageError(both('cli.unknownCommand', { name: which, names: list.map((c) => c.name).join(', ') })));
    if (cmd) say(commandHelp(cmd));
    else listCommands(list);
    return 0;
  }
  const cmd = list.find((c) => c.name === name);
  if (!cmd) {
    const code = report(new UsageError(both('cli.unknownCommand', { name, names: list.map((c) => c.name).join(', ') })));
    warn(t('vi', 'cli.helpHint'));
    return code;
  }
  try {
    return await runCommand(cmd, rest);
  } catch (e) {
    return report(e, cmd);
  }
}
