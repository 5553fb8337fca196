/**
 * Every `tiendo` command, in the order `tiendo help` lists them and `npm start` runs their demo
 * steps. A feature adds one line: `import { name } from './name';` above and `name,` below.
 */
import { baseline } from './baseline';
import { check } from './check';
import { demo } from './demo';
import { docs } from './docs';
import { gantt } from './gantt';
import { importCommand } from './import';
import { init } from './init';
import { refresh } from './refresh';
import { remind } from './remind';
import { reports } from './reports';
import type { Command } from './types';

export const commands: Command[] = [
  demo,
  init,
  check,
  // Features: one line each, after this one.
  refresh,
  baseline,
  gantt,
  remind,
  docs,
  importCommand,
  reports,
];
