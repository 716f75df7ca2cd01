import type { Explanation } from '@/lib/explain/types';
import { CopyButton } from './CopyButton';
import type { SidebarText } from './sidebar-text';

/** Who acts, the numbered steps, resending, the notes and a message to forward: the parts of an Explanation after its title. */
export function ExplanationBody({ explanation, text }: { explanation: Explanation; text: SidebarText }) {
  return (
    <>
      {explanation.actorText ? (
        <dl className="bn-facts">
          <dt>{text.actor}</dt>
          <dd data-testid="bn-actor">{explanation.actorText}</dd>
        </dl>
      ) : null}
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
          <span className="bn-label bn-label-colon">{text.resend}</span>
          {explanation.resend}
        </p>
      ) : null}
      {explanation.notes && explanation.notes.length > 0 ? (
        <ul className="bn-notes" aria-label={text.notes} data-testid="bn-notes">
          {explanation.notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      ) : null}
      {explanation.adminMessage ? (
        <details className="bn-forward">
          <summary>{text.adminMessage}</summary>
          <p className="bn-forward-text" data-testid="bn-admin-message">
            {explanation.adminMessage}
          </p>
          <CopyButton text={explanation.adminMessage} label={text.copyMessage} ariaLabel={text.copyMessageLabel} words={text} testId="bn-copy-message" />
        </details>
      ) : null}
    </>
  );
}
