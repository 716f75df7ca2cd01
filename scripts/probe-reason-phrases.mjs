#!/usr/bin/env node
// `node scripts/probe-reason-phrases.mjs [sisimai lib] [--out dir] [--keep] [--only reason] [--list]`:
// a probe of our reason tables against what Sisimai 5.1 says each of its phrases means (issue 10).
//
// 1. Reads the literal phrase lists of Sisimai's lib (default ../shared/reference/sisimai-5.1/lib):
//    Reason/*.pm `$index` (a phrase matches when it occurs: rindex) and `$pairs` (every part
//    occurs, in order: Sisimai::String->aligned; we join the parts with a filler word), and the
//    message tables (`$messagesof`, `$refailures`: reason => phrases) of Rhost/*.pm and Lhost/*.pm.
//    Code tables (Cox's CXBL, GoDaddy's IBnnn, ...) are provider codes, not phrases: left out.
// 2. Per phrase, writes synthetic bounces of ours (example.com / example.jp / 192.0.2.x) to a
//    temporary folder: (a) a standard RFC 3464 DSN (multipart/report) with a neutral status
//    (Status: 5.0.0, "550 <phrase>"; soft reasons also Status: 4.0.0, "450 <phrase>"), whose
//    human-readable part names the recipient and the reply as MTAs do; (b) a plain-text notice
//    without a DSN, "<user@example.jp>: host mx.example.jp[192.0.2.1] said: 550 <phrase>".
// 3. Labels them with Sisimai 5.1 (scripts/label-with-sisimai.mjs, one perl process) and classifies
//    them with ours: the raw path (lib/bounce classifyBounce, as scripts/classify.mjs and the eval)
//    and the text path (scripts/cli/rendered-view.ts, as `npm run eval -- --rendered`; scored only
//    when the rendered body names the recipient).
// 4. Prints agreement with Sisimai's label per reason (the reason the table names; the label is
//    what we are scored against) and the disagreements, with the table each phrase came from.
//
// The synthetic mails stay in the temporary folder (removed unless --keep); nothing is written
// into the repository. Needs perl with libjson-perl and libclass-accessor-lite-perl.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './lib/import-ts.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const has = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const outArg = flag('--out');
const only = flag('--only');
const keep = has('--keep') || Boolean(outArg);
const listOnly = has('--list');
const sisimaiLib = path.resolve(args[0] ?? path.join(repo, '../shared/reference/sisimai-5.1/lib'));
if (!fs.existsSync(path.join(sisimaiLib, 'Sisimai', 'Reason'))) {
  process.stderr.write(`no Sisimai lib at ${sisimaiLib}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// A reader of the Perl data literals these tables are written in: strings, numbers, barewords,
// [ ... ], { key => value, ... }, qw|...|; comments dropped. Not a Perl parser: enough for
// `state $name = <literal>;`.

function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === "'" || c === '"') {
      let value = '';
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\' && i + 1 < src.length) {
          const n = src[i + 1];
          value += c === '"' && n === 'n' ? '\n' : c === '"' && n === 't' ? '\t' : n;
          i += 2;
        } else value += src[i++];
      }
      i++;
      tokens.push({ t: 'str', v: value });
    } else if (src.startsWith('=>', i)) {
      tokens.push({ t: ',' });
      i += 2;
    } else if (src.startsWith('qw', i) && /[|(/[{]/.test(src[i + 2] ?? '')) {
      const open = src[i + 2];
      const close = { '(': ')', '[': ']', '{': '}' }[open] ?? open;
      const end = src.indexOf(close, i + 3);
      tokens.push({ t: '[' });
      for (const w of src.slice(i + 3, end).split(/\s+/).filter(Boolean)) tokens.push({ t: 'str', v: w }, { t: ',' });
      tokens.push({ t: ']' });
      i = end + 1;
    } else if (src.startsWith('qr', i) && /[|/{(]/.test(src[i + 2] ?? '')) {
      const open = src[i + 2];
      const close = { '(': ')', '{': '}' }[open] ?? open;
      let j = i + 3;
      while (j < src.length && src[j] !== close) j += src[j] === '\\' ? 2 : 1;
      tokens.push({ t: 'regex', v: src.slice(i + 3, j) });
      i = j + 1;
      while (/[a-z]/.test(src[i] ?? '')) i++;
    } else if ('[]{},;'.includes(c)) {
      tokens.push({ t: c });
      i++;
    } else {
      let j = i;
      while (j < src.length && !/[\s[\]{},;#'"]/.test(src[j]) && !src.startsWith('=>', j)) j++;
      if (j === i) j++;
      tokens.push({ t: 'word', v: src.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

function parseValue(tokens, pos) {
  const tok = tokens[pos.i++];
  if (!tok) return undefined;
  if (tok.t === '[' || tok.t === '{') {
    const close = tok.t === '[' ? ']' : '}';
    const items = [];
    while (pos.i < tokens.length && tokens[pos.i].t !== close) {
      if (tokens[pos.i].t === ',') {
        pos.i++;
        continue;
      }
      items.push(parseValue(tokens, pos));
    }
    pos.i++;
    if (tok.t === '[') return items;
    const object = {};
    for (let k = 0; k + 1 < items.length; k += 2) object[String(items[k])] = items[k + 1];
    return object;
  }
  if (tok.t === 'str' || tok.t === 'word') return tok.v;
  if (tok.t === 'regex') return { regex: tok.v };
  return undefined;
}

/** Every `state $name = <literal>;` of a Perl file, by name. */
function stateLiterals(file) {
  const src = fs.readFileSync(file, 'utf8').split(/\n__END__\n/)[0];
  const found = {};
  const re = /state\s+\$(\w+)\s*=\s*(?=[[{'"q])/g;
  let m;
  while ((m = re.exec(src))) {
    const tokens = tokenize(src.slice(m.index + m[0].length, m.index + m[0].length + 60_000));
    found[m[1]] = parseValue(tokens, { i: 0 });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The phrases.

/** Sisimai 5.1 reason names folded onto ours (as `npm run eval` does). */
const fold = { mesgtoobig: 'emailtoolarge', exceedlimit: 'emailtoolarge', speeding: 'ratelimited', toomanyconn: 'ratelimited' };
const ourReason = (r) => fold[r] ?? r;
/** Reasons whose phrases are also probed with a temporary (4.0.0 / 450) frame. */
const softReasons = new Set(['mailboxfull', 'expired', 'networkerror', 'systemerror', 'systemfull', 'ratelimited', 'blocked', 'badreputation', 'suspend', 'onhold', 'authfailure', 'requireptr']);
const FILLER = 'kijitora';

function stringsOf(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) {
    // A row of a provider table: [reply, status, phrase] or [status, 0, 0, phrase]: the phrase.
    const texts = value.filter((v) => typeof v === 'string');
    if (texts.length > 1 && texts.slice(0, -1).every((v) => /^[0-9.]*$/.test(v))) return [texts.at(-1)];
    return value.flatMap(stringsOf);
  }
  return [];
}

function collectPhrases() {
  const phrases = [];
  const add = (reason, text, source, kind) => {
    if (!text || text.trim().length < 4) return;
    phrases.push({ reason: ourReason(reason.toLowerCase()), sisimaiReason: reason.toLowerCase(), text, source, kind });
  };
  const dir = (sub) =>
    fs
      .readdirSync(path.join(sisimaiLib, 'Sisimai', sub))
      .filter((f) => f.endsWith('.pm'))
      .sort();
  for (const file of dir('Reason')) {
    const reason = file.replace(/\.pm$/, '').toLowerCase();
    const lit = stateLiterals(path.join(sisimaiLib, 'Sisimai', 'Reason', file));
    for (const text of stringsOf(lit.index ?? [])) add(reason, text, `Reason/${file}`, 'index');
    for (const pair of lit.pairs ?? []) if (Array.isArray(pair)) add(reason, pair.join(FILLER), `Reason/${file}`, 'pair');
  }
  for (const sub of ['Rhost', 'Lhost']) {
    for (const file of dir(sub)) {
      const lit = stateLiterals(path.join(sisimaiLib, 'Sisimai', sub, file));
      for (const table of ['messagesof', 'refailures']) {
        const t = lit[table];
        if (!t || typeof t !== 'object' || Array.isArray(t)) continue;
        for (const [reason, list] of Object.entries(t)) {
          if (!/^[a-z]+$/.test(reason)) continue;
          for (const text of stringsOf(list)) add(reason, text, `${sub}/${file}`, table);
        }
      }
    }
  }
  // One probe per distinct text and reason.
  const seen = new Map();
  return phrases.filter((p) => {
    const key = `${p.reason}\u0000${p.text.toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      if (!first.source.split(', ').includes(p.source)) first.source += `, ${p.source}`;
      return false;
    }
    seen.set(key, p);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// The synthetic bounces.

const RECIPIENT = 'kijitora@example.jp';

function originalHeaders(n) {
  return [
    'From: Sender <sender@example.com>',
    `To: <${RECIPIENT}>`,
    'Subject: Meeting notes',
    `Message-ID: <original-${n}@example.com>`,
    'Date: Fri, 4 Dec 2026 09:00:00 +0900',
  ].join('\n');
}

/** The reply as a server writes it: the phrase after a reply code, unless it starts with one. */
function replyLine(code, text) {
  return /^[245]\d\d[ -]/.test(text) ? text : `${code} ${text}`;
}

function dsnMail(n, text, soft) {
  const status = soft ? '4.0.0' : '5.0.0';
  const reply = replyLine(soft ? '450' : '550', text);
  const boundary = `probe-${n}-boundary`;
  return `From: Mail Delivery Subsystem <mailer-daemon@mx.example.com>
To: <sender@example.com>
Subject: Delivery Status Notification
Date: Fri, 4 Dec 2026 09:00:05 +0900
Message-ID: <probe-${n}@mx.example.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"

--${boundary}
Content-Type: text/plain; charset=utf-8

Your message could not be delivered to one or more recipients.

<${RECIPIENT}>: ${reply}

--${boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com
Arrival-Date: Fri, 4 Dec 2026 09:00:00 +0900

Final-Recipient: rfc822; ${RECIPIENT}
Original-Recipient: rfc822; ${RECIPIENT}
Action: failed
Status: ${status}
Remote-MTA: dns; mx.example.jp
Diagnostic-Code: smtp; ${reply}
Last-Attempt-Date: Fri, 4 Dec 2026 09:00:05 +0900

--${boundary}
Content-Type: text/rfc822-headers

${originalHeaders(n)}

--${boundary}--
`;
}

function plainMail(n, text, command) {
  const reply = `${replyLine('550', text)}${command ? ` (in reply to ${command} command)` : ''}`;
  return `From: MAILER-DAEMON@mx.example.com
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Date: Fri, 4 Dec 2026 09:00:05 +0900
Message-ID: <probe-${n}@mx.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<${RECIPIENT}>: host mx.example.jp[192.0.2.1] said: ${reply}

------ This is a copy of the message, including all the headers. ------

${originalHeaders(n)}

Hello.
`;
}

// ---------------------------------------------------------------------------------------------

const phrases = collectPhrases().filter((p) => !only || p.reason === only);
if (listOnly) {
  for (const p of phrases) process.stdout.write(`${p.reason}\t${p.source}\t${p.kind}\t${p.text}\n`);
  process.exit(0);
}

const folder = outArg ? path.resolve(outArg) : fs.mkdtempSync(path.join(os.tmpdir(), 'probe-reason-phrases-'));
const emails = path.join(folder, 'emails');
fs.rmSync(emails, { recursive: true, force: true });
fs.mkdirSync(emails, { recursive: true });
const probes = [];
phrases.forEach((p, i) => {
  const id = String(i).padStart(4, '0');
  // Non-ASCII phrases go in as UTF-8 (8-bit, labelled charset=utf-8): both readers decode it.
  // A phrase that starts or ends with a space stands between words: give it a word on that side.
  const text = `${p.text.startsWith(' ') ? FILLER : ''}${p.text}${p.text.endsWith(' ') ? FILLER : ''}`;
  const frames = [['dsn', dsnMail(i, text, false)], ['plain', plainMail(i, text, '')], ['rcpt', plainMail(i, text, 'RCPT TO')]];
  if (softReasons.has(p.reason)) frames.push(['dsn4', dsnMail(i, text, true)]);
  for (const [frame, mail] of frames) {
    const name = `${id}-${frame}.eml`;
    fs.writeFileSync(path.join(emails, name), mail);
    probes.push({ ...p, frame, name });
  }
});

const labelRun = spawnSync(process.execPath, [path.join(repo, 'scripts/label-with-sisimai.mjs'), folder], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (labelRun.status !== 0) {
  process.stderr.write(labelRun.stderr);
  process.exit(2);
}
const labels = new Map();
for (const line of fs.readFileSync(path.join(folder, 'labels.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line);
  if (!labels.has(row.file)) labels.set(row.file, row);
}

const { classifyBounce } = await importTs(path.join(repo, 'lib/bounce/index.ts'));
const { renderedView } = await importTs(path.join(repo, 'scripts/cli/rendered-view.ts'));

function reasonOf(report) {
  const r = report.recipients?.find((x) => x.recipient.toLowerCase() === RECIPIENT) ?? report.recipients?.[0];
  return r ? r.reason : `(${report.kind})`;
}

for (const probe of probes) {
  const bytes = fs.readFileSync(path.join(emails, probe.name));
  const label = labels.get(probe.name);
  probe.sisimai = label ? ourReason(label.reason) : '(none)';
  probe.lhost = label?.lhost ?? '';
  probe.raw = reasonOf(await classifyBounce(bytes));
  const view = await renderedView(bytes);
  probe.renderable = view.body.toLowerCase().includes(RECIPIENT);
  probe.rendered = probe.renderable ? reasonOf(await classifyBounce(view)) : '';
}

// ---------------------------------------------------------------------------------------------
// Report.

const byReason = new Map();
for (const p of probes) {
  const row = byReason.get(p.reason) ?? { probes: 0, labelled: 0, asTable: 0, raw: 0, rendered: 0, renderable: 0 };
  row.probes++;
  if (p.sisimai === p.reason) row.asTable++;
  if (p.raw === p.sisimai) row.raw++;
  if (p.renderable) {
    row.renderable++;
    if (p.rendered === p.sisimai) row.rendered++;
  }
  byReason.set(p.reason, row);
}
const pct = (a, b) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const out = [];
out.push(`Sisimai lib: ${sisimaiLib}`);
out.push(`${phrases.length} phrases, ${probes.length} synthetic bounces in ${folder}`);
out.push('');
out.push('reason (table)       probes  Sisimai=table  raw=Sisimai        rendered=Sisimai');
let total = { probes: 0, asTable: 0, raw: 0, rendered: 0, renderable: 0 };
for (const [reason, row] of [...byReason].sort()) {
  out.push(
    `${reason.padEnd(20)} ${String(row.probes).padStart(6)}  ${pct(row.asTable, row.probes)}        ${pct(row.raw, row.probes)} (${row.raw}/${row.probes})`.padEnd(66) +
      ` ${pct(row.rendered, row.renderable)} (${row.rendered}/${row.renderable})`,
  );
  for (const k of Object.keys(total)) total[k] += row[k];
}
out.push(
  `${'all'.padEnd(20)} ${String(total.probes).padStart(6)}  ${pct(total.asTable, total.probes)}        ${pct(total.raw, total.probes)} (${total.raw}/${total.probes})`.padEnd(66) +
    ` ${pct(total.rendered, total.renderable)} (${total.rendered}/${total.renderable})`,
);
for (const frame of ['dsn', 'dsn4', 'plain', 'rcpt']) {
  const f = probes.filter((p) => p.frame === frame);
  const raw = f.filter((p) => p.raw === p.sisimai).length;
  const rf = f.filter((p) => p.renderable);
  const rend = rf.filter((p) => p.rendered === p.sisimai).length;
  out.push(`  frame ${frame.padEnd(6)} raw ${pct(raw, f.length)} (${raw}/${f.length}), rendered ${pct(rend, rf.length)} (${rend}/${rf.length})`);
}
// A disagreement where Sisimai's reading of the neutral frame found no reason (onhold) and ours is
// the reason of the table the phrase comes from: Sisimai knows that phrase only in its decoder or
// provider rule (or, for a few Reason/*.pm entries, only with a status or command the frame lacks).
const unknownToSisimai = (p, ours) => p.sisimai === 'onhold' && ours === p.reason;
const bad = probes.filter((p) => p.raw !== p.sisimai || (p.renderable && p.rendered !== p.sisimai));
const rest = bad.filter((p) => !unknownToSisimai(p, p.raw) || (p.renderable && !unknownToSisimai(p, p.rendered)));
out.push('');
out.push(`Disagreements: ${bad.length} mails; ${bad.length - rest.length} where Sisimai's neutral reading says onhold and ours says the table's reason, ${rest.length} others.`);
out.push('');
out.push('The others first (file, table reason, Sisimai label [its decoder], ours raw / rendered, source, phrase):');
const line = (p) => {
  const rawBad = p.raw !== p.sisimai;
  const rendBad = p.renderable && p.rendered !== p.sisimai;
  return (
    `${p.name.padEnd(15)} ${p.reason.padEnd(15)} sisimai=${p.sisimai} [${p.lhost}]  ours=${rawBad ? p.raw : 'ok'} / ${rendBad ? p.rendered : p.renderable ? 'ok' : '-'}  ${p.source}  ${JSON.stringify(p.text)}`
  );
};
for (const p of rest) out.push(line(p));
out.push('');
out.push("Sisimai's neutral reading says onhold, ours the table's reason:");
for (const p of bad) if (!rest.includes(p)) out.push(line(p));
process.stdout.write(`${out.join('\n')}\n`);
if (keep) fs.writeFileSync(path.join(folder, 'probes.json'), JSON.stringify(probes, null, 1));
if (!keep) fs.rmSync(folder, { recursive: true, force: true });
