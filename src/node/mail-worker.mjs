// The nodemailer side of src/node/mailer.ts, run in a worker thread. The reminder run is
// synchronous (as Apps Script is): the main thread posts one message, sleeps on a shared flag
// with Atomics.wait, and reads the answer with receiveMessageOnPort. So "sent" means the SMTP
// server accepted the message (or the .eml file is on disk) before the log row is written.
// Plain JavaScript: a worker does not inherit the CLI's TypeScript loader.
import { writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import nodemailer from 'nodemailer';

const { port, flag, target } = workerData;
const signal = new Int32Array(flag);

function transport() {
  if (target.kind === 'smtp') {
    const local = /^(127\.|localhost$|::1$)/.test(target.host);
    const tls = target.tls === 'auto' ? (target.port === 465 ? 'tls' : local ? 'none' : 'starttls-optional') : target.tls;
    return nodemailer.createTransport({
      host: target.host,
      port: target.port,
      // Implicit TLS (port 465) or STARTTLS; `none` for a local relay that speaks plain SMTP.
      secure: tls === 'tls',
      requireTLS: tls === 'starttls',
      ignoreTLS: tls === 'none',
      ...(target.user ? { auth: { user: target.user, pass: target.pass ?? '' } } : {}),
      // A server's own certificate authority (an office's private one) is trusted when given.
      tls: { ...(target.ca ? { ca: target.ca } : {}) },
      // A server that accepts the connection and never speaks must not cost minutes per mail.
      connectionTimeout: target.timeoutMs,
      greetingTimeout: target.timeoutMs,
      socketTimeout: target.timeoutMs * 2,
    });
  }
  // RFC 5322 with CRLF line ends, exactly what would go over the wire.
  return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
}

const CONNECTION = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPROTOCOL']);

/**
 * How far a refusal reaches (see src/core/remind/failures.ts): what the server said about
 * one recipient (RCPT TO) or one message (DATA) concerns that mail; a refused login or sender
 * (MAIL FROM, 4.7.x/5.4.5 rate limits) concerns every mail; no answer concerns the server.
 */
function classify(e) {
  // The outbox folder cannot be written: no mail can be.
  if (target.kind === 'outbox') return { scope: 'connection', reason: 'outbox' };
  const code = e && e.code;
  const command = String((e && e.command) || '');
  const text = String((e && (e.response || e.message)) || '');
  if (code === 'EAUTH' || /^AUTH/.test(command)) return { scope: 'account', reason: 'auth' };
  if (/\b(5\.4\.5|4\.7\.\d+)\b/.test(text) && !/^RCPT/.test(command)) return { scope: 'account', reason: 'limit' };
  if (/^MAIL FROM/.test(command)) return { scope: 'account', reason: 'sender' };
  if (/^(RCPT|DATA)/.test(command) || code === 'EENVELOPE' || code === 'EMESSAGE') return { scope: 'recipient', reason: 'refused' };
  if (/certificate|self[- ]signed|CERT_|UNABLE_TO_VERIFY/i.test(`${text} ${e && e.code}`)) return { scope: 'connection', reason: 'certificate' };
  if (code === 'ETIMEDOUT' || /timeout/i.test(text)) return { scope: 'connection', reason: 'timeout' };
  if (/ECONNREFUSED/.test(text)) return { scope: 'connection', reason: 'refused' };
  if (CONNECTION.has(code) || command === 'CONN') return { scope: 'connection', reason: 'unreachable' };
  return { scope: 'recipient', reason: 'refused' };
}

const mailer = transport();

port.on('message', async ({ id, mail, file }) => {
  let reply;
  try {
    const info = await mailer.sendMail(mail);
    if (target.kind === 'outbox') writeFileSync(file, info.message);
    reply = { id, ok: true, messageId: info.messageId ?? '' };
  } catch (e) {
    const raw = e instanceof Error ? (e.response || e.message) : String(e);
    reply = { id, ok: false, error: String(raw).split('\n')[0], detail: e instanceof Error ? e.message : String(e), code: (e && e.code) || '', ...classify(e) };
  }
  port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
