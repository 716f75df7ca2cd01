import { createRoot } from 'react-dom/client';
import { ComposeWarning } from '@/components/ComposeWarning';
import { composeCss } from '@/components/compose-style';
import { composeText } from '@/components/compose-text';
import { SendConfirm } from '@/components/SendConfirm';
import type { ComposePanelInput, ComposeRenderer } from './compose-input';

function ComposePanel({ input }: { input: ComposePanelInput }) {
  const { place, lang, theme, confirm } = input;
  if (input.warnings.length === 0 && !confirm) return null;
  return (
    <section
      className={`bn-compose bn-theme-${theme}`}
      aria-label={composeText[lang].regionLabel}
      data-testid="bn-compose-panel"
      data-theme={theme}
      lang={lang}
      style={{ top: place.top, left: place.left, width: place.width, maxHeight: place.maxHeight }}
    >
      <style>{composeCss}</style>
      <ComposeWarning
        warnings={input.warnings}
        lang={lang}
        canReplace={input.canReplace}
        replaceFailed={input.replaceFailed}
        onDismiss={input.onDismiss}
        onReplace={input.onReplace}
      />
      {confirm ? <SendConfirm warnings={confirm.warnings} trigger={confirm.trigger} lang={lang} onBack={input.onBack} onSendAnyway={input.onSendAnyway} /> : null}
    </section>
  );
}

/** Renders the compose panel into a container of its shadow root; the content script updates and removes it. */
export function renderComposePanel(container: HTMLElement, input: ComposePanelInput): ComposeRenderer {
  const root = createRoot(container);
  const render = (next: ComposePanelInput): void => root.render(<ComposePanel input={next} />);
  render(input);
  return { update: render, unmount: () => root.unmount() };
}
