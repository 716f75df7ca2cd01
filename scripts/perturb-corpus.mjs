#!/usr/bin/env node
// `node scripts/perturb-corpus.mjs <corpus folder> <out folder> <kind>`: a metamorphic check of
// the classifier (issue 10, "generalise by construction"). Each mail of <corpus>/emails is
// changed in a way that real mail systems vary and that should not change what the bounce says,
// and written to <out>/emails; label the result with Sisimai (`node scripts/label-with-sisimai.mjs
// <out> --delivered`) and score it (`npm run eval -- <out>`). A rule that fits a sample (its exact
// address, its transfer encoding, its line layout) instead of the format shows up as a label
// agreed on the corpus and missed here. Kinds:
//   localpart  every failed recipient's local part renamed (user1@, user2@, ...) wherever it occurs
//   base64     the mail's first text/plain part re-sent as base64 (as many MTAs send notices)
//   qp         the same part as quoted-printable
//   crlf       every line ending CRLF
//   refold     the delivery-status fields unfolded, then folded again at 40 columns
//   headers    the returned message cut to its header (text/rfc822-headers), as many MTAs return it
// Mails a kind cannot change (no such part) are left out. The mails are written outside the
// project only; they are the corpus's own, changed.
import fs from 'node:fs';
import path from 'node:path';

const [corpus, out, kind] = process.argv.slice(2);
const kinds = ['localpart', 'base64', 'qp', 'crlf', 'refold', 'headers'];
if (!corpus || !out || !kinds.includes(kind)) {
  process.stderr.write(`usage: node scripts/perturb-corpus.mjs <corpus folder> <out folder> ${kinds.join('|')}\n`);
  process.exit(2);
}

const labels = fs
  .readFileSync(path.join(corpus, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const recipientsOf = new Map();
for (const l of labels) recipientsOf.set(l.file, [...(recipientsOf.get(l.file) ?? []), l.recipient]);

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function renameLocalParts(text, recipients) {
  let n = 0;
  let changed = text;
  for (const r of new Set(recipients)) {
    const at = r.lastIndexOf('@');
    const local = at > 0 ? r.slice(0, at) : '';
    // Role names and one-letter parts also appear in prose; renaming them would change more than the recipient.
    if (local.length < 3 || /^(?:postmaster|mailer-daemon|root|admin)$/i.test(local)) continue;
    n++;
    changed = changed.replace(new RegExp(`(^|[^A-Za-z0-9._%+-])${escape(local)}(?=@)`, 'gi'), `$1user${n}x`);
  }
  return changed === text ? undefined : changed;
}

/** Splits "headers\n\nbody" keeping the original line ending. */
function splitHead(text) {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return undefined;
  return { head: text.slice(0, m.index), sep: m[0], body: text.slice(m.index + m[0].length) };
}

const headerValue = (head, name) => {
  const m = new RegExp(`^${name}:([^\\n]*(?:\\n[ \\t][^\\n]*)*)`, 'im').exec(head);
  return m ? m[1].replace(/\r?\n[ \t]/g, ' ').trim() : undefined;
};

function encodeBody(body, how) {
  const bytes = Buffer.from(body, 'latin1');
  if (how === 'base64') return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\n') + '\n';
  // Quoted-printable, soft line breaks at 76.
  const lines = body.split(/\r?\n/);
  return lines
    .map((line) => {
      let enc = '';
      for (const ch of Buffer.from(line, 'latin1')) {
        const c = String.fromCharCode(ch);
        enc += (ch >= 33 && ch <= 126 && c !== '=') || ch === 32 ? c : `=${ch.toString(16).toUpperCase().padStart(2, '0')}`;
      }
      enc = enc.replace(/ $/, '=20');
      const parts = [];
      while (enc.length > 75) {
        let cut = 75;
        if (enc[cut - 1] === '=') cut -= 1;
        else if (enc[cut - 2] === '=') cut -= 2;
        parts.push(`${enc.slice(0, cut)}=`);
        enc = enc.slice(cut);
      }
      parts.push(enc);
      return parts.join('\n');
    })
    .join('\n');
}

/** Re-encodes one entity (head + body) if it is text/plain in 7bit/8bit; undefined otherwise. */
function reencodeEntity(entity, how) {
  const parts = splitHead(entity);
  if (!parts) return undefined;
  const type = (headerValue(parts.head, 'Content-Type') ?? 'text/plain').toLowerCase();
  const cte = (headerValue(parts.head, 'Content-Transfer-Encoding') ?? '7bit').toLowerCase();
  if (!type.startsWith('text/plain') || !/^(?:7bit|8bit)$/.test(cte)) return undefined;
  const name = how === 'qp' ? 'quoted-printable' : how;
  const head = /^Content-Transfer-Encoding:/im.test(parts.head)
    ? parts.head.replace(/^Content-Transfer-Encoding:[^\n]*/im, `Content-Transfer-Encoding: ${name}`)
    : `${parts.head}\nContent-Transfer-Encoding: ${name}`;
  return `${head}${parts.sep}${encodeBody(parts.body, how)}`;
}

function reencodeFirstText(text, how) {
  const top = splitHead(text);
  if (!top) return undefined;
  const type = headerValue(top.head, 'Content-Type') ?? 'text/plain';
  const boundary = /boundary="?([^";\s]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) return reencodeEntity(text, how);
  const delimiter = `--${boundary}`;
  const first = top.body.indexOf(delimiter);
  if (first < 0) return undefined;
  const start = top.body.indexOf('\n', first) + 1;
  const end = top.body.indexOf(`\n${delimiter}`, start);
  if (start <= 0 || end < 0) return undefined;
  const entity = top.body.slice(start, end);
  const changed = reencodeEntity(entity, how);
  if (!changed) return undefined;
  return `${top.head}${top.sep}${top.body.slice(0, start)}${changed}${top.body.slice(end)}`;
}

