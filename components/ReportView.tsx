import type { ReportViewModel } from '@/lib/content/sidebar-model';
import { ExplanationBody } from './ExplanationBody';
import { RecipientCard, type ResendContext } from './RecipientCard';
import { originalSubjectOf } from '@/lib/webmail/compose';
import { sidebarText } from './sidebar-text';
import { TechnicalDetails } from './TechnicalDetails';
import { TrackingNote } from './TrackingNote';

/**
 * The explanation of one report: the verdict, each failed recipient, and why. Shared by the
 * sidebar and the options page's "analyse a mail by hand". Everything from the mail is text.
 * `account` (the webmail page's) enables "resend to the corrected address"; the options page has none.
 */
export function ReportView({ view, account }: { view: ReportViewModel; account?: string }) {
  const text = sidebarText[view.lang];
  const { summary } = view;
  const counts = text.recipientCount(view.hardCount, view.softCount, view.pendingCount);
  // A bounce's badge is its recipients' verdict, in the chips' words (lib/explain/story.ts verdictOf).
  const badge =
    view.kind === 'delayed' ? text.pendingBadge : (view.verdictLabel ?? text.toneBadge[view.tone === 'info' ? 'info' : 'unknown']);
  // The report's own advice stands for all recipients when none has its own: no recipient at
  // all (not a bounce, unreadable), or all of them still being retried (a delay warning).
  const summaryBody = view.recipients.length === 0 || view.pendingCount > 0;
  // What a resend draft carries: the original's subject (else the one inside the bounce's
  // "Undeliverable: …" subject), and its text when it came back.
  const resend: ResendContext | undefined = account
    ? {
        account,
        subject: view.original?.subject || originalSubjectOf(view.notice?.subject ?? ''),
        originalText: view.original?.text ?? '',
        attachments: view.original?.attachments.length ?? 0,
      }
    : undefined;
  return (
    <div className="bn-report" data-testid="bn-report" data-kind={view.kind} data-tone={view.tone} lang={view.lang}>
      <div className={`bn-verdict bn-tone-${view.tone}`} data-testid="bn-verdict">
        <p className="bn-badge-row">
          <span className={`bn-badge bn-badge-${view.tone}`} data-testid="bn-badge">
            {badge}
          </span>
          {counts ? (
            <span className="bn-counts" data-testid="bn-counts">
              {counts}
            </span>
          ) : null}
        </p>
        <h3 className="bn-headline" data-testid="bn-headline">
          {summary.title}
        </h3>
        <p className="bn-lead" data-testid="bn-lead">
          {summary.whatHappened}
        </p>
        {view.send ? (
          <div className="bn-send" data-testid="bn-send-glance">
            <p className="bn-send-headline" data-testid="bn-send-headline">
              {view.send.headline}
            </p>
            <p className="bn-send-line">{view.send.failedLine}</p>
            <p className="bn-send-line" data-testid="bn-send-others">
              {view.send.othersLine}
            </p>
            <p className="bn-send-caveat">{view.send.caveat}</p>
          </div>
        ) : null}
      </div>
      {view.tracking ? <TrackingNote tracking={view.tracking} words={text.tracking} /> : null}
      {summaryBody ? (
        <div className="bn-summary-body">
          <ExplanationBody explanation={summary} text={text} />
        </div>
      ) : null}
      {view.recipients.length > 0 ? (
        <ul className="bn-recipients" aria-label={counts}>
          {view.recipients.map((recipient) => (
            <RecipientCard key={recipient.address} recipient={recipient} text={text} resend={resend} />
          ))}
        </ul>
      ) : null}
      <TechnicalDetails view={view} text={text} />
    </div>
  );
}
