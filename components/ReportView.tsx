import type { ReportViewModel } from '@/lib/content/sidebar-model';
import { ExplanationBody } from './ExplanationBody';
import { RecipientCard } from './RecipientCard';
import { sidebarText } from './sidebar-text';
import { TechnicalDetails } from './TechnicalDetails';

/**
 * The explanation of one report: the verdict, each failed recipient, and why. Shared by the
 * sidebar and the options page's "analyse a mail by hand". Everything from the mail is text.
 */
export function ReportView({ view }: { view: ReportViewModel }) {
  const text = sidebarText[view.lang];
  const { summary } = view;
  const counts = text.recipientCount(view.hardCount, view.softCount);
  return (
    <div className="bn-report" data-testid="bn-report" data-kind={view.kind} data-tone={view.tone}>
      <div className={`bn-verdict bn-tone-${view.tone}`} data-testid="bn-verdict">
        <p className="bn-badge-row">
          <span className={`bn-badge bn-badge-${view.tone}`} data-testid="bn-badge">
            {text.toneBadge[view.tone]}
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
      </div>
      {view.recipients.length > 0 ? (
        <ul className="bn-recipients" aria-label={counts}>
          {view.recipients.map((recipient) => (
            <RecipientCard key={recipient.address} recipient={recipient} text={text} />
          ))}
        </ul>
      ) : (
        <div className="bn-summary-body">
          <ExplanationBody explanation={summary} text={text} />
        </div>
      )}
      <TechnicalDetails view={view} text={text} />
    </div>
  );
}
