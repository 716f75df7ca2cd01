// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportView } from '@/components/ReportView';
import { Sidebar } from '@/components/Sidebar';
import { historyLine, sidebarText } from '@/components/sidebar-text';
import { explainPort } from '@/lib/content/explain-port';
import { buildReportView } from '@/lib/content/sidebar-model';
import { bounce, namingPort, recipient } from '../content/reports';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const hardView = (lang: 'ja' | 'en' = 'ja') =>
  buildReportView(bounce([recipient()]), lang, namingPort, {
    histories: [{ address: 'takahashi.yui@gmial.com', state: 'hard', totalBounces: 3, softRun: 0 }],
    source: { route: 'download', failures: [] },
  });

describe('Sidebar', () => {
  it('says hard or soft in words, then each recipient with cause, actor, numbered steps, phrase and gloss', () => {
    render(<Sidebar state={{ status: 'ready', view: hardView() }} lang="ja" theme="light" onClose={() => undefined} />);
    expect(screen.getByTestId('bn-badge').textContent).toBe('verdict:hard:ja');
    expect(screen.getByTestId('bn-counts').textContent).toBe('届かなかった宛先 1件');
    expect(screen.getByTestId('bn-headline').textContent).toBe('report:bounce:ja');
    expect(screen.getByTestId('bn-lead').textContent).toBe('summary:bounce');
    const card = screen.getByTestId('bn-recipient');
    expect(within(card).getByTestId('bn-cause').textContent).toBe('title:userunknown:ja');
    expect(within(card).getByTestId('bn-actor').textContent).toBe('actor:ja');
    expect([...within(card).getByTestId('bn-steps').querySelectorAll('li')].map((li) => li.textContent)).toEqual(['step1:userunknown', 'step2:userunknown']);
    expect(within(card).getByTestId('bn-decisive').textContent).toContain('does not exist');
    expect(within(card).getByTestId('bn-glossary').textContent).toContain('存在しません');
    expect(within(card).getByTestId('bn-history').textContent).toBe('このアドレスは「届かない宛先」として記録されています（これまでに3回）。');
    expect(screen.getByRole('complementary', { name: '不達ナビ：エラーメールの解説' })).toBeTruthy();
  });

  it('copies the corrected address and confirms it visibly', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<Sidebar state={{ status: 'ready', view: hardView() }} lang="ja" theme="light" onClose={() => undefined} />);
    expect(screen.getByTestId('bn-suggested').textContent).toBe('takahashi.yui@gmail.com');
    expect(screen.getByTestId('bn-typo').textContent).toContain('fixed:domain');
    const button = screen.getByRole('button', { name: 'takahashi.yui@gmail.com をクリップボードにコピー' });
    await act(async () => {
      fireEvent.click(button);
      await Promise.resolve();
    });
    expect(writeText).toHaveBeenCalledWith('takahashi.yui@gmail.com');
    expect(screen.getByTestId('bn-copy-status').textContent).toBe('コピーしました');
  });

  it('collapses, and closes', () => {
    const onClose = vi.fn();
    render(<Sidebar state={{ status: 'ready', view: hardView() }} lang="ja" theme="dark" onClose={onClose} />);
    const collapse = screen.getByRole('button', { name: '折りたたむ' });
    fireEvent.click(collapse);
    expect(collapse.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: '開く' })).toBe(collapse);
    expect(document.getElementById(collapse.getAttribute('aria-controls')!)?.hidden).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '閉じる' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('bn-sidebar').getAttribute('data-theme')).toBe('dark');
  });

  it('never shows a blank panel: loading, no answer, unparsed, not a bounce', () => {
    const { rerender } = render(<Sidebar state={{ status: 'loading' }} lang="ja" theme="light" onClose={() => undefined} />);
    expect(screen.getByTestId('bn-loading').textContent).toBe('エラーメールを読み取っています…');
    rerender(<Sidebar state={{ status: 'no-answer', detail: 'port closed' }} lang="ja" theme="light" onClose={() => undefined} />);
    expect(screen.getByTestId('bn-headline').textContent).toBe('判定できませんでした');
    expect(screen.getByText('拡張機能から応答がありませんでした。ページを再読み込みしてから、もう一度開いてください。')).toBeTruthy();
    const unparsed = buildReportView({ kind: 'unparsed', cause: 'not-a-mail', detail: 'text/html', input: 'raw' }, 'ja', namingPort);
    rerender(<Sidebar state={{ status: 'ready', view: unparsed }} lang="ja" theme="light" onClose={() => undefined} />);
    expect(screen.getByTestId('bn-headline').textContent).toBe('report:unparsed:ja');
    expect(screen.getByTestId('bn-lead').textContent).toBe('summary:not-a-mail');
    expect(screen.getByTestId('bn-steps').textContent).toBe('report-step:unparsed');
    const ordinary = buildReportView({ kind: 'not-bounce', notice: { subject: '', from: '', date: '', messageId: '' }, input: 'text' }, 'ja', namingPort);
    rerender(<Sidebar state={{ status: 'ready', view: ordinary }} lang="ja" theme="light" onClose={() => undefined} />);
    expect(screen.getByTestId('bn-headline').textContent).toBe('report:not-bounce:ja');
  });

  it('speaks English when asked', () => {
    render(<Sidebar state={{ status: 'ready', view: hardView('en') }} lang="en" theme="light" onClose={() => undefined} />);
    expect(screen.getByTestId('bn-badge').textContent).toBe('verdict:hard:en');
    expect(screen.getByTestId('bn-counts').textContent).toBe('1 not delivered');
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });
});

