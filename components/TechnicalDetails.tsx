import type { ReportViewModel } from '@/lib/content/sidebar-model';
import { formatBytes } from '@/lib/content/sidebar-model';
import type { SidebarText } from './sidebar-text';

function Row({ label, value, testId }: { label: string; value: string | undefined; testId?: string }) {
  if (!value) return null;
  return (
    <div className="bn-row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/** "Why we think so": how the mail was read, the codes, the server, its words, the evidence. */
export function TechnicalDetails({ view, text }: { view: ReportViewModel; text: SidebarText }) {
  const { details, original } = view;
  const source = details.source;
  return (
    <details className="bn-why" data-testid="bn-why">
      <summary>{text.why}</summary>
      <p className="bn-read-from" data-testid="bn-read-from">
        {text.readFrom[details.input]}
        {details.input === 'raw' && source?.route ? text.rawRoute(text.routeName[source.route]) : ''}
      </p>
      {source && source.failures.length > 0 ? (
        <div className="bn-failures">
          <p className="bn-label">{text.retrievalFailure}</p>
          <ul data-testid="bn-retrieval-failures">
            {source.failures.map((failure, index) => (
              <li key={index}>
                {text.retrievalFailureItem(
                  text.routeName[failure.route],
                  `${text.failureCause[failure.cause] ?? failure.cause}${failure.detail ? ` (${failure.detail})` : ''}`,
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.causeDetail ? (
        <dl className="bn-table">
          <Row label={text.technicalDetail} value={view.causeDetail} testId="bn-cause-detail" />
        </dl>
      ) : null}
      {details.decoder ? (
        <dl className="bn-table">
          <Row label={text.decoder} value={details.decoderName || details.decoder} testId="bn-decoder" />
        </dl>
      ) : null}
      {details.rows.map((row) => (
        <dl className="bn-table" key={row.address} data-testid="bn-technical-row">
          {details.rows.length > 1 ? <Row label={text.recipient} value={row.address} /> : null}
          <Row label={text.status} value={row.status} testId="bn-status" />
          <Row label={text.replyCode} value={row.replyCode} testId="bn-reply-code" />
          <Row label={text.remoteMta} value={row.remoteMta} />
          <Row label={text.command} value={row.command} />
          <Row label={text.diagnostic} value={row.diagnosticCode} />
          <div className="bn-row">
            <dt>{text.evidence}</dt>
            <dd data-testid="bn-evidence">
              {row.why.decidedBy ? <span className="bn-evidence-by">{row.why.decidedBy}</span> : null}
              <span className="bn-evidence-rule">{row.why.rule}</span>
              {/* The classifier's own id: for a bug report, not for reading. */}
              <code className="bn-rule-id" title={text.ruleIdTitle} data-testid="bn-rule-id">
                {row.why.ruleId}
              </code>
            </dd>
          </div>
        </dl>
      ))}
      {original ? (
        <section className="bn-original" aria-label={text.original}>
          <h5 className="bn-subhead">{text.original}</h5>
          <dl className="bn-table" data-testid="bn-original">
            <Row label={text.subject} value={original.subject} testId="bn-original-subject" />
            <Row label={text.date} value={original.date} />
            <Row label={text.size} value={original.size === undefined ? undefined : formatBytes(original.size)} />
            <Row
              label={text.attachments}
              value={
                original.attachments.length === 0
                  ? text.none
                  : original.attachments
                      .map((a) => (a.size === undefined ? a.filename : `${a.filename} (${formatBytes(a.size)})`))
                      .join(', ')
              }
            />
          </dl>
          {original.truncated ? <p className="bn-note">{text.truncated}</p> : null}
        </section>
      ) : null}
    </details>
  );
}
