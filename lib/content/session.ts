import type { ContentScriptContext } from '#imports';
import type { BounceReport } from '@/lib/bounce/types';
import type { RecordAnswer, RecordBounceRequest } from '@/lib/messaging/protocol';
import { webmailAccountOf } from '@/lib/webmail/compose';
import { observeMutations, SCAN_DELAY_MS } from '@/lib/webmail/observe';
import type { BounceSignal, MessageSource, OpenedMessage, WebmailAdapter } from '@/lib/webmail/types';
import type { SidebarPreferences } from './preferences';
import { childScope } from './scope';
import { SIDEBAR_HOST_TAG, type PanelState, type SidebarInput } from './sidebar-input';
import type { SourceNote } from './sidebar-model';

/** What the session needs from the outside; the content scripts pass the real ones, tests fakes. */
export interface SessionDeps {
  classify(source: MessageSource): Promise<BounceReport>;
  record(request: RecordBounceRequest): Promise<RecordAnswer | undefined>;
  /** Recipients of one sent mail (the original's Message-ID) that bounced so far; optional. */
  sentMailFailures?(messageId: string): Promise<readonly string[] | undefined>;
  preferences(): Promise<SidebarPreferences>;
  mount(signal: AbortSignal, input: SidebarInput): Promise<{ update(input: SidebarInput): void } | undefined>;
  /** Delay between a DOM change or a navigation and the rescan (ms). */
  scanDelayMs?: number;
}

interface Outcome {
  report: BounceReport;
  /**
   * The tracker's answer, kept apart from the report: the sidebar shows the verdict at once and
   * adds the history line when the write is done (a write with 10,000 stored takes ~250 ms).
   */
  recorded: Promise<RecordAnswer | undefined>;
  source: SourceNote;
}

interface Shown {
  key: string;
  scope: AbortController;
  /** Re-applies the webmail's theme when it changed since the sidebar was drawn. */
  followTheme?: () => void;
}

function noteOf(source: MessageSource): SourceNote {
  return source.kind === 'raw' ? { route: source.route, failures: source.failures } : { failures: source.failures };
}

/** Our own host element coming or going is not a webmail change. */
function isOwnMutation(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node.nodeName.toLowerCase() === SIDEBAR_HOST_TAG);
}

/**
 * Watches the webmail for an opened bounce and shows the sidebar for it: a start-up scan, a
 * rescan after each in-page navigation (`wxt:locationchange`) and after DOM changes (one
 * throttled MutationObserver). Each message is fetched and classified once (cached by key) and
 * recorded in the tracker once. Navigation ends the sidebar's scope, which removes it.
 */