describe('ReportView', () => {
  it('renders hostile text as text: no element comes from the mail', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="https://attacker.example/">x</a>';
    const view = buildReportView(
      bounce([recipient({ recipient: `"${hostile}"@example.org`, diagnosticCode: `550 5.1.1 ${hostile}`, remoteMta: hostile })], {
        original: { messageId: '', subject: hostile, date: '', from: '', to: [], truncated: true, attachments: [{ filename: hostile, mimeType: 'text/html' }] },
      }),
      'ja',
      namingPort,
    );
    const { container } = render(<ReportView view={view} />);
    fireEvent.click(screen.getByText('なぜそう判断したか'));
    expect(container.querySelectorAll('img, script, a, iframe, style')).toHaveLength(0);
    expect(container.textContent).toContain(hostile);
    expect(screen.getByTestId('bn-original-subject').textContent).toBe(hostile);
  });

  it('gives a delay warning the report\'s advice, and no recipient a "gave up" text or a zero count', () => {
    const delayed = bounce([recipient({ recipient: 'mori.daiki@example.org', action: 'delayed', reason: 'expired', severity: 'soft', status: '4.4.7' })], {
      kind: 'delayed',
    });
    const view = buildReportView(delayed, 'ja', namingPort, {
      histories: [{ address: 'mori.daiki@example.org', state: 'ok', totalBounces: 0, softRun: 0 }],
    });
    render(<ReportView view={view} />);
    expect(screen.getByTestId('bn-badge').textContent).toBe('配達の遅れ（まだ失敗ではありません）');
    expect(screen.getByTestId('bn-counts').textContent).toBe('配達を待っている宛先 1件');
    expect(screen.getByTestId('bn-steps').textContent).toBe('report-step:delayed');
    const card = screen.getByTestId('bn-recipient');
    expect(within(card).getByTestId('bn-address').textContent).toBe('mori.daiki@example.org');
    expect(card.textContent).toContain('配達待ち');
    expect(within(card).queryByTestId('bn-cause')).toBeNull();
    expect(within(card).queryByTestId('bn-reason-label')).toBeNull();
    expect(within(card).queryByTestId('bn-steps')).toBeNull();
    expect(within(card).queryByTestId('bn-history')).toBeNull();
  });

  it('shows how the mail was read and why the source was not used', () => {
    const view = buildReportView(bounce([recipient()], { input: 'text' }), 'ja', namingPort, {
      source: { failures: [{ route: 'download', cause: 'http-status', detail: '401' }] },
    });
    render(<ReportView view={view} />);
    expect(screen.getByTestId('bn-read-from').textContent).toBe('画面に表示された本文から判定しました。');
    expect(screen.getByTestId('bn-retrieval-failures').textContent).toBe('「メッセージをダウンロード」：サーバーがエラーを返しました (401)');
    expect(screen.getByTestId('bn-status').textContent).toBe('5.1.1');
    expect(screen.getByTestId('bn-original').textContent).toContain('見積書.pdf (2.2 MB)');
  });

  it('states the evidence in words, the internal rule id only as a small aside', () => {
    render(<ReportView view={hardView()} />);
    expect(screen.getByTestId('bn-decoder').textContent).toBe('name:gmail');
    const evidence = screen.getByTestId('bn-evidence');
    expect(evidence.querySelector('.bn-evidence-by')?.textContent).toBe('decided:5.1.1:ja');
    expect(evidence.querySelector('.bn-evidence-rule')?.textContent).toBe('rule:status-code:ja');
    const ruleId = screen.getByTestId('bn-rule-id');
    expect(ruleId.textContent).toBe('status-table');
    expect(ruleId.getAttribute('title')).toBe(sidebarText.ja.ruleIdTitle);
  });
});

