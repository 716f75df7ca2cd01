import type { RecipientView } from '@/lib/content/sidebar-model';
import { resendComposeUrl } from '@/lib/webmail/compose';
import { CopyButton } from './CopyButton';
import { ExplanationBody } from './ExplanationBody';
import { historyLine, type SidebarText } from './sidebar-text';

/**
 * One recipient: the cause in plain words, who acts, the steps, the server's words, a typo fix.
 * A recipient still being retried (a delay warning) has no explanation of its own: the report's
 * text above says what to do, and the card keeps the address and the server's words.
 */
/** What "resend to the corrected address" needs besides the address: where, and what to quote. */
export interface ResendContext {
  /** The webmail account the page is on (lib/webmail/compose.ts). */
  account: string;
  subject: string;
  originalText: string;
  attachments: number;
}

export function RecipientCard({ recipient, text, resend }: { recipient: RecipientView; text: SidebarText; resend?: ResendContext }) {
  const { explanation, suggestion, history } = recipient;
  // The draft: the corrected address, the original subject, its text quoted when it came back.
  const resendUrl =
    suggestion && resend
      ? resendComposeUrl(resend.account, { to: suggestion.suggested, subject: resend.subject, originalText: resend.originalText }, text.draftWords)
      : undefined;
  const tone = explanation ? recipient.severity : 'pending';
  const historyText = history ? historyLine(text.history, history) : '';
  return (
    <li className={`bn-recipient bn-tone-${tone}`} data-testid="bn-recipient" data-reason={recipient.reason} data-severity={recipient.severity}>
      <p className="bn-address" data-testid="bn-address" data-hidden-characters={recipient.addressHidden ? 'true' : undefined}>
        {recipient.address}
      </p>
      {recipient.addressHidden ? (
        <p className="bn-warning-line" role="note" data-testid="bn-hidden-address">
          {text.hiddenAddress}
        </p>
      ) : null}
      <p className="bn-reason">
        <span className={`bn-chip bn-chip-${tone}`}>{explanation ? recipient.severityLabel : text.pendingChip}</span>
        {explanation ? (
          <span className="bn-reason-label" data-testid="bn-reason-label">
            {recipient.reasonLabel}
          </span>
        ) : null}
      </p>
      {explanation ? (
        <>
          <h4 className="bn-cause-title" data-testid="bn-cause">
            {explanation.title}
          </h4>
          <p className="bn-what">{explanation.whatHappened}</p>
        </>
      ) : null}
      {suggestion ? (
        <div className="bn-typo" data-testid="bn-typo">
          <p className="bn-typo-question">{text.didYouMean}</p>
          {recipient.suggestionText ? <p className="bn-typo-why">{recipient.suggestionText}</p> : null}
          <p className="bn-typo-row">
            <code className="bn-typo-address" data-testid="bn-suggested">
              {suggestion.suggested}
            </code>
            <CopyButton text={suggestion.suggested} label={text.copy} ariaLabel={text.copyLabel(suggestion.suggested)} words={text} />
          </p>
          {resendUrl ? (
            <div className="bn-resend-row">
              {/* A plain link to the webmail's own compose page on the same origin: nothing is sent by us. */}
              <a
                className="bn-button bn-button-primary bn-resend-link"
                href={resendUrl}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={text.resendLabel(suggestion.suggested)}
                data-testid="bn-resend"
              >
                {text.resendButton}
              </a>
              <p className="bn-resend-note" data-testid="bn-resend-note">
                {text.resendNote(resend?.attachments ?? 0)}
              </p>
            </div>
          ) : null}
        </div>
      ) : null}
      {explanation ? <ExplanationBody explanation={explanation} text={text} /> : null}
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
      {historyText ? (
        <p className="bn-history" data-testid="bn-history">
          {historyText}
        </p>
      ) : null}
    </li>
  );
}
