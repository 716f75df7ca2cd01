// Generated mailboxes for the import's end-to-end test and the benchmark: Gmail Takeout-style
// mbox text with our own anonymised mails (example.com, example.jp, 192.0.2.x). Bounces are
// Postfix-style RFC 3464 reports with the original returned; a forged one returns an original
// that someone else sent; a delay warning is a 4.4.7 "still retrying" report. Plain JavaScript
// so that node runs it directly (the benchmark) and the tests import it.
import fs from 'node:fs';

export const OWNER = 'yamada.taro@example.com';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');

/** mbox's separator date (ctime, UTC). */
function ctime(ms) {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** RFC 5322 date, UTC. */
function rfcDate(ms) {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

function separator(id, ms) {
  return `From ${id}@xxx ${ctime(ms)}\n`;
}

/** An ordinary mail, with a base64 attachment of about `attachmentBytes` when asked. A body line starts with "From " (escaped). */
export function ordinaryMail(n, ms, attachmentBytes = 0) {
  const boundary = `mix-${n}`;
  const lines = [
    `Return-Path: <colleague${n % 50}@example.jp>`,
    `Delivered-To: ${OWNER}`,
    `Date: ${rfcDate(ms)}`,
    `From: Colleague ${n % 50} <colleague${n % 50}@example.jp>`,
    `To: ${OWNER}`,
    `Subject: Weekly report ${n}`,
    `Message-ID: <ordinary-${n}@example.jp>`,
    'MIME-Version: 1.0',
  ];
  const text = `Hello,\n\nthe figures for week ${n} are attached.\n>From the team: thank you.\n\nBest regards\n`;
  if (attachmentBytes <= 0) return `${lines.join('\n')}\nContent-Type: text/plain; charset=us-ascii\n\n${text}`;
  const line = 'QmF1bmNlIE5hdmkgYmVuY2htYXJrIGF0dGFjaG1lbnQgZGF0YSBmb3IgdGhlIGltcG9ydCB0ZXN0Lg==';
  const count = Math.max(1, Math.round(attachmentBytes / (line.length + 1)));
  const attachment = `${line}\n`.repeat(count);
  return `${lines.join('\n')}\nContent-Type: multipart/mixed; boundary="${boundary}"\n\n--${boundary}\nContent-Type: text/plain; charset=us-ascii\n\n${text}\n--${boundary}\nContent-Type: application/octet-stream; name="figures-${n}.bin"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="figures-${n}.bin"\n\n${attachment}--${boundary}--\n`;
}

/**
 * A Postfix bounce (RFC 3464) for `recipient`. `kind`: 'failed' (550 5.1.1 user unknown),
 * 'delayed' (4.4.7, still retrying). `originalFrom` is who sent the returned original: the
 * owner for a bounce of ours, someone else for a forged one (backscatter).
 */
export function bounceMail(n, ms, { recipient, kind = 'failed', originalFrom = OWNER, subject = `Quote request ${n}` }) {
  const boundary = `report-${n}`;
  const failed = kind === 'failed';
  const status = failed ? '5.1.1' : '4.4.7';
  const diagnostic = failed
    ? `smtp; 550 5.1.1 <${recipient}>: Recipient address rejected: User unknown in local recipient table`
    : 'smtp; 451 4.4.7 connection timed out';
  const human = failed
    ? `I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<${recipient}>: host mx.example.net[192.0.2.25] said: 550 5.1.1\n    <${recipient}>: Recipient address rejected: User unknown in local\n    recipient table (in reply to RCPT TO command)\n`
    : `This is the mail system at host mail.example.com.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n<${recipient}>: connect to mx.example.net[192.0.2.25]:25: Connection timed out\n`;
  return [
    'Return-Path: <>',
    `Delivered-To: ${OWNER}`,
    `Date: ${rfcDate(ms)}`,
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    `Subject: ${failed ? 'Undelivered Mail Returned to Sender' : 'Delayed Mail (still being retried)'}`,
    `To: ${OWNER}`,
    `Message-ID: <bounce-${n}-${kind}@mail.example.com>`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `This is the mail system at host mail.example.com.\n\n${human}`,
    `--${boundary}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    `Arrival-Date: ${rfcDate(ms - 60_000)}`,
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    `Original-Recipient: rfc822;${recipient}`,
    `Action: ${failed ? 'failed' : 'delayed'}`,
    `Status: ${status}`,
    'Remote-MTA: dns; mx.example.net',
    `Diagnostic-Code: ${diagnostic}`,
    '',
    `--${boundary}`,
    'Content-Description: Undelivered Message',
    'Content-Type: message/rfc822',
    '',
    `From: ${originalFrom}`,
    `To: ${recipient}`,
    `Subject: ${subject}`,
    `Date: ${rfcDate(ms - 120_000)}`,
    `Message-ID: <original-${n}@example.com>`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `Dear customer,\n\nplease find our quote ${n} below.\n\nYamada`,
    '',
    `--${boundary}--`,
    '',
  ].join('\n');
}

/**
 * The mailbox of the import's end-to-end test: 3 bounces of ours, 1 forged bounce, 1 delay
 * warning and 20 ordinary mails, interleaved. Answers the text and what an import must record.
 */
export function importTestMailbox() {
  const base = Date.UTC(2026, 9, 1, 9, 0, 0);
  const day = 24 * 60 * 60 * 1000;
  const ours = [
    { recipient: 'kato.hana@exmaple.co.jp', ms: base + 2 * day },
    { recipient: 'ito.sora@gmial.com', ms: base + 5 * day },
    { recipient: 'watanabe.kei@example.net', ms: base + 9 * day },
  ];
  const forged = { recipient: 'stranger@example.org', ms: base + 6 * day };
  const delayed = { recipient: 'nakamura.yu@example.net', ms: base + 7 * day };
  const mails = [];
  for (let i = 0; i < 20; i++) mails.push({ ms: base + i * 12 * 60 * 60 * 1000, text: ordinaryMail(i, base + i * 12 * 60 * 60 * 1000) });
  ours.forEach((b, i) => mails.push({ ms: b.ms, text: bounceMail(100 + i, b.ms, { recipient: b.recipient }) }));
  mails.push({ ms: forged.ms, text: bounceMail(200, forged.ms, { recipient: forged.recipient, originalFrom: 'someone.else@example.org' }) });
  mails.push({ ms: delayed.ms, text: bounceMail(300, delayed.ms, { recipient: delayed.recipient, kind: 'delayed' }) });
  mails.sort((a, b) => a.ms - b.ms);
  const text = mails.map((m, i) => `${separator(1847000000000000000n + BigInt(i), m.ms)}${m.text}\n`).join('');
  return { text, ours, forged, delayed, total: mails.length };
}

/**
 * Writes a large mailbox to `file` for the benchmark: `count` mails of about `totalBytes` in
 * all, one in `bounceEvery` a bounce of ours to a distinct recipient (the rest ordinary mails
 * with attachments). Streams to disk; never holds the file. Answers the counts written.
 */
export async function writeBenchMailbox(file, { count = 20_000, totalBytes = 1024 ** 3, bounceEvery = 20 } = {}) {
  const out = fs.createWriteStream(file);
  const write = (text) => (out.write(text) ? undefined : new Promise((resolve) => out.once('drain', resolve)));
  const base = Date.UTC(2025, 0, 1, 0, 0, 0);
  const ordinaryCount = count - Math.floor(count / bounceEvery);
  const attachmentBytes = Math.round(totalBytes / ordinaryCount);
  let bounces = 0;
  for (let i = 0; i < count; i++) {
    const ms = base + i * 15 * 60 * 1000;
    const text =
      i % bounceEvery === bounceEvery - 1
        ? bounceMail(i, ms, { recipient: `customer${(bounces++).toString().padStart(5, '0')}@example.net` })
        : ordinaryMail(i, ms, attachmentBytes);
    await write(`${separator(1847000000000000000n + BigInt(i), ms)}${text}\n`);
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return { count, bounces, bytes: fs.statSync(file).size };
}
