import type { TrackingView } from '@/lib/content/sidebar-model';
import { MAX_RECIPIENTS_PER_BOUNCE } from '@/lib/tracker/model';
import type { TrackingWords } from './sidebar-text';

/**
 * What the tracker did with this bounce, said plainly: a bounce of someone else's mail (forged
 * or misdirected) is explained as such and recorded nowhere; an unverified one, a capped one and
 * a refused write each get their sentence. Nothing when the bounce was simply recorded.
 */
export function TrackingNote({ tracking, words }: { tracking: TrackingView; words: TrackingWords }) {
  if (tracking.ownership === 'not-ours') {
    return (
      <div className="bn-tracking bn-tracking-not-ours" role="note" data-testid="bn-not-ours">
        <h4 className="bn-subhead">{words.notOursTitle}</h4>
        {words.notOursBody.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
    );
  }
  const lines = [
    tracking.refused ? words.refused[tracking.refused] : '',
    !tracking.refused && tracking.ownership === 'unknown' ? words.unverified : '',
    !tracking.refused && tracking.skipped > 0 ? words.skipped(tracking.skipped, MAX_RECIPIENTS_PER_BOUNCE) : '',
  ].filter(Boolean);
  if (lines.length === 0) return null;
  return (
    <div className="bn-tracking" role="note" data-testid="bn-tracking" data-ownership={tracking.ownership} data-refused={tracking.refused ?? ''}>
      {lines.map((line) => (
        <p key={line} className="bn-note">
          {line}
        </p>
      ))}
    </div>
  );
}
