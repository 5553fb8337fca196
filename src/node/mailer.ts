/**
 * MailPort for the offline host: each mail becomes a real RFC 5322 message built by nodemailer,
 * either written as one `.eml` file into an outbox folder or handed to an SMTP server. The port is
 * synchronous like MailApp (see mail-worker.mjs for how), so the reminder run logs a mail only
 * once it is really out. The daily quota is a number given on the command line (unlimited by
 * default), counted in recipients as MailApp does.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { MailPort, OutgoingMail } from '../ports';

export type MailTarget = { kind: 'outbox'; dir: string } | { kind: 'smtp'; host: string; port: number };

export interface MailerOptions {
  /** The From address; the display name comes from each mail. */
  from: string;
  /** Recipients allowed in this run; Infinity when not limited. */
  quota?: number;
  /** How long one send may take before it counts as failed. */
  timeoutMs?: number;
}

type Reply = { ok: true; messageId: string } | { ok: false; error: string };

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
    this.worker = new Worker(new URL('./mail-worker.mjs', import.meta.url), {
      workerData: { port: port2, flag: this.flag, target },
      transferList: [port2],
    });
    this.worker.unref();
  }

  remainingQuota(): number {
    const quota = this.opts.quota ?? Infinity;
    return quota === Infinity ? Number.MAX_SAFE_INTEGER : Math.max(0, quota - this.used);
  }

  send(mail: OutgoingMail): void {
    const recipients = mail.to.length + (mail.cc?.length ?? 0);
    if (recipients > this.remainingQuota()) throw new Error('Service invoked too many times for one day: email.');
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
    const timeoutMs = this.opts.timeoutMs ?? 60_000;
    const deadline = Date.now() + timeoutMs;
    Atomics.store(signal, 0, 0);
    this.port.postMessage({ id, mail: message, file });
    let reply: (Reply & { id: number }) | null = null;
    while (!reply) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Mail server did not answer within ${Math.round(timeoutMs / 1000)} s.`);
      Atomics.wait(signal, 0, 0, left);
      Atomics.store(signal, 0, 0);
      // A late answer to a send that already timed out is dropped.
      for (let got = receiveMessageOnPort(this.port); got && !reply; got = receiveMessageOnPort(this.port)) {
        if ((got.message as { id: number }).id === id) reply = got.message as Reply & { id: number };
      }
    }
    if (!reply.ok) throw new Error(reply.error);
    this.used += recipients;
    this.delivered.push(file ?? reply.messageId);
  }

  async close(): Promise<void> {
    this.port.close();
    await this.worker.terminate();
  }
}
