import { useEffect, useRef, useState } from 'react';
import { isCopyableAddress, isPlainOrIdnAddress, showAddress } from '@/lib/address/visible';
import type { TrackedRecipient, TrackerState } from '@/lib/tracker/model';
import { VirtualList } from './VirtualList';

// The popup's list of bounced recipients: presentational (props in, callbacks out); the popup
// owns filtering, storage and messages. Every text comes from the screen's string table.

export interface TrackedListStrings {
  listLabel: string;
  state: Readonly<Record<TrackerState, string>>;
  /** What each state means, for the badge's tooltip. */
  stateHint: Readonly<Record<TrackerState, string>>;
  count: (count: number) => string;
  lastDate: (date: string) => string;
  /** A note after the cause, e.g. 「（3回連続）」. */
  softRun: (run: number) => string;
  suggestion: string;
  copyAddress: string;
  copySuggested: string;
  /** Opens the webmail's compose window with the corrected address. */
  resend: string;
  resendLabel: (address: string) => string;
  copied: string;
  copyFailed: string;
  unflag: string;
  resetRun: string;
  remove: string;
  removeConfirm: string;
  removeYes: string;
  removeNo: string;
  /** The mark of an entry only unverified bounces recorded (their original did not come back). */
  unverified: string;
  unverifiedHint: string;
  /** Why an address is shown with ⟨U+…⟩ and has no copy button. */
  hiddenAddress: string;
}

export interface TrackedListProps {
  /** Already filtered and sorted, newest first. */
  recipients: readonly TrackedRecipient[];
  strings: TrackedListStrings;
  causeOf: (entry: TrackedRecipient) => string;
  formatDate: (ms: number) => string;
  onCopy: (text: string) => Promise<boolean>;
  onUnflag: (address: string) => void;
  onDelete: (address: string) => void;
  /** The compose URL of "resend to the corrected address" for a row, when it has one. */
  resendUrlOf?: (entry: TrackedRecipient) => string | undefined;
  /** The most height the scrolling list may take, in pixels (it shows whole rows within it). */
  maxHeight: number;
}

/**
 * Estimated row heights in pixels (three lines, or four with a suggested address, in style.css),
 * used until a row is rendered and measured: they only size the scrollbar for the rows not yet seen.
 */
export const ROW_HEIGHT_ESTIMATE = 82;
export const ROW_HEIGHT_WITH_SUGGESTION_ESTIMATE = 109;

const estimateHeight = (entry: TrackedRecipient): number => (entry.suggested ? ROW_HEIGHT_WITH_SUGGESTION_ESTIMATE : ROW_HEIGHT_ESTIMATE);
const keyOf = (entry: TrackedRecipient): string => entry.address;
const COPIED_MS = 2000;

type CopyTarget = 'address' | 'suggested';

function TrackedRow({ entry, strings, causeOf, formatDate, onCopy, onUnflag, onDelete, resendUrlOf }: Omit<TrackedListProps, 'recipients' | 'maxHeight'> & { entry: TrackedRecipient }) {
  const [copied, setCopied] = useState<{ target: CopyTarget; ok: boolean }>();
  const [confirming, setConfirming] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = (target: CopyTarget, text: string): void => {
    void onCopy(text).then((ok) => {
      setCopied({ target, ok });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(undefined), COPIED_MS);
    });
  };
  const copyLabel = (target: CopyTarget, label: string): string =>
    copied?.target === target ? (copied.ok ? strings.copied : strings.copyFailed) : label;
  const flagged = entry.state === 'hard' || entry.state === 'soft';
  // Every address passes lib/address/visible.ts: nothing hidden is shown as it is, or copied.
  const address = showAddress(entry.address);
  const suggested = entry.suggested !== undefined && isPlainOrIdnAddress(entry.suggested) ? entry.suggested : undefined;
  const resendUrl = suggested && !address.hidden ? resendUrlOf?.(entry) : undefined;

  return (
    <div className={`bn-row bn-row-${entry.state}`} data-testid="bn-row" data-address={entry.address}>
      <div className="bn-row-head">
        <span className={`bn-state bn-state-${entry.state}`} title={strings.stateHint[entry.state]} data-testid="bn-row-state">
          {strings.state[entry.state]}
        </span>
        <span className="bn-address" title={address.text} data-testid="bn-row-address" data-hidden-characters={address.hidden ? 'true' : undefined}>
          {address.text}
        </span>
        {entry.unverified ? (
          <span className="bn-unverified" title={strings.unverifiedHint} data-testid="bn-row-unverified">
            {strings.unverified}
          </span>
        ) : null}
        <span className="bn-count">{strings.count(entry.totalBounces)}</span>
      </div>
      {address.hidden ? (
        <p className="bn-hidden-note" data-testid="bn-row-hidden">
          {strings.hiddenAddress}
        </p>
      ) : null}
      <div className="bn-row-cause">
        <span className="bn-cause" data-testid="bn-row-cause">
          {causeOf(entry)}
          {entry.softRun > 1 && flagged ? strings.softRun(entry.softRun) : ''}
        </span>
        <span className="bn-date">{strings.lastDate(formatDate(entry.lastSeen))}</span>
      </div>
      {suggested && !address.hidden && (
        <div className="bn-row-suggest">
          <span>{strings.suggestion}</span>
          <span className="bn-suggested" data-testid="bn-row-suggested">
            {suggested}
          </span>
          <button type="button" className="bn-primary" onClick={() => copy('suggested', suggested)} data-testid="bn-copy-suggested">
            {copyLabel('suggested', strings.copySuggested)}
          </button>
          {resendUrl && (
            <a
              className="bn-link-button"
              href={resendUrl}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={strings.resendLabel(entry.suggested ?? '')}
              title={strings.resendLabel(entry.suggested ?? '')}
              data-testid="bn-resend-suggested"
            >
              {strings.resend}
            </a>
          )}
        </div>
      )}
      <div className="bn-row-actions">
        {confirming ? (
          <>
            <span className="bn-confirm">{strings.removeConfirm}</span>
            <button type="button" className="bn-danger" onClick={() => onDelete(entry.address)} data-testid="bn-delete-yes">
              {strings.removeYes}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {strings.removeNo}
            </button>
          </>
        ) : (
          <>
            {isCopyableAddress(entry.address) ? (
              <button type="button" onClick={() => copy('address', entry.address)} data-testid="bn-copy-address">
                {copyLabel('address', strings.copyAddress)}
              </button>
            ) : null}
            {flagged && (
              <button type="button" onClick={() => onUnflag(entry.address)} data-testid="bn-unflag">
                {entry.state === 'hard' ? strings.unflag : strings.resetRun}
              </button>
            )}
            <button type="button" onClick={() => setConfirming(true)} data-testid="bn-delete">
              {strings.remove}
            </button>
          </>
        )}
        <span className="bn-visually-hidden" role="status">
          {copied?.ok ? strings.copied : ''}
        </span>
      </div>
    </div>
  );
}

export function TrackedList({ recipients, maxHeight, ...rowProps }: TrackedListProps) {
  const renderRow = (entry: TrackedRecipient) => <TrackedRow entry={entry} {...rowProps} />;
  return (
    <VirtualList
      items={recipients}
      estimateHeight={estimateHeight}
      maxHeight={maxHeight}
      getKey={keyOf}
      renderRow={renderRow}
      label={rowProps.strings.listLabel}
      testId="bn-tracked-list"
    />
  );
}
