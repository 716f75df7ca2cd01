import type { BounceReport } from '@/lib/bounce/types';

/** FOUNDATION VERSION: the verdict in one line per recipient. */
export function Sidebar({ report }: { report: BounceReport }) {
  return (
    <aside className="bn-sidebar" data-testid="bn-sidebar" aria-label="不達ナビ">
      <h2 className="bn-title">不達ナビ</h2>
      {report.kind === 'unparsed' ? (
        <p data-testid="bn-verdict">判定できませんでした（{report.cause}）</p>
      ) : report.kind === 'not-bounce' ? (
        <p data-testid="bn-verdict">エラーメールではありません。</p>
      ) : (
        <ul data-testid="bn-verdict">
          {report.recipients.map((r) => (
            <li key={r.recipient}>
              {r.recipient}: {r.reason} ({r.severity === 'hard' ? 'ハードバウンス' : 'ソフトバウンス'})
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
