// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BounceReport } from '@/lib/bounce/types';
import type { RecordAnswer, RecordBounceRequest } from '@/lib/messaging/protocol';
import { startBounceSidebar, type SessionDeps } from '@/lib/content/session';
import type { SidebarInput } from '@/lib/content/sidebar-input';
import type { BounceSignal, OpenedMessage, WebmailAdapter } from '@/lib/webmail/types';
import { bounce, recipient } from './reports';

/** A webmail whose messages are `<div class="msg" data-key data-signal>`; hidden ones are not open. */
const fakeAdapter: WebmailAdapter = {
  id: 'gmail',
  findOpenedMessages: (doc) =>
    [...doc.querySelectorAll('.msg:not([hidden])')].map((element) => ({ key: element.getAttribute('data-key') ?? '', element })),
  bounceSignal: (message: OpenedMessage) => (message.element.getAttribute('data-signal') as BounceSignal | null) ?? undefined,
  fetchSource: (message) =>
    Promise.resolve({ kind: 'rendered', failures: [], message: { subject: message.key, from: '', body: '' } }),
  theme: () => 'light',
  accountAddress: (doc) => doc.querySelector('.account')?.textContent ?? undefined,
};

function addMessage(key: string, signal?: BounceSignal): HTMLElement {
  const element = document.createElement('div');
  element.className = 'msg';
  element.setAttribute('data-key', key);
  if (signal) element.setAttribute('data-signal', signal);
  document.body.append(element);
  return element;
}

interface Mounted {
  signal: AbortSignal;
  inputs: SidebarInput[];
}

function harness(reports: Record<string, BounceReport | Error>) {
  const mounts: Mounted[] = [];
  const deps = {
    classify: vi.fn((source: Parameters<SessionDeps['classify']>[0]) => {
      const answer = reports[source.kind === 'rendered' ? source.message.subject : ''];
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer!);
    }),
    record: vi.fn(
      (_request: RecordBounceRequest): Promise<RecordAnswer | undefined> =>
        Promise.resolve({ ownership: 'ours', histories: [{ address: 'takahashi.yui@gmial.com', state: 'hard', totalBounces: 1, softRun: 0 }], skipped: 0 }),
    ),
    preferences: () => Promise.resolve({ lang: 'ja' as const, softBounceLimit: 5 }),
    mount: vi.fn((signal: AbortSignal, input: SidebarInput) => {
      const mounted: Mounted = { signal, inputs: [input] };
      mounts.push(mounted);
      return Promise.resolve({ update: (next: SidebarInput) => void mounted.inputs.push(next) });
    }),
    scanDelayMs: 5,
  };
  return { deps, mounts, last: () => mounts.at(-1)!.inputs.at(-1)! };
}

/** An in-page navigation; WXT's location watcher reports it as wxt:locationchange (polling in happy-dom). */
function navigate(url: string): void {
  history.pushState(null, '', url);
}

const notBounce: BounceReport = { kind: 'not-bounce', notice: { subject: '', from: '', date: '', messageId: '' }, input: 'text' };
let ctx: ContentScriptContext;

beforeEach(() => {
  document.body.replaceChildren();
  ctx = new ContentScriptContext('test');
});
afterEach(() => ctx.abort());

