import { useEffect, useRef, useState } from 'react';
import type { SidebarText } from './sidebar-text';

/**
 * Copies text through the async clipboard API; where it is refused (an older browser, a page
 * that denies clipboard-write), through a selected textarea and execCommand('copy'), which
 * Chromium and Firefox still honour inside a user gesture.
 */
export async function copyText(text: string, host: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const doc = host.ownerDocument ?? document;
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    (host.getRootNode() instanceof ShadowRoot ? (host.getRootNode() as ShadowRoot) : doc.body).append(area);
    area.select();
    try {
      return doc.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

type CopyState = 'idle' | 'copied' | 'failed';

export interface CopyButtonProps {
  text: string;
  label: string;
  ariaLabel: string;
  /** What it says once copied, or when copying failed. */
  words: Pick<SidebarText, 'copied' | 'copyFailed'>;
  testId?: string;
}

/** A button that copies `text`, then says so in words (and to screen readers) for a moment. */
export function CopyButton({ text, label, ariaLabel, words, testId = 'bn-copy' }: CopyButtonProps) {
  const { copied: copiedLabel, copyFailed: failedLabel } = words;
  const [state, setState] = useState<CopyState>('idle');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="bn-copy">
      <button
        ref={button}
        type="button"
        className="bn-button bn-button-primary"
        aria-label={ariaLabel}
        data-testid={testId}
        onClick={() => {
          void copyText(text, button.current ?? document.body).then((ok) => setState(ok ? 'copied' : 'failed'));
        }}
      >
        {state === 'copied' ? `✓ ${copiedLabel}` : label}
      </button>
      <span className="bn-copy-status" role="status" aria-live="polite" data-testid={`${testId}-status`}>
        {state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : ''}
      </span>
    </span>
  );
}
