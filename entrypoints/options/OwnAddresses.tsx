import { useState } from 'react';
import { showAddress } from '@/lib/address/visible';
import { askBackground } from '@/lib/messaging/client';
import { addressList, MAX_SENDING_ADDRESSES, type Settings } from '@/lib/tracker/settings';
import type { OptionsStrings } from './strings';

/**
 * The user's own sending addresses: the aliases they list, and the webmail accounts the sidebar
 * has seen (learned). A bounce whose returned original was sent from none of them is explained
 * as a forged or misdirected bounce and not recorded (lib/tracker/ownership.ts).
 */
export function OwnAddresses({ settings, t }: { settings: Settings; t: OptionsStrings }) {
  const [draft, setDraft] = useState(settings.sendingAddresses.join('\n'));
  const [status, setStatus] = useState<'saved' | 'failed'>();

  const save = (patch: Partial<Settings>): void => {
    setStatus(undefined);
    askBackground({ type: 'update-settings', settings: patch }).then(
      (saved) => {
        setDraft(saved.sendingAddresses.join('\n'));
        setStatus('saved');
      },
      () => setStatus('failed'),
    );
  };
  const lines = draft.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const valid = addressList(lines, MAX_SENDING_ADDRESSES);

  return (
    <section className="bn-card" aria-labelledby="bn-own-title" data-testid="bn-own-addresses">
      <h2 id="bn-own-title">{t.ownTitle}</h2>
      <p className="bn-help">{t.ownHelp}</p>
      <label className="bn-field">
        <span>{t.ownAliasesLabel}</span>
        <textarea
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          rows={3}
          spellCheck={false}
          placeholder="sales@example.co.jp"
          data-testid="bn-aliases"
        />
      </label>
      {lines.length > valid.length ? <p className="bn-help">{t.ownIgnored(lines.length - valid.length)}</p> : null}
      <div className="bn-row-buttons">
        <button type="button" onClick={() => save({ sendingAddresses: valid })} data-testid="bn-aliases-save">
          {t.ownSave}
        </button>
      </div>
      <h3>{t.ownSeenTitle}</h3>
      {settings.seenAccounts.length === 0 ? (
        <p className="bn-help">{t.ownSeenNone}</p>
      ) : (
        <ul className="bn-seen-accounts" data-testid="bn-seen-accounts">
          {settings.seenAccounts.map((account) => (
            <li key={account}>
              <code>{showAddress(account).text}</code>{' '}
              <button
                type="button"
                onClick={() => save({ seenAccounts: settings.seenAccounts.filter((known) => known !== account) })}
                aria-label={t.ownForgetLabel(account)}
              >
                {t.ownForget}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="bn-status" role="status" data-testid="bn-own-status">
        {status === 'saved' ? t.saved : status === 'failed' ? t.failed : ''}
      </p>
    </section>
  );
}
