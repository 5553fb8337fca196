/**
 * An SMTP server on 127.0.0.1 running in a worker thread, so a `tiendo remind --smtp` run can go
 * in this process: the run waits for each SMTP answer synchronously (as MailApp does, see
 * src/node/mailer.ts), which would stop a server living on this thread from answering; a server
 * on its own thread answers all the same.
 *
 * What it received is asked for after the run (`messages()`), each message with its envelope,
 * whether TLS was on, and its raw text.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface ThreadServerOptions {
  /** Address → the server's answer at RCPT TO. */
  refuse?: Record<string, [number, string]>;
  /** How long the server takes to accept each message. */
  delayMs?: number;
  /** A certificate: STARTTLS is offered (or the whole session is TLS with `secure`). */
  tls?: { key: string; cert: string; secure?: boolean };
  /** Only this login is accepted (PLAIN and LOGIN); without it no login is asked. */
  login?: { user: string; pass: string };
}

export interface ReceivedMessage {
  from: string;
  to: string[];
  secure: boolean;
  raw: string;
}

export interface ThreadServer {
  port: number;
  /** Every message accepted so far, in order. */
  messages(): Promise<ReceivedMessage[]>;
  /** Changes who is refused from the next message on. */
  refuse(map: Record<string, [number, string]>): Promise<void>;
  close(): Promise<void>;
}

// Plain CommonJS evaluated in the worker: no TypeScript there.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { SMTPServer } = require(workerData.smtpServer);
const o = workerData.options;
let refuse = o.refuse || {};
const got = [];
const server = new SMTPServer({
  logger: false,
  secure: !!(o.tls && o.tls.secure),
  key: o.tls ? o.tls.key : undefined,
  cert: o.tls ? o.tls.cert : undefined,
  disabledCommands: o.tls ? [] : ['STARTTLS'],
  authOptional: !o.login,
  authMethods: ['PLAIN', 'LOGIN'],
  onAuth(auth, _session, cb) {
    if (o.login && auth.username === o.login.user && auth.password === o.login.pass) return cb(null, { user: auth.username });
    cb(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
  },
  onRcptTo(address, _session, cb) {
    const r = refuse[address.address];
    if (r) return cb(Object.assign(new Error(r[1]), { responseCode: r[0] }));
    cb();
  },
  onData(stream, session, cb) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => setTimeout(() => {
      got.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address),
        secure: !!session.secure,
        raw: Buffer.concat(chunks).toString('utf8'),
      });
      cb();
    }, o.delayMs || 0));
  },
});
// A client that gives up on an untrusted certificate is expected, not a failure.
server.on('error', () => undefined);
parentPort.on('message', (m) => {
  if (m.ask === 'messages') parentPort.postMessage({ id: m.id, value: got.slice() });
  else if (m.ask === 'refuse') { refuse = m.map; parentPort.postMessage({ id: m.id, value: null }); }
  else if (m.ask === 'close') server.close(() => parentPort.postMessage({ id: m.id, value: null }));
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.server.address().port }));
`;

export async function smtpThread(options: ThreadServerOptions = {}): Promise<ThreadServer> {
  const smtpServer = createRequire(import.meta.url).resolve('smtp-server');
  const worker = new Worker(WORKER, { eval: true, workerData: { smtpServer, options } });
  const waiting = new Map<number, (v: unknown) => void>();
  let next = 0;
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (m: { port?: number; id?: number; value?: unknown }) => {
      if (m.port !== undefined) resolve(m.port);
      else if (m.id !== undefined) {
        waiting.get(m.id)?.(m.value);
        waiting.delete(m.id);
      }
    });
  });
  const ask = <T>(message: Record<string, unknown>): Promise<T> => new Promise((resolve) => {
    const id = next++;
    waiting.set(id, resolve as (v: unknown) => void);
    worker.postMessage({ ...message, id });
  });
  return {
    port,
    messages: () => ask<ReceivedMessage[]>({ ask: 'messages' }),
    refuse: (map) => ask<void>({ ask: 'refuse', map }),
    close: async () => {
      await ask<void>({ ask: 'close' });
      await worker.terminate();
    },
  };
}