export function startBounceSidebar(ctx: ContentScriptContext, adapter: WebmailAdapter, deps: SessionDeps): void {
  const outcomes = new Map<string, Promise<Outcome>>();
  const signals = new Map<string, BounceSignal | null>();
  /** Messages the user closed the sidebar for, and weak candidates that proved ordinary. */
  const quiet = new Set<string>();
  let navigation = childScope(ctx.signal);
  let shown: Shown | undefined;

  function hide(): void {
    shown?.scope.abort();
    shown = undefined;
  }

  async function classifyMessage(message: OpenedMessage, signal: BounceSignal): Promise<Outcome> {
    const source = await adapter.fetchSource(message, ctx.signal);
    const report = await deps.classify(source);
    const worthRecording = report.kind !== 'not-bounce' && report.kind !== 'unparsed';
    // The open account's address, as the page shows it: the background compares the returned
    // original's sender with it (a bounce of someone else's mail is explained, not recorded).
    const account = adapter.accountAddress(document);
    const webmailAccount = webmailAccountOf(location.href);
    const recorded = worthRecording
      ? deps
          .record({
            type: 'record-bounce',
            messageKey: `${adapter.id}:${message.key}`,
            source: adapter.id,
            report,
            ...(account ? { account } : {}),
            ...(webmailAccount ? { webmailAccount } : {}),
          })
          .catch(() => undefined)
      : Promise.resolve(undefined);
    if (report.kind === 'not-bounce' && signal === 'weak') quiet.add(message.key);
    return { report, recorded, source: noteOf(source) };
  }

  /** One fetch and one classification per message; a failed attempt is forgotten so a later look retries. */
  function outcomeOf(message: OpenedMessage, signal: BounceSignal): Promise<Outcome> {
    let outcome = outcomes.get(message.key);
    if (!outcome) {
      outcome = classifyMessage(message, signal);
      outcome.catch(() => outcomes.delete(message.key));
      outcomes.set(message.key, outcome);
    }
    return outcome;
  }

  async function show(message: OpenedMessage, signal: BounceSignal): Promise<void> {
    hide();
    const scope = childScope(navigation.signal);
    const current: Shown = { key: message.key, scope };
    shown = current;
    const { lang, softBounceLimit } = await deps.preferences();
    const close = (): void => {
      quiet.add(message.key);
      if (shown === current) hide();
    };
    // The account the page is on, for "resend to the corrected address" (the same /u/N/ or /b/…/ base, the same host).
    const account = webmailAccountOf(location.href);
    const input = (state: PanelState): SidebarInput => ({ state, lang, theme: adapter.theme(document), onClose: close, ...(account ? { account } : {}) });
    const pending = outcomeOf(message, signal);
    // A weak candidate shows nothing until it proves to be a bounce; a strong one shows at once.
    const mounted = signal === 'strong' ? deps.mount(scope.signal, input({ status: 'loading' })) : undefined;
    let state: PanelState;
    let recording: Outcome['recorded'] | undefined;
    try {
      const outcome = await pending;
      if (scope.signal.aborted) return;
      if (quiet.has(message.key)) return hide();
      recording = outcome.recorded;
      state = { status: 'ready', report: outcome.report, source: outcome.source, softToHardThreshold: softBounceLimit };
    } catch (error) {
      if (scope.signal.aborted || ctx.isInvalid) return;
      state = { status: 'no-answer', detail: error instanceof Error ? error.message : String(error) };
    }
    const sidebar = await (mounted ?? deps.mount(scope.signal, input(state)));
    if (scope.signal.aborted || !sidebar) return;
    let drawn = input(state);
    if (mounted) sidebar.update(drawn);
    current.followTheme = () => {
      const theme = adapter.theme(document);
      if (theme === drawn.theme) return;
      drawn = { ...drawn, theme };
      sidebar.update(drawn);
    };
    const recorded = await recording;
    if (!recorded || scope.signal.aborted || drawn.state.status !== 'ready') return;
    const tracking = { ownership: recorded.ownership, skipped: recorded.skipped, ...(recorded.refused ? { refused: recorded.refused.state } : {}) };
    // After the recording: the sent mail's earlier bounces, so several bounces read as one send.
    const messageId = drawn.state.report.kind === 'bounce' ? drawn.state.report.original?.messageId : undefined;
    const earlier = messageId && deps.sentMailFailures ? await deps.sentMailFailures(messageId).catch(() => undefined) : undefined;
    if (scope.signal.aborted || drawn.state.status !== 'ready') return;
    drawn = { ...drawn, state: { ...drawn.state, histories: recorded.histories, tracking, ...(earlier ? { earlierFailed: earlier } : {}) } };
    sidebar.update(drawn);
  }

  function scan(): void {
    if (ctx.isInvalid) return;
    let target: { message: OpenedMessage; signal: BounceSignal } | undefined;
    for (const message of adapter.findOpenedMessages(document)) {
      let signal = signals.get(message.key);
      if (signal === undefined) {
        signal = adapter.bounceSignal(message) ?? null;
        signals.set(message.key, signal);
      }
      // The last open candidate: in a conversation the newest message is at the bottom.
      if (signal && !quiet.has(message.key)) target = { message, signal };
    }
    if (!target) return hide();
    if (shown?.key === target.message.key) return shown.followTheme?.();
    void show(target.message, target.signal);
  }

  const delayMs = deps.scanDelayMs ?? SCAN_DELAY_MS;
  const scheduleScan = observeMutations(document.body, scan, { signal: ctx.signal, delayMs, ignore: isOwnMutation });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // Fired by the Navigation API before the new URL commits (docs e2e.md §8): end what belongs
    // to the old view now, and look again once the webmail has rendered the new one.
    navigation.abort();
    navigation = childScope(ctx.signal);
    shown = undefined;
    scheduleScan();
  });
  scan();
}
