/**
 * `npm run eval -- <corpus folder> [--misses] [--part train|holdout]`: compares the classifier with Sisimai's labels.
 * Reads <folder>/emails/ and <folder>/labels.jsonl (format: ../shared/corpus/NOTICE.md), folds
 * Sisimai 5.1 reason names onto 5.6 ones, deduplicates labels on file + recipient, and prints
 * agreement on recipients, reasons, hard/soft, real status codes and reply codes, a per-reason
 * table and the top confusions. With --misses, every disagreement is listed.
 *
 * --part holdout scores only the held-out files: every third file of each family (family = the
 * file name without its trailing -NN and extension; a family's files in name order, indexes
 * 2, 5, 8, ...). --part train scores the rest. Rules are derived from Sisimai's lib and the train
 * part only; the hold-out part measures the classifier on mail it was not tuned on
 * (docs/classifier.md, "Hold-out").
 *
 * --rendered evaluates the text path instead: each mail is reduced to what a webmail shows
 * ({subject, from, body}, scripts/cli/rendered-view.ts) and classified as rendered text; only
 * the labels whose recipient address appears in that body are scored (the others cannot be
 * answered from the text), and how many were answerable is printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { classifyBounce } from '../../lib/bounce';
import { toReasonId } from '../../lib/bounce/reasons/taxonomy';
import type { RecipientResult, RenderedMessage } from '../../lib/bounce/types';
import { listMailFiles, readMessages } from './read-mails';
import { renderedView } from './rendered-view';

interface Label {
  file: string;
  recipient: string;
  reason: string;
  status: string;
  replycode: string;
  hardbounce: boolean;
}

/** Sisimai's own pseudo codes (x.0.9xx) mean "no code in the bounce"; they are not compared. */
const pseudoStatus = /^[245]\.0\.9\d\d$/;

function readLabels(file: string): Label[] {
  const seen = new Set<string>();
  const labels: Label[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as Record<string, unknown>;
    const label: Label = {
      file: String(raw.file),
      recipient: String(raw.recipient).toLowerCase(),
      reason: toReasonId(String(raw.reason)) ?? String(raw.reason),
      status: typeof raw.status === 'string' ? raw.status : '',
      replycode: typeof raw.replycode === 'string' ? raw.replycode : '',
      hardbounce: raw.hardbounce === true,
    };
    const key = `${label.file}\u0000${label.recipient}`;
    if (seen.has(key)) continue;
    seen.add(key);
    labels.push(label);
  }
  return labels;
}

export type CorpusPart = 'all' | 'train' | 'holdout';

/** A file's family: its name without the trailing -NN number and the extension. */
export function familyOf(name: string): string {
  return name.replace(/-\d+\.[^.]*$/, '').replace(/\.[^.]*$/, '');
}

