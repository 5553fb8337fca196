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
    return nodemailer.createTransport({
      host: target.host,
      port: target.port,
      secure: false,
      // A local relay (and the test server) speaks plain SMTP; elsewhere STARTTLS is used when offered.
      ignoreTLS: local,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
  }
  // RFC 5322 with CRLF line ends, exactly what would go over the wire.
  return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
}

const mailer = transport();

port.on('message', async ({ id, mail, file }) => {
  let reply;
  try {
    const info = await mailer.sendMail(mail);
    if (target.kind === 'outbox') writeFileSync(file, info.message);
    reply = { id, ok: true, messageId: info.messageId ?? '' };
  } catch (e) {
    reply = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
