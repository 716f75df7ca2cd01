import { useState } from 'react';
import { copyText } from '@/components/CopyButton';
import { receptionRequest, REQUEST_CARRIERS, type RequestCarrier } from '@/lib/explain/ja/carriers';
import type { PopupStrings } from './strings';

/**
 * The silent-drop guide's 「受信設定のお願い」: pick the recipient's carrier, check your own domain
 * (the latest bounce's sender domain when known), copy the text and send it by SMS or LINE.
 */
export function CarrierRequest({ t, ownDomain }: { t: PopupStrings; ownDomain: string | undefined }) {
  const [carrier, setCarrier] = useState<RequestCarrier>('docomo');
  const [typed, setTyped] = useState<string>();
  const [copied, setCopied] = useState<boolean>();
  const domain = (typed ?? ownDomain ?? '').trim().replace(/^@/, '').toLowerCase();
  const text = receptionRequest(carrier, domain);
  return (
    <div className="bn-carrier-request" data-testid="bn-carrier-request">
      <p>{t.carrierRequest.intro}</p>
      <div className="bn-filters" role="group" aria-label={t.carrierRequest.carrierLabel}>
        {REQUEST_CARRIERS.map((id) => (
          <button
            key={id}
            type="button"
            aria-pressed={carrier === id}
            data-testid={`bn-carrier-${id}`}
            onClick={() => {
              setCarrier(id);
              setCopied(undefined);
            }}
          >
            {t.carrierRequest.carriers[id]}
          </button>
        ))}
      </div>
      <label className="bn-domain-field">
        {t.carrierRequest.domainLabel}
        <input
          type="text"
          value={typed ?? ownDomain ?? ''}
          placeholder="example.co.jp"
          onChange={(event) => {
            setTyped(event.target.value);
            setCopied(undefined);
          }}
          data-testid="bn-own-domain"
        />
      </label>
      <pre className="bn-report-text" data-testid="bn-carrier-request-text">
        {text}
      </pre>
      <button type="button" className="bn-primary" data-testid="bn-copy-carrier-request" onClick={() => void copyText(text, document.body).then(setCopied)}>
        {copied === undefined ? t.carrierRequest.copy : copied ? t.carrierRequest.copied : t.carrierRequest.copyFailed}
      </button>
    </div>
  );
}
