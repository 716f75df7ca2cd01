#!/usr/bin/env node
// The CLI as a user runs it, whole process: `npm run bench -- [folder]` (default
// ../shared/corpus/emails). Two figures (issue 10):
//  1. `node scripts/classify.cjs --jsonl <folder>` against Sisimai 5.1 Perl on the same folder
//     (`perl -I../shared/reference/sisimai-5.1/lib -MSisimai -e 'print(Sisimai->dump(shift))'`),
//     side by side in one run, alternated A B A B after a warm-up, wall time per run, the ratio
//     taken pair by pair (so a drift of the machine's speed cancels out); NODE_EXTRA_CA_CERTS
//     unset, as users run it.
//  2. Throughput on a batch of 5,000 mails (the folder's files copied round-robin into a
//     temporary folder): the whole process's mails/s, and the steady state, i.e. the marginal
//     rate (5,000 − n) / (t5000 − tn) against the run over the folder's own n mails, which takes
//     node's start-up, the bundle's load and the cold first pass out.
// Wall and CPU time (user + system, from /proc) both: on a loaded machine the wall time mostly
// measures the other processes. Output goes to /dev/null. Timings on a shared machine move; the figures are medians.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/emails';
const runs = 5;
const batchSize = 5000;

if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
  console.log(`CLI benchmark: skipped (no folder ${folder}; give one: npm run bench -- <folder of mails>)`);
  process.exit(0);
}
const names = fs.readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
if (names.length === 0) {
  console.log(`CLI benchmark: skipped (no mail files directly in ${folder})`);
  process.exit(0);
}

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const devNull = fs.openSync(os.devNull, 'w');

/**
 * CPU time (user + system) of this process's finished children, in ms, from /proc/self/stat
 * (cutime, cstime; clock ticks of 10 ms); undefined where there is no /proc. On a loaded
 * machine the wall time mostly measures the others' work; the CPU time is the run's own.
 */
function childrenCpuMs() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** Wall time and CPU time of one whole run, in ms. */
function timeRun([command, ...commandArgs]) {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { env, stdio: ['ignore', devNull, 'pipe'] });
  const ms = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 300)}`);
  return { wall: ms, cpu: cpuBefore === undefined || cpuAfter === undefined ? Number.NaN : cpuAfter - cpuBefore };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const range = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;

const cli = (target) => [process.execPath, 'scripts/classify.cjs', '--jsonl', target];
// The CLI bundle is fresh when a run starts (scripts/classify.cjs itself never rebuilds).
const { ensureCliBundle } = await import('../build-cli.mjs');
await ensureCliBundle('classify');

console.log(`CLI benchmark: ${names.length} files of ${folder}, ${runs} runs each after a warm-up, NODE_EXTRA_CA_CERTS unset`);

// 1. Against Sisimai 5.1.
const sisimaiLib = path.resolve(folder, '../../reference/sisimai-5.1/lib');
const sisimaiLibFallback = path.resolve('../shared/reference/sisimai-5.1/lib');
const libDir = fs.existsSync(sisimaiLib) ? sisimaiLib : sisimaiLibFallback;
const sisimai = ['perl', `-I${libDir}`, '-MSisimai', '-e', 'print(Sisimai->dump(shift))', folder];
const perlReady = fs.existsSync(libDir) && spawnSync('perl', [`-I${libDir}`, '-MSisimai', '-e', '1'], { env }).status === 0;
const ours = [];
const theirs = [];
timeRun(cli(folder));
if (perlReady) timeRun(sisimai);
for (let i = 0; i < runs; i++) {
  ours.push(timeRun(cli(folder)));
  if (perlReady) theirs.push(timeRun(sisimai));
}
const walls = (list) => list.map((r) => r.wall);
const cpus = (list) => list.map((r) => r.cpu);
const describe = (list) => `wall median ${median(walls(list)).toFixed(0)} ms (${range(walls(list))}), CPU median ${median(cpus(list)).toFixed(0)} ms (${range(cpus(list))})`;
const pairRatio = (key) => {
  const ratios = ours.map((a, i) => a[key] / theirs[i][key]);
  return `median ${median(ratios).toFixed(2)}x (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}x)`;
};
console.log(`\nnode scripts/classify.cjs --jsonl: ${describe(ours)}`);
if (perlReady) {
  console.log(`Sisimai 5.1 Perl dump:             ${describe(theirs)}`);
  console.log(`ratio ours / Sisimai, pair by pair: wall ${pairRatio('wall')}, CPU ${pairRatio('cpu')} (target: at most 0.5x)`);
} else {
  console.log(`Sisimai 5.1: skipped (needs ${libDir} and Debian's libjson-perl and libclass-accessor-lite-perl)`);
}

// 2. A batch of 5,000 mails.
const batch = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-navi-cli-batch-'));
try {
  for (let i = 0; i < batchSize; i++) {
    const name = names[i % names.length];
    fs.copyFileSync(path.join(folder, name), path.join(batch, `${String(i).padStart(5, '0')}-${name}`));
  }
  timeRun(cli(batch));
  const whole = [];
  const small = [];
  for (let i = 0; i < Math.max(3, runs - 2); i++) {
    whole.push(timeRun(cli(batch)));
    small.push(timeRun(cli(folder)));
  }
  console.log(`\nbatch of ${batchSize} files (the ${names.length} repeated): ${describe(whole)}`);
  for (const key of ['wall', 'cpu']) {
    const wholeMs = median(whole.map((r) => r[key]));
    const steady = (batchSize - names.length) / ((wholeMs - median(small.map((r) => r[key]))) / 1000);
    console.log(`throughput by ${key === 'wall' ? 'wall time' : 'CPU time '}: whole process ${(batchSize / (wholeMs / 1000)).toFixed(0)} mails/s, steady state (beyond the first ${names.length}) ${steady.toFixed(0)} mails/s (target: at least 2,000)`);
  }
} finally {
  fs.rmSync(batch, { recursive: true, force: true });
}
