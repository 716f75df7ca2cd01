/** The CLI (scripts/cli/classify-main.ts) and the evaluation's label reading, run in-process. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main as classifyMain } from '../../scripts/cli/classify-main';
import { familyOf, holdoutNames, main as evalMain } from '../../scripts/cli/eval-main';
import { renderedView } from '../../scripts/cli/rendered-view';
import { ensureCliBundle } from '../../scripts/build-cli.mjs';

function captureStdout(): { text: () => string } {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return { text: () => out };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('npm run classify', () => {
  it('writes one JSON object per mail, folders in name order, with the fields of issue 3', async () => {
    const out = captureStdout();
    expect(await classifyMain(['--jsonl', 'tests/fixtures/eml/postfix'])).toBe(0);
    const lines = out.text().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual(['01-user-unknown.eml', '02-docomo-after-data.eml', '03-host-not-found.eml', '04-quoted-local-parts.eml', '05-x-postfix-status-500.eml']);
    expect(lines[0]).toEqual({
      file: '01-user-unknown.eml',
      kind: 'bounce',
      recipients: [
        {
          recipient: 'kobayashi.mei@example.co.jp',
          reason: 'userunknown',
          hardbounce: true,
          status: '5.1.1',
          replycode: '550',
          action: 'failed',
          diagnosticcode: 'host mx.example.co.jp[192.0.2.25] said: 550 5.1.1 <kobayashi.mei@example.co.jp>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
          decoder: 'postfix',
        },
      ],
    });
  });

  it('prints a Japanese summary without --jsonl', async () => {
    const out = captureStdout();
    expect(await classifyMain(['tests/fixtures/eml/not-bounce/01-meeting-shift-jis.eml', 'tests/fixtures/eml/ezweb/01-reception-filter.eml'])).toBe(0);
    expect(out.text()).toContain('01-meeting-shift-jis.eml: エラーメールではありません');
    expect(out.text()).toContain('01-reception-filter.eml: 不達');
    expect(out.text()).toContain('理由: filtered ソフトバウンス');
  });

  it('writes its lines while it runs, in order, in chunks that end at a line', async () => {
    // A mailbox of 400 copies of one notice: about 190 KB of JSONL. Before, every line was held
    // until the end and written at once.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'classify-stream-'));
    const mail = fs.readFileSync('tests/fixtures/eml/postfix/01-user-unknown.eml', 'latin1');
    const mbox = path.join(dir, 'many.mbox');
    fs.writeFileSync(mbox, Array.from({ length: 400 }, () => `From MAILER-DAEMON Thu Dec  3 10:00:00 2026\n${mail.replace(/\r\n/g, '\n')}\n`).join(''), 'latin1');
    const chunks: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await classifyMain(['--jsonl', mbox])).toBe(0);
    fs.rmSync(dir, { recursive: true });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.endsWith('\n')).toBe(true);
    const lines = chunks.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(400);
    expect(new Set(lines).size).toBe(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ file: 'many.mbox', kind: 'bounce' });
  });

  it('exits non-zero only for usage errors', async () => {
    captureStdout();
    expect(await classifyMain([])).toBe(2);
    expect(await classifyMain(['--jsonl'])).toBe(2);
    expect(await classifyMain(['tests/fixtures/eml/does-not-exist'])).toBe(2);
    expect(await classifyMain(['tests/fixtures/text/bounce-without-recipient.json'])).toBe(0);
  });
});

describe('scripts/classify.cjs, the bundle users run', () => {
  // The bundle is rebuilt here when a source is newer (scripts/classify.cjs itself never checks),
  // so this compares the sources' answers with a fresh build's.
  beforeAll(async () => {
    await ensureCliBundle('classify');
  }, 120_000);

  it('starts the prebuilt bundle and answers like the sources', async () => {
    const folder = 'tests/fixtures/eml/postfix';
    const run = spawnSync(process.execPath, ['scripts/classify.cjs', '--jsonl', folder], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const out = captureStdout();
    await classifyMain(['--jsonl', folder]);
    expect(run.stdout).toBe(out.text());
    expect(run.stdout.trim().split('\n')).toHaveLength(5);
    // The former entry point imports the same loader.
    const former = spawnSync(process.execPath, ['scripts/classify.mjs', '--jsonl', folder], { encoding: 'utf8' });
    expect(former.status).toBe(0);
    expect(former.stdout).toBe(run.stdout);
  }, 60_000);

  it('compiles the bundle from the V8 code cache written by the build', () => {
    const run = spawnSync(process.execPath, ['scripts/classify.cjs', '--jsonl', 'tests/fixtures/eml/postfix'], {
      encoding: 'utf8',
      env: { ...process.env, BOUNCE_NAVI_CODE_CACHE_STATUS: '1' },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('code cache: accepted');
  }, 60_000);
});

describe('npm run eval -- --part', () => {
  it('names a family by the file name without its trailing number and extension', () => {
    expect(familyOf('lhost-amazonses-05.eml')).toBe('lhost-amazonses');
    expect(familyOf('rhost-google-12.eml')).toBe('rhost-google');
    expect(familyOf('make-test-3.mbox')).toBe('make-test');
    expect(familyOf('single.eml')).toBe('single');
  });

  it('holds out every third file of each family in name order (index 2, 5, 8, ...)', () => {
    const names = ['b-07.eml', 'a-01.eml', 'b-01.eml', 'a-02.eml', 'a-03.eml', 'b-03.eml', 'a-04.eml', 'a-05.eml', 'a-06.eml', 'a-09.eml', 'b-02.eml', 'c-01.eml', 'c-02.eml'];
    expect([...holdoutNames(names)].sort()).toEqual(['a-03.eml', 'a-06.eml', 'b-03.eml']);
  });
});

describe('npm run eval -- --rendered', () => {
  it('reduces a raw mail to what a webmail shows: subject, sender, the notification text without the delivery-status part', async () => {
    const view = await renderedView(new Uint8Array(fs.readFileSync('tests/fixtures/eml/postfix/01-user-unknown.eml')));
    expect(view.from).toMatch(/MAILER-DAEMON@/i);
    expect(view.subject).toMatch(/Undelivered Mail/i);
    expect(view.body).toContain('kobayashi.mei@example.co.jp');
    expect(view.body).not.toMatch(/^Final-Recipient:/im);
  });

  it('scores only the labels whose recipient appears in the rendered body', async () => {
    const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-rendered-'));
    fs.mkdirSync(path.join(corpus, 'emails'));
    fs.copyFileSync('tests/fixtures/eml/postfix/01-user-unknown.eml', path.join(corpus, 'emails', 'postfix-01.eml'));
    const label = { file: 'postfix-01.eml', reason: 'userunknown', status: '5.1.1', replycode: '550', hardbounce: true };
    // The second label's recipient is nowhere in the text: the text path cannot answer it.
    const labels = [{ ...label, recipient: 'kobayashi.mei@example.co.jp' }, { ...label, recipient: 'absent@example.net' }];
    fs.writeFileSync(path.join(corpus, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n'));
    const out = captureStdout();
    expect(await evalMain([corpus, '--rendered'])).toBe(0);
    expect(out.text()).toContain('1 of 2 labels answerable');
    expect(out.text()).toMatch(/reason agreement\s+100\.0% {2}\(1\/1\)/);
    fs.rmSync(corpus, { recursive: true });
  });
});
