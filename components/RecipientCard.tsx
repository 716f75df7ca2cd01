import type { RecipientView } from '@/lib/content/sidebar-model';
import { CopyButton } from './CopyButton';
import { ExplanationBody } from './ExplanationBody';
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
          {recipient.suggestionText ? <p className="bn-typo-why">{recipient.suggestionText}</p> : null}
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
      <ExplanationBody explanation={explanation} text={text} />
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
