/**
 * Every option of every `tiendo` command, once. An entry is the option as `--help` shows it: the
 * flag, then the value it takes (nothing for a switch); `...` after the value means the option may
 * be given several times (`--task A.1 --task A.2`). What it does is the catalogue's
 * `cli.help.opt.<key>`. A command lists the keys it takes; its parsing and its `--help` come from
 * these lines, so they cannot disagree.
 */
import type { ParseArgsConfig } from 'node:util';
import type { MsgKey } from '../../core/i18n';

export const OPT = {
  lang: '--lang vi|en',
  today: '--today <ngày>',
  outFile: '--out <tệp-khác.xlsx>',
  appendTo: '--append-to A',
  dryRun: '--dry-run',
  filter: '--filter "Cột=giá trị"',
  force: '--force',
  freezeForce: '--force',
  from: '--from <địa-chỉ>',
  html: '--html <trang.html>',
  into: '--into <tệp.xlsx>',
  json: '--json',
  kind: '--kind plan|report|merge',
  name: '--name "{{Mã}} - …"',
  next: '--next <số ngày>',
  outDir: '--out <thư-mục>',
  outbox: '--outbox <thư-mục>',
  pdf: '--pdf',
  quota: '--quota N',
  replaceLinks: '--replace-links',
  reportsAll: '--all',
  reportsReject: '--reject <dòng>...',
  reportsTask: '--task <Mã>...',
  rows: '--rows 3,5-7',
  scale: '--scale auto|day|week|month',
  since: '--since <ngày>',
  smtp: '--smtp <máy:cổng>',
  smtpCa: '--smtp-ca <tệp.pem>',
  smtpPasswordEnv: '--smtp-password-env <BIẾN>',
  smtpTls: '--smtp-tls auto|starttls|tls|none',
  smtpUser: '--smtp-user <tên>',
  template: '--template <mẫu.docx>',
  timeout: '--timeout <giây>',
  year: '--year YYYY',
} as const;

export type OptKey = keyof typeof OPT;
type Synopsis = (typeof OPT)[OptKey];
/** `--smtp-user <tên>` → `smtp-user`: the name parseArgs gives the value. */
type FlagName<S> = S extends `--${infer F} ${string}` ? F : S extends `--${infer F}` ? F : never;
type ValueOf<S> = S extends `${string} ${string}...` ? string[] : S extends `${string} ${string}` ? string : boolean;

/** The options of a command line as parsed, one shape for every command: a misspelt option is a type error. */
export type OptionValues = { [S in Synopsis as FlagName<S>]?: ValueOf<S> };

/** One option in `--help`: `--today <ngày>` and what it does (a catalogue key, both languages). */
export interface OptionHelp {
  flag: string;
  value?: string;
  /** Given several times, it keeps every value. */
  multiple?: boolean;
  help: MsgKey;
}

/** An entry of OPT as `--help` lists it; a key without its `cli.help.opt.<key>` text does not compile. */
export function optionHelp(key: OptKey): OptionHelp {
  const [, flag, value, many] = /^(\S+)(?: (.*?))?(\.\.\.)?$/.exec(OPT[key])!;
  return { flag, value, multiple: !!many, help: `cli.help.opt.${key}` };
}

type ParseSpec = NonNullable<ParseArgsConfig['options']>;

/** What node:util parseArgs needs to read these options: a value makes a string, none a boolean. */
export function parseSpec(keys: readonly OptKey[]): ParseSpec {
  const spec: ParseSpec = {};
  for (const o of keys.map(optionHelp)) {
    spec[o.flag.slice(2)] = o.value === undefined ? { type: 'boolean' } : { type: 'string', multiple: !!o.multiple };
  }
  return spec;
}
