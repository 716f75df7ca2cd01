import type { StoreProblem } from '@/lib/tracker/storage';

export interface StoreProblemWords {
  title: string;
  problem: Record<StoreProblem['state'], string>;
  exportRaw: string;
}

/**
 * Says that the stored list cannot be written (a newer version wrote it, or it is damaged), that
 * it is kept as it is, and offers it for download as stored. The popup and the options page show it.
 */
export function StoreProblemNotice({ problem, words, onExport }: { problem: StoreProblem; words: StoreProblemWords; onExport: () => void }) {
  return (
    <div className="bn-warning" role="alert" data-testid="bn-store-problem" data-problem={problem.state}>
      <p>
        <strong>{words.title}</strong>
      </p>
      <p>{words.problem[problem.state]}</p>
      <button type="button" onClick={onExport} data-testid="bn-export-raw">
        {words.exportRaw}
      </button>
    </div>
  );
}
