/**
 * MailPort for the offline host: each mail becomes a real RFC 5322 message built by nodemailer,
 * either written as one `.eml` file into an outbox folder or handed to an SMTP server (with login
 * and TLS as an office server needs). The port is synchronous like MailApp (see mail-worker.mjs
 * for how), so the reminder run logs a mail only once it is really out. The daily quota is a
 * number given on the command line (unlimited by default), counted in recipients as MailApp does.
 *
 * A failure says how far it reaches (SendFailureScope): a refused recipient concerns one mail;
 * a refused login, a sender limit, an exhausted quota or a server that does not answer concern
 * every mail, and their message says what to do, in the run's language.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { type Lang, type MsgKey, t } from '../core/i18n';
import type { MailPort, OutgoingMail } from '../ports';
import type { SendFailureScope } from '../core/remind/failures';

export type SmtpTls = 'auto' | 'starttls' | 'tls' | 'none';

export interface SmtpTarget {
  kind: 'smtp';
  host: string;
  port: number;
  /** `auto`: implicit TLS on port 465, plain SMTP to this computer, STARTTLS when offered elsewhere. */
  tls?: SmtpTls;
  user?: string;
  /** Never printed, never logged. */
  pass?: string;
  /** PEM text of a certificate authority to trust (an office's own). */
  ca?: string;
}

export type MailTarget = { kind: 'outbox'; dir: string } | SmtpTarget;

export interface MailerOptions {
  /** The From address; the display name comes from each mail. */
  from: string;
  /** Recipients allowed in this run; Infinity when not limited. */
  quota?: number;
  /** How long the server may stay silent (connecting, greeting, each answer) before the send fails. */
  timeoutMs?: number;
  /** Language of the sentences that replace technical errors. */
  lang?: Lang;
}

export const DEFAULT_SMTP_TIMEOUT_MS = 10_000;

type Reply = { ok: true; messageId: string } | { ok: false; error: string; detail: string; code: string; scope: SendFailureScope; reason: string };

/** A send that did not go; `scope` tells the reminder run how far it reaches. */
export class MailSendError extends Error {
  constructor(message: string, readonly scope: SendFailureScope, readonly detail = '', readonly quota = false) {
    super(message);
  }
}

/** `host:port` → target; null when it is not that shape. */
export function parseSmtp(value: string): { host: string; port: number } | null {
  const m = /^\[?([^\]\s]+?)\]?:(\d{1,5})$/.exec(value.trim());
  if (!m) return null;
  const port = Number(m[2]);
  return port > 0 && port < 65536 ? { host: m[1], port } : null;
}

/** A file name from the mail's key parts: readable, unique per recipient and kind, safe everywhere. */
export function emlName(index: number, to: string, subject: string): string {
  const who = to.toLowerCase().replace(/[^a-z0-9@._-]+/g, '_');
  const kind = /^\[[^\]]*\] (Tổng hợp|Summary|Weekly summary)/.test(subject) ? 'tong-hop' : 'nhac-viec';
  return `${String(index).padStart(3, '0')}-${kind}-${who}.eml`;
}

/** Sentences for failures that are not one recipient's (the server's own words are kept for those). */
const REASON_KEY: Record<string, MsgKey> = {
  auth: 'remind.mail.auth',
  limit: 'remind.mail.limit',
  sender: 'remind.mail.sender',
  certificate: 'remind.mail.certificate',
  timeout: 'remind.mail.timeout',
  refused: 'remind.mail.refused',
  unreachable: 'remind.mail.unreachable',
  outbox: 'remind.mail.outbox',
};

export class NodeMailer implements MailPort {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag = new SharedArrayBuffer(4);
  private used = 0;
  private seq = 0;
  /** Files written (outbox) or message ids accepted (SMTP), in order. */
  readonly delivered: string[] = [];

  constructor(private readonly target: MailTarget, private readonly opts: MailerOptions) {
    if (target.kind === 'outbox') mkdirSync(target.dir, { recursive: true });
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const timeoutMs = opts.timeoutMs ?? DEFAULT_SMTP_TIMEOUT_MS;
    this.worker = new Worker(new URL('./mail-worker.mjs', import.meta.url), {
      workerData: { port: port2, flag: this.flag, target: target.kind === 'smtp' ? { tls: 'auto', ...target, timeoutMs } : target },
      transferList: [port2],
    });
    this.worker.unref();
  }

  remainingQuota(): number {
    const quota = this.opts.quota ?? Infinity;
    return quota === Infinity ? Number.MAX_SAFE_INTEGER : Math.max(0, quota - this.used);
  }

  private where(): string {
    return this.target.kind === 'smtp' ? `${this.target.host}:${this.target.port}` : this.target.dir;
  }

  send(mail: OutgoingMail): void {
    const lang = this.opts.lang ?? 'vi';
    const recipients = mail.to.length + (mail.cc?.length ?? 0);
    if (recipients > this.remainingQuota()) throw new MailSendError(t(lang, 'remind.mail.quota', { n: this.opts.quota ?? 0 }), 'account', '', true);
    const file = this.target.kind === 'outbox' ? path.join(this.target.dir, emlName(this.delivered.length + 1, mail.to[0] ?? '', mail.subject)) : undefined;
    const message = {
      from: { name: mail.name, address: this.opts.from },
      to: mail.to,
      ...(mail.cc?.length ? { cc: mail.cc } : {}),
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // RFC 3834: an automatic message; out-of-office replies must not answer it.
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    };
    const id = ++this.seq;
    const signal = new Int32Array(this.flag);
    // Connecting, greeting, and each step may each take the timeout; past that the worker has failed already.
    const timeoutMs = (this.opts.timeoutMs ?? DEFAULT_SMTP_TIMEOUT_MS) * 6 + 1000;
    const deadline = Date.now() + timeoutMs;
    Atomics.store(signal, 0, 0);
    this.port.postMessage({ id, mail: message, file });
    let reply: (Reply & { id: number }) | null = null;
    while (!reply) {
      const left = deadline - Date.now();
      if (left <= 0) throw new MailSendError(t(lang, 'remind.mail.timeout', { server: this.where(), s: Math.round(timeoutMs / 1000) }), 'connection');
      Atomics.wait(signal, 0, 0, left);
      Atomics.store(signal, 0, 0);
      // A late answer to a send that already timed out is dropped.
      for (let got = receiveMessageOnPort(this.port); got && !reply; got = receiveMessageOnPort(this.port)) {
        if ((got.message as { id: number }).id === id) reply = got.message as Reply & { id: number };
      }
    }
    if (!reply.ok) {
      const key = reply.scope === 'recipient' ? null : REASON_KEY[reply.reason];
      const s = Math.round((this.opts.timeoutMs ?? DEFAULT_SMTP_TIMEOUT_MS) / 1000);
      const text = key ? t(lang, key, { server: this.where(), s, user: this.target.kind === 'smtp' ? this.target.user ?? '' : '' }) : reply.error;
      throw new MailSendError(text, reply.scope, reply.detail);
    }
    this.used += recipients;
    this.delivered.push(file ?? reply.messageId);
  }

  async close(): Promise<void> {
    this.port.close();
    await this.worker.terminate();
  }
}