describe('startBounceSidebar', () => {
  it('shows a strong candidate at once, then its report, and records it once under its key', async () => {
    addMessage('K1', 'strong');
    const { deps, mounts, last } = harness({ K1: bounce([recipient()]) });
    startBounceSidebar(ctx, fakeAdapter, deps);
    await vi.waitFor(() => expect(last().state.status).toBe('ready'));
    expect(mounts[0]?.inputs[0]?.state.status).toBe('loading');
    expect(deps.record).toHaveBeenCalledExactlyOnceWith({ type: 'record-bounce', messageKey: 'gmail:K1', source: 'gmail', report: bounce([recipient()]) });
    await vi.waitFor(() => {
      const state = last().state;
      expect(state.status === 'ready' && state.histories?.[0]?.state).toBe('hard');
    });
  });

  it('shows the verdict without waiting for the tracker, and adds the history when it answers', async () => {
    addMessage('K9', 'strong');
    const { deps, last } = harness({ K9: bounce([recipient()]) });
    let answer: (recorded: RecordAnswer) => void = () => undefined;
    deps.record.mockImplementation(() => new Promise<RecordAnswer>((resolve) => (answer = resolve)));
    startBounceSidebar(ctx, fakeAdapter, deps);
    await vi.waitFor(() => expect(last().state.status).toBe('ready'));
    const before = last().state;
    expect(before.status === 'ready' && before.histories).toBeUndefined();
    answer({ ownership: 'unknown', histories: [{ address: 'takahashi.yui@gmial.com', state: 'soft', totalBounces: 2, softRun: 2 }], skipped: 3 });
    await vi.waitFor(() => {
      const after = last().state;
      expect(after.status === 'ready' && after.histories?.[0]?.totalBounces).toBe(2);
      expect(after.status === 'ready' && after.tracking).toEqual({ ownership: 'unknown', skipped: 3 });
    });
  });

  it("sends the open account's address with the bounce, and shows a refused write as such", async () => {
    const account = document.createElement('div');
    account.className = 'account';
    account.textContent = 'tanaka.hanako@example.com';
    document.body.append(account);
    addMessage('K8', 'strong');
    const { deps, last } = harness({ K8: bounce([recipient()]) });
    deps.record.mockImplementation(() => Promise.resolve({ ownership: 'ours', histories: [], skipped: 0, refused: { state: 'newer', version: 4 } }));
    startBounceSidebar(ctx, fakeAdapter, deps);
    await vi.waitFor(() => expect(deps.record).toHaveBeenCalledOnce());
    expect(deps.record.mock.calls[0]?.[0]).toMatchObject({ account: 'tanaka.hanako@example.com' });
    await vi.waitFor(() => {
      const state = last().state;
      expect(state.status === 'ready' && state.tracking).toEqual({ ownership: 'ours', skipped: 0, refused: 'newer' });
    });
  });

  it('shows nothing for a weak candidate that proves ordinary, and records nothing', async () => {
    addMessage('K2', 'weak');
    const { deps } = harness({ K2: notBounce });
    startBounceSidebar(ctx, fakeAdapter, deps);
    await vi.waitFor(() => expect(deps.classify).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(deps.mount).not.toHaveBeenCalled();
    expect(deps.record).not.toHaveBeenCalled();
  });

  it('shows a weak candidate once it proves a bounce, without a loading flash', async () => {
    addMessage('K3', 'weak');
    const { deps, mounts } = harness({ K3: bounce([recipient()]) });
    startBounceSidebar(ctx, fakeAdapter, deps);
    await vi.waitFor(() => expect(mounts).toHaveLength(1));
    await vi.waitFor(() => expect(mounts[0]?.inputs.length).toBe(2));
    // The verdict, then the same verdict with the tracker's history line: never a loading state.
    expect(mounts[0]?.inputs.map((i) => i.state.status)).toEqual(['ready', 'ready']);
  });

  it('ignores messages without a signal and fetches nothing for them', async () => {
    addMessage('K4');
    const { deps } = harness({});
    startBounceSidebar(ctx, fakeAdapter, deps);
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(deps.classify).not.toHaveBeenCalled();
  });

  it('ends the sidebar on navigation and shows it again from the cache', async () => {
    addMessage('K1', 'strong');
    const { deps, mounts } = harness({ K1: bounce([recipient()]) });
    startBounceSidebar(ctx, fakeAdapter, deps);
    await vi.waitFor(() => expect(mounts).toHaveLength(1));
    navigate('/mail/u/0/#inbox/other');
    await vi.waitFor(() => expect(mounts[0]?.signal.aborted).toBe(true), { timeout: 3000 });
    await vi.waitFor(() => expect(mounts).toHaveLength(2));
    expect(deps.classify).toHaveBeenCalledTimes(1);
    expect(deps.record).toHaveBeenCalledTimes(1);
  });

  it('removes the sidebar when the message closes, and switches to another bounce', async () => {
    const first = addMessage('K1', 'strong');
    const { deps, mounts } = harness({ K1: bounce([recipient()]), K5: bounce([recipient({ recipient: 'x@example.org' })]) });
    startBounceSidebar(ctx, fakeAdapter, deps);
    await vi.waitFor(() => expect(mounts).toHaveLength(1));
    first.setAttribute('hidden', '');
    await vi.waitFor(() => expect(mounts[0]?.signal.aborted).toBe(true));
    addMessage('K5', 'strong');
    await vi.waitFor(() => expect(mounts).toHaveLength(2));
    expect(mounts[1]?.signal.aborted).toBe(false);
  });

  it('stays closed once the user closes it', async () => {
    addMessage('K1', 'strong');
    const { deps, mounts, last } = harness({ K1: bounce([recipient()]) });
    startBounceSidebar(ctx, fakeAdapter, deps);
    await vi.waitFor(() => expect(last().state.status).toBe('ready'));
    last().onClose();
    expect(mounts[0]?.signal.aborted).toBe(true);
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(mounts).toHaveLength(1);
  });

  it('says so when the background does not answer, and retries on the next look', async () => {
    addMessage('K6', 'strong');
    const { deps, last } = harness({ K6: new Error('Could not establish connection') });
    startBounceSidebar(ctx, fakeAdapter, deps);
    await vi.waitFor(() => expect(last().state).toEqual({ status: 'no-answer', detail: 'Could not establish connection' }));
    navigate('/mail/u/0/#inbox/again');
    await vi.waitFor(() => expect(deps.classify).toHaveBeenCalledTimes(2), { timeout: 3000 });
  });

  it('tolerates a tracker that fails: no history, still a report', async () => {
    addMessage('K1', 'strong');
    const { deps, last } = harness({ K1: bounce([recipient()]) });
    deps.record.mockImplementation(() => Promise.resolve(undefined as never));
    startBounceSidebar(ctx, fakeAdapter, deps);
    await vi.waitFor(() => expect(last().state.status).toBe('ready'));
    const state = last().state;
    expect(state.status === 'ready' && state.histories).toBeUndefined();
  });

  it('tears everything down when the extension context ends', async () => {
    addMessage('K1', 'strong');
    const { deps, mounts } = harness({ K1: bounce([recipient()]) });
    startBounceSidebar(ctx, fakeAdapter, deps);
    await vi.waitFor(() => expect(mounts).toHaveLength(1));
    ctx.abort();
    expect(mounts[0]?.signal.aborted).toBe(true);
    addMessage('K7', 'strong');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(mounts).toHaveLength(1);
  });
});