describe('the top of the sidebar tells what the cards tell (real stories)', () => {
  const spamhaus = (address: string) =>
    recipient({
      recipient: address,
      reason: 'blocked',
      severity: 'soft',
      status: '5.7.1',
      replyCode: '554',
      diagnosticCode: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org',
    });
  const chips = () => screen.getAllByTestId('bn-recipient').map((card) => card.querySelector('.bn-chip')?.textContent);

  it('a Spamhaus block: the badge is the chips\' 原因が直れば届く, never 一時的', () => {
    render(<ReportView view={buildReportView(bounce([spamhaus('taro@example.ne.jp'), spamhaus('hanako@example.ne.jp')]), 'ja', explainPort)} />);
    const badge = screen.getByTestId('bn-badge').textContent ?? '';
    expect(badge).toBe('原因が直れば届くエラー（ソフトバウンス）');
    expect(chips()).toEqual(['原因が直れば届く', '原因が直れば届く']);
    expect(badge.startsWith(chips()[0] ?? '?')).toBe(true);
    expect(screen.getByTestId('bn-verdict').textContent).not.toMatch(/一時的/);
    expect(screen.getByTestId('bn-counts').textContent).toBe('届かなかった宛先 2件');
  });

  it('a mistyped domain that Sisimai calls soft (NXDOMAIN under 4.0.0): the badge follows the story, hard', () => {
    const typo = recipient({
      recipient: 'yuki.mori@docomo.ne.jo',
      reason: 'networkerror',
      severity: 'soft',
      status: '4.0.0',
      replyCode: '',
      diagnosticCode: "DNS Error: DNS type 'mx' lookup of docomo.ne.jo responded with code NXDOMAIN Domain name not found: docomo.ne.jo",
    });
    render(<ReportView view={buildReportView(bounce([typo]), 'ja', explainPort)} />);
    expect(screen.getByTestId('bn-badge').textContent).toBe('直すまで届かないエラー（ハードバウンス）');
    expect(chips()).toEqual(['直すまで届かない']);
  });

  it('some of each: says so, and counts each in the chips\' words', () => {
    render(<ReportView view={buildReportView(bounce([recipient(), spamhaus('taro@example.ne.jp')]), 'ja', explainPort)} />);
    expect(screen.getByTestId('bn-badge').textContent).toBe('宛先によって異なります');
    expect(screen.getByTestId('bn-counts').textContent).toBe('直すまで届かない 1件・原因が直れば届く 1件');
    expect(chips()).toEqual(['直すまで届かない', '原因が直れば届く']);
  });

  it('speaks English the same way', () => {
    render(<ReportView view={buildReportView(bounce([recipient(), spamhaus('taro@example.ne.jp')]), 'en', explainPort)} />);
    expect(screen.getByTestId('bn-badge').textContent).toBe('Differs by recipient');
    expect(screen.getByTestId('bn-counts').textContent).toBe('1 fail until fixed · 1 work once fixed');
  });
});

describe('historyLine', () => {
  const words = sidebarText.en.history;
  it('says what the tracker counted, and nothing when it counted nothing', () => {
    const line = (state: 'ok' | 'soft' | 'hard' | 'unflagged', totalBounces: number, softRun: number) =>
      historyLine(words, { address: 'a@example.org', state, totalBounces, softRun });
    expect(line('hard', 2, 0)).toBe('This address is flagged as undeliverable (2 bounces so far).');
    expect(line('hard', 1, 0)).toBe('This address is flagged as undeliverable (1 bounce so far).');
    expect(line('unflagged', 4, 0)).toBe('You unflagged this address (4 bounces so far).');
    expect(line('soft', 3, 3)).toBe('3 failures in a row for this address (3 so far).');
    expect(historyLine(sidebarText.ja.history, { address: 'a@example.org', state: 'soft', totalBounces: 4, softRun: 3 })).toBe(
      'このアドレスには3回続けて届いていません（これまでに4回）。',
    );
    expect(line('soft', 1, 1)).toBe('Bounces for this address so far: 1.');
    expect(line('ok', 0, 0)).toBe('');
  });
});