/** The held-out file names: per family, in name order, every third file (index 2, 5, 8, ...). */
export function holdoutNames(names: readonly string[]): Set<string> {
  const families = new Map<string, string[]>();
  for (const name of names) families.set(familyOf(name), [...(families.get(familyOf(name)) ?? []), name]);
  const held = new Set<string>();
  for (const members of families.values()) {
    members.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (let i = 2; i < members.length; i += 3) held.add(members[i]!);
  }
  return held;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '  n/a' : `${((part / whole) * 100).toFixed(1).padStart(5)}%`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const showMisses = argv.includes('--misses');
  const rendered = argv.includes('--rendered');
  const partAt = argv.indexOf('--part');
  const partArg = partAt >= 0 ? argv[partAt + 1] : 'all';
  const folder = argv.find((a, i) => !a.startsWith('--') && !(partAt >= 0 && i === partAt + 1));
  const usage = 'usage: npm run eval -- <corpus folder with emails/ and labels.jsonl> [--misses] [--part train|holdout] [--rendered]\n';
  if (partArg !== 'all' && partArg !== 'train' && partArg !== 'holdout') {
    process.stderr.write(usage);
    return 2;
  }
  const part: CorpusPart = partArg;
  if (!folder || !fs.existsSync(path.join(folder, 'emails')) || !fs.existsSync(path.join(folder, 'labels.jsonl'))) {
    process.stderr.write(usage);
    return 2;
  }
  const allFiles = listMailFiles([path.join(folder, 'emails')]);
  const held = holdoutNames(allFiles.map((f) => f.name));
  const inPart = (name: string): boolean => part === 'all' || (part === 'holdout') === held.has(name);
  const files = allFiles.filter((f) => inPart(f.name));
  const allLabels = readLabels(path.join(folder, 'labels.jsonl')).filter((l) => inPart(l.file));
  /** Rendered mode: the lowercased bodies the text path saw, per file. */
  const bodies = new Map<string, string>();
  const ours = new Map<string, RecipientResult>();
  const oursByFile = new Map<string, RecipientResult[]>();
  const kinds = new Map<string, number>();
  const started = performance.now();
  let mails = 0;
  for (const file of files) {
    for await (const item of readMessages(file)) {
      if (item.kind === 'skipped') continue;
      mails += 1;
      const message = item.bytes;
      let input: Uint8Array | RenderedMessage = message;
      if (rendered) {
        input = await renderedView(message);
        bodies.set(file.name, `${bodies.get(file.name) ?? ''}\n${input.body.toLowerCase()}`);
      }
      const report = await classifyBounce(input);
      kinds.set(report.kind, (kinds.get(report.kind) ?? 0) + 1);
      if (!('recipients' in report)) continue;
      for (const r of report.recipients) {
        const key = `${file.name}\u0000${r.recipient}`;
        if (!ours.has(key)) ours.set(key, r);
        oursByFile.set(file.name, [...(oursByFile.get(file.name) ?? []), r]);
      }
    }
  }
  const elapsed = performance.now() - started;
  const labels = rendered ? allLabels.filter((l) => bodies.get(l.file)?.includes(l.recipient)) : allLabels;

  let found = 0;
  let reasonAgree = 0;
  let hardAgree = 0;
  let realStatus = 0;
  let realStatusAgree = 0;
  let replyAgree = 0;
  let replyLabelled = 0;
  let replyLabelledAgree = 0;
  const perReason = new Map<string, { total: number; agree: number }>();
  const confusions = new Map<string, string[]>();
  const misses: string[] = [];
  for (const label of labels) {
    const mine = ours.get(`${label.file}\u0000${label.recipient}`);
    const row = perReason.get(label.reason) ?? { total: 0, agree: 0 };
    row.total += 1;
    perReason.set(label.reason, row);
    if (mine) found += 1;
    const reasonOk = mine?.reason === label.reason;
    if (reasonOk) {
      reasonAgree += 1;
      row.agree += 1;
    } else {
      const key = `${label.reason} → ${mine?.reason ?? '(not found)'}`;
      confusions.set(key, [...(confusions.get(key) ?? []), label.file]);
    }
    const hardOk = (mine?.hardbounce ?? !label.hardbounce) === label.hardbounce && mine !== undefined;
    if (hardOk) hardAgree += 1;
    const statusCounted = label.status !== '' && !pseudoStatus.test(label.status);
    const statusOk = statusCounted ? mine?.status === label.status : true;
    if (statusCounted) {
      realStatus += 1;
      if (statusOk) realStatusAgree += 1;
    }
    const replyOk = (mine?.replyCode ?? '') === label.replycode && mine !== undefined;
    if (replyOk) replyAgree += 1;
    if (label.replycode) {
      replyLabelled += 1;
      if (replyOk) replyLabelledAgree += 1;
    }
    if (!reasonOk || !hardOk || !statusOk || !replyOk) {
      misses.push(
        `${label.file} ${label.recipient}: reason ${label.reason}/${mine?.reason ?? '-'}  hard ${label.hardbounce}/${mine?.hardbounce ?? '-'}  status ${label.status || '""'}/${mine?.status || '""'}  reply ${label.replycode || '""'}/${mine?.replyCode || '""'}  [${mine?.decoder ?? 'not found'}: ${mine?.evidence.rule ?? ''} ${mine?.evidence.matched ?? ''}]`,
      );
    }
  }
  const labelledKeys = new Set(labels.map((l) => `${l.file}\u0000${l.recipient}`));
  const extra = [...ours.keys()].filter((k) => !labelledKeys.has(k)).map((k) => k.replace('\u0000', ' '));

  const total = labels.length;
  const lines = [
    `Part: ${part === 'all' ? 'all files' : part === 'holdout' ? `holdout (every third file of each family: ${files.length} of ${allFiles.length} files)` : `train (all but every third file of each family: ${files.length} of ${allFiles.length} files)`}`,
    `Corpus: ${mails} mails, ${total} labelled recipients (Sisimai), classified in ${elapsed.toFixed(0)} ms`,
    ...(rendered ? [`Rendered path ({subject, from, body}): ${total} of ${allLabels.length} labels answerable (their recipient appears in the body)`] : []),
    `Kinds: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`,
    '',
    `recipients found      ${percent(found, total)}  (${found}/${total})`,
    `reason agreement      ${percent(reasonAgree, total)}  (${reasonAgree}/${total})`,
    `hard/soft agreement   ${percent(hardAgree, total)}  (${hardAgree}/${total})`,
    `real status codes     ${percent(realStatusAgree, realStatus)}  (${realStatusAgree}/${realStatus}; Sisimai's x.0.9xx pseudo codes excluded)`,
    `reply codes           ${percent(replyAgree, total)}  (${replyAgree}/${total}; both empty counts as agreement)`,
    `reply codes, labelled ${percent(replyLabelledAgree, replyLabelled)}  (${replyLabelledAgree}/${replyLabelled} labels that carry one)`,
    `extra recipients      ${extra.length}${extra.length > 0 ? `  (${extra.slice(0, 5).join(', ')}${extra.length > 5 ? ', ...' : ''})` : ''}`,
    '',
    'reason            labels  agree',
    ...[...perReason]
      .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
      .map(([reason, row]) => `${reason.padEnd(17)} ${String(row.total).padStart(6)} ${percent(row.agree, row.total)}`),
    '',
    'top confusions (Sisimai → ours)',
    ...[...confusions]
      .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
      .slice(0, 15)
      .map(([key, files]) => `  ${String(files.length).padStart(3)}  ${key}  (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', ...' : ''})`),
  ];
  if (showMisses) lines.push('', 'misses (label/ours)', ...misses.map((m) => `  ${m}`));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
