import type { RecipientView } from '@/lib/content/sidebar-model';
import { CopyButton } from './CopyButton';
import type { SidebarText } from './sidebar-text';

/** One failed recipient: the cause in plain words, who acts, the steps, the server's words, a typo fix. */
export function RecipientCard({ recipient, text }: { recipient: RecipientView; text: SidebarText }) {
  const { explanation, suggestion, history } = recipient;
  return (
    <li className={`bn-recipient bn-tone-${recipient.severity}`} data-testid="bn-recipient" data-reason={recipient.reason} data-severity={recipient.severity}>
      <p className="bn-address" data-testid="bn-address">
        {recipient.address}
      </p>
      <p className="bn-reason">
        <span className={`bn-chip bn-chip-${recipient.severity}`}>{recipient.severityLabel}</span>
        <span className="bn-reason-label" data-testid="bn-reason-label">
          {recipient.reasonLabel}
        </span>
      </p>
      <h4 className="bn-cause-title" data-testid="bn-cause">
        {explanation.title}
      </h4>
      <p className="bn-what">{explanation.whatHappened}</p>
      {suggestion ? (
        <div className="bn-typo" data-testid="bn-typo">
          <p className="bn-typo-question">{text.didYouMean}</p>
          <p className="bn-typo-row">
            <code className="bn-typo-address" data-testid="bn-suggested">
              {suggestion.suggested}
            </code>
            <CopyButton
              text={suggestion.suggested}
              label={text.copy}
              ariaLabel={text.copyLabel(suggestion.suggested)}
              copiedLabel={text.copied}
              failedLabel={text.copyFailed}
            />
          </p>
        </div>
      ) : null}
      <dl className="bn-facts">
        <dt>{text.actor}</dt>
        <dd data-testid="bn-actor">{explanation.actorText}</dd>
      </dl>
      {explanation.steps.length > 0 ? (
        <>
          <h5 className="bn-subhead">{text.steps}</h5>
          <ol className="bn-steps" data-testid="bn-steps">
            {explanation.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </>
      ) : null}
      {explanation.resend ? (
        <p className="bn-resend">
          <span className="bn-label">{text.resend}：</span>
          {explanation.resend}
        </p>
      ) : null}
      {recipient.decisiveText ? (
        <div className="bn-decisive">
          <h5 className="bn-subhead">{text.decisive}</h5>
          <blockquote className="bn-quote" lang="en" data-testid="bn-decisive">
            {recipient.decisiveText}
          </blockquote>
          {recipient.glossary.length > 0 ? (
            <dl className="bn-glossary" data-testid="bn-glossary" aria-label={text.glossary}>
              {recipient.glossary.map((match) => (
                <div key={match.term} className="bn-gloss">
                  <dt lang="en">{match.matched}</dt>
                  <dd>{match.meaning}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </div>
      ) : null}
      {history ? (
        <p className="bn-history" data-testid="bn-history">
          {text.history(history.state, history.totalBounces, history.softRun)}
        </p>
      ) : null}
    </li>
  );
}