/** Refolds every field of the message/delivery-status part at 40 columns (RFC 5322 folding at a space). */
function refoldDeliveryStatus(text) {
  const m = /Content-Type:\s*message\/delivery-status[^\n]*\n(?:[ \t][^\n]*\n|[a-z-]+:[^\n]*\n)*\n/i.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  const end = text.indexOf('\n--', start);
  if (end < 0) return undefined;
  const fields = text.slice(start, end).replace(/\n[ \t]+/g, ' ');
  const refolded = fields
    .split('\n')
    .map((line) => {
      if (line.length <= 40) return line;
      const words = line.split(' ');
      const rows = [];
      let row = '';
      for (const w of words) {
        if (row && row.length + 1 + w.length > 40) {
          rows.push(row);
          row = w;
        } else row = row ? `${row} ${w}` : w;
      }
      rows.push(row);
      return rows.join('\n ');
    })
    .join('\n');
  return refolded === text.slice(start, end) ? undefined : text.slice(0, start) + refolded + text.slice(end);
}

/** Replaces a message/rfc822 part by text/rfc822-headers with the returned message's header only. */
function headersOnly(text) {
  const m = /Content-Type:\s*message\/rfc822[^\n]*\n(?:[ \t][^\n]*\n|[a-z-]+:[^\n]*\n)*\n/i.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  const bodyGap = text.indexOf('\n\n', start);
  const end = text.indexOf('\n--', start);
  if (bodyGap < 0 || end < 0 || bodyGap > end) return undefined;
  const head = m[0].replace(/message\/rfc822/i, 'text/rfc822-headers');
  return text.slice(0, m.index) + head + text.slice(start, bodyGap + 1) + text.slice(end);
}

fs.mkdirSync(path.join(out, 'emails'), { recursive: true });
let written = 0;
let skipped = 0;
for (const name of fs.readdirSync(path.join(corpus, 'emails')).sort()) {
  const text = fs.readFileSync(path.join(corpus, 'emails', name), 'latin1');
  let changed;
  if (kind === 'localpart') changed = renameLocalParts(text, recipientsOf.get(name) ?? []);
  else if (kind === 'crlf') changed = text.replace(/\r?\n/g, '\r\n');
  else if (kind === 'refold') changed = refoldDeliveryStatus(text.replace(/\r\n/g, '\n'));
  else if (kind === 'headers') changed = headersOnly(text.replace(/\r\n/g, '\n'));
  else changed = reencodeFirstText(text.replace(/\r\n/g, '\n'), kind);
  if (changed === undefined) {
    skipped++;
    continue;
  }
  fs.writeFileSync(path.join(out, 'emails', name), changed, 'latin1');
  written++;
}
process.stdout.write(`${kind}: ${written} mails written to ${path.join(out, 'emails')}, ${skipped} left out (nothing to change)\n`);
