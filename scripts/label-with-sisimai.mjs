#!/usr/bin/env node
// `node scripts/label-with-sisimai.mjs <folder> [--delivered]`: labels every mail file of
// <folder>/emails with Sisimai 5.1 (the Perl lib in ../shared/reference/sisimai-5.1, run
// unmodified, `Sisimai->dump(file)` per file) and writes <folder>/labels.jsonl in the format of
// ../shared/corpus/labels.jsonl (NOTICE.md: one line per recipient; file, recipient, reason,
// status, replycode as a string, hardbounce, lhost = Sisimai's smtpagent, action,
// diagnosticcode, index, message, feedbacktype, diagnostictype, smtpcommand), so that
// `npm run eval -- <folder>` scores the classifier against it. --delivered also keeps Sisimai's
// "delivered" results (as the corpus labels do); without it, dump's defaults.
//
// `--split <source dir> <out dir>` first builds a train/holdout pair from a folder of mail files
// (e.g. the test data of python3-flufl.bounce): family = the file name before its first "_"
// (or its extension); per family, in name order, every third file (index 2, 5, 8, ...) goes to
// <out dir>-holdout/emails, the rest to <out dir>-train/emails, as <name>.eml; both are then
// labelled. docs/classifier.md ("Unseen mail: the flufl.bounce set") says how to get the data.
// `--flat` ignores families: every third file in name order (for sets whose names are not
// <family>_<nn>, such as Mail::DeliveryStatus::BounceParser's t/corpus, where most families
// have one file and would otherwise all land in -train).
//
// Needs perl with Debian's libjson-perl and libclass-accessor-lite-perl (Sisimai's only
// non-core modules); says so and stops when they are missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sisimaiLib = path.resolve(repo, '../shared/reference/sisimai-5.1/lib');

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function checkPerl() {
  if (!fs.existsSync(path.join(sisimaiLib, 'Sisimai.pm'))) fail(`Sisimai 5.1 not found at ${sisimaiLib}`);
  const probe = spawnSync('perl', ['-I', sisimaiLib, '-MJSON', '-MClass::Accessor::Lite', '-MSisimai', '-e', 'print Sisimai->version'], {
    encoding: 'utf8',
  });
  if (probe.error) fail('perl is not installed: sudo apt-get install -y perl libjson-perl libclass-accessor-lite-perl');
  if (probe.status !== 0) {
    const missing = [];
    if (/JSON\.pm/.test(probe.stderr)) missing.push('libjson-perl');
    if (/Class\/Accessor\/Lite\.pm/.test(probe.stderr)) missing.push('libclass-accessor-lite-perl');
    fail(
      missing.length > 0
        ? `Sisimai needs Perl modules that are missing: sudo apt-get install -y ${missing.join(' ')}`
        : `perl could not load Sisimai:\n${probe.stderr}`,
    );
  }
  return probe.stdout.trim();
}

/** One perl process for the whole folder: per file, a line "<name>\t<Sisimai->dump JSON>". */
const perlScript = `
use strict; use warnings; use Sisimai;
my $delivered = shift @ARGV;
for my $f (@ARGV) {
  my $j = eval { $delivered ? Sisimai->dump($f, 'delivered' => 1) : Sisimai->dump($f) } // '[]';
  $j =~ s/\\n//g;
  print "$f\\t$j\\n";
}`;

function label(folder, delivered) {
  const emails = path.join(folder, 'emails');
  if (!fs.existsSync(emails)) fail(`no emails/ folder in ${folder}`);
  const names = fs
    .readdirSync(emails, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  const run = spawnSync('perl', ['-I', sisimaiLib, '-e', perlScript, delivered ? '1' : '0', ...names.map((n) => path.join(emails, n))], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) fail(`perl failed:\n${run.stderr}`);
  const lines = [];
  let files = 0;
  for (const row of run.stdout.split('\n')) {
    const tab = row.indexOf('\t');
    if (tab < 0) continue;
    const name = path.basename(row.slice(0, tab));
    let facts;
    try {
      facts = JSON.parse(row.slice(tab + 1)) ?? [];
    } catch {
      facts = [];
    }
    if (facts.length > 0) files += 1;
    const perMessage = new Map();
    let message = 0;
    let lastOrigin = null;
    for (const f of facts) {
      // Sisimai reads a file as an mbox; a new message restarts its recipients' index.
      const key = `${f.messageid ?? ''}\u0000${f.timestamp ?? ''}`;
      if (key !== lastOrigin) {
        message += 1;
        lastOrigin = key;
      }
      const index = (perMessage.get(message) ?? 0) + 1;
      perMessage.set(message, index);
      lines.push(
        JSON.stringify({
          file: name,
          recipient: f.recipient ?? '',
          reason: f.reason ?? '',
          status: f.deliverystatus ?? '',
          replycode: f.replycode === undefined || f.replycode === null ? '' : String(f.replycode),
          hardbounce: f.hardbounce === 1 || f.hardbounce === true || f.hardbounce === '1',
          lhost: f.smtpagent ?? '',
          action: f.action ?? '',
          diagnosticcode: f.diagnosticcode ?? '',
          index,
          message,
          feedbacktype: f.feedbacktype ?? '',
          diagnostictype: f.diagnostictype ?? '',
          smtpcommand: f.smtpcommand ?? '',
        }),
      );
    }
  }
  fs.writeFileSync(path.join(folder, 'labels.jsonl'), lines.length > 0 ? `${lines.join('\n')}\n` : '');
  process.stdout.write(`${folder}: ${names.length} files, ${files} with a result, ${lines.length} labels → labels.jsonl\n`);
}

function split(source, out, flat) {
  const names = fs
    .readdirSync(source, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('__') && !e.name.endsWith('.py'))
    .map((e) => e.name)
    .sort();
  const families = new Map();
  for (const name of names) {
    const stem = name.replace(/\.[^.]*$/, '');
    const underscore = stem.indexOf('_');
    const family = flat ? '' : underscore < 0 ? stem : stem.slice(0, underscore);
    families.set(family, [...(families.get(family) ?? []), name]);
  }
  const train = `${out}-train`;
  const holdout = `${out}-holdout`;
  for (const dir of [train, holdout]) {
    if (fs.existsSync(path.join(dir, 'emails'))) fail(`${dir}/emails exists already; remove it or pick another <out dir>`);
    fs.mkdirSync(path.join(dir, 'emails'), { recursive: true });
  }
  for (const members of families.values()) {
    members.forEach((name, i) => {
      const target = path.join(i % 3 === 2 ? holdout : train, 'emails', `${name.replace(/\.[^.]*$/, '')}.eml`);
      fs.copyFileSync(path.join(source, name), target);
    });
  }
  return [train, holdout];
}

const argv = process.argv.slice(2);
const delivered = argv.includes('--delivered');
const flat = argv.includes('--flat');
const splitAt = argv.indexOf('--split');
const version = checkPerl();
process.stdout.write(`Sisimai ${version} (${sisimaiLib})\n`);
if (splitAt >= 0) {
  const [source, out] = [argv[splitAt + 1], argv[splitAt + 2]];
  if (!source || !out) fail('usage: node scripts/label-with-sisimai.mjs --split <source dir> <out dir> [--flat] [--delivered]');
  for (const folder of split(source, out, flat)) label(folder, delivered);
} else {
  const folder = argv.find((a) => !a.startsWith('--'));
  if (!folder) fail('usage: node scripts/label-with-sisimai.mjs <folder with emails/> [--delivered]\n       node scripts/label-with-sisimai.mjs --split <source dir> <out dir> [--delivered]');
  label(folder, delivered);
}
