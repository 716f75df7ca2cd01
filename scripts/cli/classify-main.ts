/**
 * `npm run -s classify -- [--jsonl] <file or folder>...`: classifies mail files. With --jsonl,
 * one JSON object per mail per line (the format of issue 3); without, a short Japanese summary.
 * Exit status 0 whatever the mails are; 2 only for usage errors (no path, a path that does not exist).
 */
import fs from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { classifyBounce } from '../../lib/bounce';
import type { BounceReport } from '../../lib/bounce/types';
import { listMailFiles, readMessages, type MailFile } from './read-mails';

const usage = 'usage: npm run -s classify -- [--jsonl] <file or folder>...';

const kindLabels: Readonly<Record<BounceReport['kind'], string>> = {
  bounce: '不達',
  delayed: '配信遅延（再送中）',
  delivered: '配信済みの通知',
  'auto-reply': '自動応答',
  feedback: '苦情報告（ARF）',
  'not-bounce': 'エラーメールではありません',
  unparsed: '判定できませんでした',
};

function jsonLine(file: string, report: BounceReport): string {
  const recipients =
    'recipients' in report
      ? report.recipients.map((r) => ({
          recipient: r.recipient,
          reason: r.reason,
          hardbounce: r.hardbounce,
          status: r.status,
          replycode: r.replyCode,
          action: r.action,
          diagnosticcode: r.diagnosticCode,
          decoder: r.decoder,
        }))
      : [];
  return JSON.stringify({ file, kind: report.kind, recipients });
}

function summary(file: string, report: BounceReport): string {
  const lines = [`${file}: ${kindLabels[report.kind]}${report.kind === 'unparsed' ? `（${report.cause}）` : ''}`];
  if ('recipients' in report) {
    for (const r of report.recipients) {
      const codes = [r.status, r.replyCode].filter(Boolean).join(' / ') || 'コードなし';
      const severity = r.reason === 'delivered' || r.reason === 'vacation' || r.reason === 'feedback' ? '' : r.hardbounce ? ' ハードバウンス' : ' ソフトバウンス';
      lines.push(`  ${r.recipient}  理由: ${r.reason}${severity}  (${codes}${r.command ? `, ${r.command}` : ''}; ${r.decoder})`);
    }
  }
  return lines.join('\n');
}

/** Classifies some files and returns their output lines, in file order. */
async function classifyFiles(files: readonly MailFile[], jsonl: boolean): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    let messages: Uint8Array[];
    try {
      messages = readMessages(file);
    } catch (error) {
      process.stderr.write(`${file.name}: ${error instanceof Error ? error.message : String(error)}\n`);
      continue;
    }
    for (const message of messages) {
      const report = await classifyBounce(message);
      out.push(jsonl ? jsonLine(file.name, report) : summary(file.name, report));
    }
  }
  return out;
}

/**
 * Below this many files one thread is quicker: a worker costs a thread start and a second
 * warm-up of the parser, which only pays off over a few dozen mails.
 */
const PARALLEL_FROM_FILES = 64;

/** The second half of a long file list, classified on a worker thread (two cores halve the time). */
function classifyOnWorker(files: readonly MailFile[], jsonl: boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { files, jsonl } });
    worker.once('message', (lines: string[]) => resolve(lines));
    worker.once('error', reject);
  });
}

// When this bundle runs as the worker, it classifies its share and posts the lines back.
if (!isMainThread && parentPort && (workerData as { files?: unknown } | null)?.files) {
  const { files, jsonl } = workerData as { files: MailFile[]; jsonl: boolean };
  const port = parentPort;
  void classifyFiles(files, jsonl).then((lines) => port.postMessage(lines));
}

export async function main(argv: readonly string[]): Promise<number> {
  const jsonl = argv.includes('--jsonl');
  const paths = argv.filter((a) => a !== '--jsonl');
  if (paths.length === 0 || paths.some((p) => p.startsWith('-'))) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const missing = paths.filter((p) => !fs.existsSync(p));
  if (missing.length > 0) {
    process.stderr.write(`not found: ${missing.join(', ')}\n${usage}\n`);
    return 2;
  }
  const files = listMailFiles(paths);
  const split = files.length >= PARALLEL_FROM_FILES ? Math.ceil(files.length / 2) : files.length;
  const [first, second] = await Promise.all([classifyFiles(files.slice(0, split), jsonl), split < files.length ? classifyOnWorker(files.slice(split), jsonl) : Promise.resolve([])]);
  const out = [...first, ...second];
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
