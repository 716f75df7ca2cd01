import type { ReportViewModel } from '@/lib/content/sidebar-model';
import { RecipientCard } from './RecipientCard';
import { sidebarText } from './sidebar-text';
import { TechnicalDetails } from './TechnicalDetails';

/** The headline for a report, by kind (and, for bounces, by the worst severity). */
function headlineOf(view: ReportViewModel): string {
  const text = sidebarText[view.lang];
  if (view.kind === 'bounce') return view.tone === 'hard' ? text.headline['bounce-hard'] : text.headline['bounce-soft'];
  return text.headline[view.kind];
}

function leadOf(view: ReportViewModel): string {
  const text = sidebarText[view.lang];
  switch (view.kind) {
    case 'bounce':
      return text.recipientCount(view.hardCount, view.softCount);
    case 'unparsed':
      return view.cause ? text.unparsedCause[view.cause] : '';
    default:
      return text.lead[view.kind];
  }
}

/**
 * The explanation of one report: verdict, each failed recipient, and why. Shared by the sidebar
 * and the options page's "analyse a mail by hand". Everything from the mail is rendered as text.
 */
export function ReportView({ view }: { view: ReportViewModel }) {
  const text = sidebarText[view.lang];
  return (
    <div className="bn-report" data-testid="bn-report" data-kind={view.kind} data-tone={view.tone}>
      <div className={`bn-verdict bn-tone-${view.tone}`} data-testid="bn-verdict">
        <p className={`bn-badge bn-badge-${view.tone}`} data-testid="bn-badge">
          {text.toneBadge[view.tone]}
        </p>
        <h3 className="bn-headline" data-testid="bn-headline">
          {headlineOf(view)}
        </h3>
        <p className="bn-lead" data-testid="bn-lead">
          {leadOf(view)}
        </p>
      </div>
      {view.recipients.length > 0 ? (
        <ul className="bn-recipients" aria-label={text.recipientCount(view.hardCount, view.softCount)}>
          {view.recipients.map((recipient) => (
            <RecipientCard key={recipient.address} recipient={recipient} text={text} />
          ))}
        </ul>
      ) : null}
      <TechnicalDetails view={view} text={text} />
    </div>
  );
}
