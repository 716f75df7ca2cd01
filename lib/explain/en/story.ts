import type { TrackerEffect, Verdict } from '../story';
import type { ReasonText } from '../types';

/** The story texts beyond the reasons' own (lib/explain/story.ts). */
export const enStoryTexts = {
  'mistyped-domain': (f) => {
    const from = f.suggestion?.domain?.from ?? f.domain;
    const to = f.suggestion?.domain?.to ?? '';
    const suggested = f.suggestion?.suggested ?? '';
    return {
      title: 'The part after @ (the domain) is mistyped',
      whatHappened: f.nonexistentDomain
        ? `The recipient's domain "${from}" does not exist on the internet.${to ? ` It is most likely a typo for "${to}".` : ''} Waiting will not deliver it.`
        : `The recipient's domain "${from}" is most likely a typo${to ? ` for "${to}"` : ''}. Mail to the address as written will not arrive.`,
      actor: 'you',
      severity: 'hard',
      steps: [
        suggested
          ? `The address you probably meant is "${suggested}". Check it against a business card or a mail from them.`
          : 'Check the part after @ against a business card or a mail from them.',
        'Correct the recipient and send the mail again.',
        'If your address book or the autocomplete list keeps the wrong address, fix or delete it.',
      ],
      resend: 'Resending to the same address will not work. Send it to the corrected address.',
      verdict: 'This address will not receive mail. The corrected address will.',
    };
  },
} satisfies Record<'mistyped-domain', ReasonText>;

export const enStoryLabels: Record<'mistyped-domain', string> = {
  'mistyped-domain': 'Mistyped part after the @',
};

/** The top of the sidebar, in the chips' words (labels.ts enSeverityLabels). */
export const enVerdictLabels: Record<Verdict, string> = {
  hard: 'Fails until fixed (hard bounce)',
  soft: 'Works once the cause is fixed (soft bounce)',
  mixed: 'Differs by recipient',
};

/** A 4xx code on a failed recipient: the sending server has stopped, nobody retries it. */
export const EN_GAVE_UP_NOTE =
  'A code starting with 4 means a temporary error, but your mail server has already stopped retrying and sent this notice. This mail will not be sent again by itself.';

/** The tracker's treatment of this recipient, as the card's last note. */
export const enTrackerNotes: Record<TrackerEffect, (softBounceLimit: number) => string> = {
  flag: () => 'A hard bounce: this address is recorded as undeliverable until it is corrected.',
  count: (limit) => `Recorded as a soft bounce (it arrives once the cause is fixed). After ${limit} failures in a row, the address is recorded as undeliverable.`,
  sender: () =>
    "This error is not about the recipient's address, so it does not count against it. Since it can hit other recipients too, Bounce Navi's toolbar button shows it as a warning about your sending.",
  none: () => "The cause is this mail (its size, format or content), not the address. It does not count against this address.",
};
