import { REASON_CONCERNS } from '@/lib/bounce/reasons/concerns';
import { REASON_IDS, type ReasonId } from '@/lib/bounce/reasons/taxonomy';
import type { RecipientResult } from '@/lib/bounce/types';
import { storyOf, type RecipientStory, type StoryInput } from './story';

/**
 * The grid of evidence every reason is checked against (tests/explain/story.test.ts) and the
 * decision table docs/explanations-decisions.md is written from: the code class (a 4xx either
 * still retried or given up on: Action delayed or failed), a mistyped
 * domain, a domain that does not exist, a block list named, a mobile carrier. Addresses and
 * words are fixtures (example.co.jp, a docomo.ne.jo typo, 192.0.2.x).
 */
export interface EvidenceCase {
  /** A short name for the column "evidence". */
  name: string;
  codeClass: '4' | '5';
  /** RFC 3464 Action: 'failed' (final), or 'delayed' (the sending server still retries a 4xx). */
  action: 'failed' | 'delayed';
  typo: boolean;
  nxdomain: boolean;
  blocklist: boolean;
  carrier: boolean;
}

export const EVIDENCE_CASES: readonly EvidenceCase[] = (() => {
  const cases: EvidenceCase[] = [];
  const codes = [
    { codeClass: '5', action: 'failed', label: '5xx' },
    { codeClass: '4', action: 'delayed', label: '4xx retrying' },
    { codeClass: '4', action: 'failed', label: '4xx given up' },
  ] as const;
  for (const { codeClass, action, label } of codes)
    for (const typo of [false, true])
      for (const nxdomain of [false, true])
        for (const blocklist of [false, true])
          for (const carrier of [false, true]) {
            if (typo && carrier) continue; // a mistyped carrier domain is the typo case (docomo.ne.jo)
            const name = [
              label,
              typo ? 'typo' : '',
              nxdomain ? 'NXDOMAIN' : '',
              blocklist ? 'block list' : '',
              carrier ? 'carrier' : '',
            ].filter(Boolean).join(' + ');
            cases.push({ name, codeClass, action, typo, nxdomain, blocklist, carrier });
          }
  return cases;
})();

/** A recipient of `reason` with the evidence of one case, as the classifier would report it. */
export function caseInput(reason: ReasonId, evidence: EvidenceCase): StoryInput & Pick<RecipientResult, 'recipient'> {
  const domain = evidence.typo ? 'docomo.ne.jo' : evidence.carrier ? 'docomo.ne.jp' : 'example.co.jp';
  const status = `${evidence.codeClass}.0.0`;
  const words = [
    evidence.nxdomain ? `DNS Error: DNS type 'mx' lookup of ${domain} responded with code NXDOMAIN Domain name not found: ${domain}` : '',
    evidence.blocklist ? 'Client host [192.0.2.10] blocked using zen.spamhaus.org' : '',
  ].filter(Boolean);
  return {
    recipient: `taro@${domain}`,
    reason,
    action: evidence.action,
    status,
    replyCode: evidence.nxdomain ? '' : `${evidence.codeClass}50`,
    diagnosticCode: words.length > 0 ? words.join('; ') : `${evidence.codeClass}50 ${status} refused`,
  };
}

export interface DecisionRow {
  reason: ReasonId;
  evidence: string;
  story: RecipientStory;
}

const same = (a: RecipientStory, b: RecipientStory): boolean =>
  a.text === b.text && a.severity === b.severity && a.actor === b.actor && a.tracker === b.tracker && a.sending === b.sending;

/** Per reason: the plain 5xx case, then every case whose decision differs from one already listed. */
export function decisionRows(): DecisionRow[] {
  const rows: DecisionRow[] = [];
  for (const reason of REASON_IDS) {
    const listed: RecipientStory[] = [];
    for (const evidence of EVIDENCE_CASES) {
      const story = storyOf(caseInput(reason, evidence));
      if (listed.some((seen) => same(seen, story))) continue;
      listed.push(story);
      rows.push({ reason, evidence: evidence.name, story });
    }
  }
  return rows;
}

export { REASON_CONCERNS };

const CONCERN_HEADINGS: Record<string, string> = {
  address: "The recipient's address or mailbox",
  message: 'This message',
  sender: "The sender's mail or server",
  path: 'The path between the servers',
  undecided: 'Too little to decide',
  'not-failure': 'Not a failure',
};

/**
 * docs/explanations-decisions.md, written from the same grid the tests walk (so the table is
 * what the code does): the four concerns with the reason of each entry, then per reason the
 * story for plain evidence and for every kind of evidence that changes it.
 */
export function renderDecisionsDoc(): string {
  const out: string[] = [
    '# One story per recipient: the decision table',
    '',
    'Generated from `lib/explain/story.ts` and `lib/bounce/reasons/concerns.ts` (`npm run docs:explanations`); do not edit by hand.',
    'The sidebar card (headline, cause, steps, who acts, the verdict chip), the report summary, the popup row and the tracker all',
    'read the one story `storyOf()` decides. Sisimai\'s reason stays on the report as it is (the CLI and `npm run eval` compare it',
    'with Sisimai); docs/classifier.md says where the tracker departs from it.',
    '',
    '## The four concerns (and two that are neither)',
    '',
    'Only address and path (and undecided) soft bounces count toward the soft-to-hard run. A message-side bounce never flags an',
    'address; a sender-side bounce never counts against the recipient and feeds the "your sending" warning (popup and badge).',
    '',
  ];
  for (const concern of Object.keys(CONCERN_HEADINGS)) {
    out.push(`### ${concern}: ${CONCERN_HEADINGS[concern] ?? concern}`, '', '| reason | why |', '|---|---|');
    for (const reason of REASON_IDS) {
      const entry = REASON_CONCERNS[reason];
      if (entry.concern === concern) out.push(`| ${reason} | ${entry.why} |`);
    }
    out.push('');
  }
  out.push(
    '## Where the evidence overrides the reason',
    '',
    '- **mistyped-domain**: a likely domain correction was found (lib/typo, behind its gate) and the domain does not exist',
    '  (NXDOMAIN, "Host or domain name not found", X.1.2, 5.4.310) or the reason is about the address: told as the mistyped',
    '  domain, hard, the user acts, resend to the corrected address; the tracker flags it undeliverable, whatever Sisimai said',
    "  (Gmail's NXDOMAIN under 4.0.0 is networkerror in Sisimai). Never headlined as the part before @.",
    '- **nonexistent-domain**: the domain does not exist but no correction was found, under a path or undecided reason: told as',
    "  the domain (hostunknown's text), the user checks it; Sisimai's severity kept (a 4.x.x NXDOMAIN may be a broken zone), so",
    '  the soft run flags it if it lasts.',
    "- **carrier-filter**: a Japanese carrier refused after DATA (Sisimai: rejected; docomo's \"550 Unknown user\"): the",
    "  recipient's reception setting, the recipient acts, counted like filtered.",
    '- **blocklisted**: a spam rejection that names a block list (Spamhaus, ...) is about the sender\'s IP: sender-side.',
    '- Sender- and message-side reasons are never re-told as the recipient\'s domain: "Sender address rejected: Domain not',
    "  found\" is the user's own domain (Postfix reject_unknown_sender_domain).",
    '- Who acts follows the code class for networkerror, systemerror and ratelimited: nobody while the sending server still',
    '  retries (4xx, Action delayed), the user (send again later) after a final failure: a 5xx, or a 4xx the server gave up on',
    '  (Action failed: Gmail\'s NXDOMAIN after its retries, a queue lifetime run out). The steps say the same, and a card for a',
    '  given-up 4xx says first that the server stopped and nothing retries the mail any more.',
    "- **policyviolation** is sender-side for the tracker (an organisation's rule or a refused attachment says nothing about the",
    "  address, so it is never counted against it) and feeds the warning as `policy` (the same organisation), but the card tells",
    "  it as the recipient organisation's rule: the recipient's administrator acts, and the user first tries without the",
    '  attachment or with a sharing link (its common cases: Gmail 552 5.7.0 "illegal attachment" / "potential security issue",',
    '  Microsoft 5.7.x "Delivery not authorized", Mimecast and Cox attachment or anti-spoofing rules; more and more',
    '  organisations refuse password-protected ZIP and program files).',
    '',
    '## Per reason',
    '',
    'The first row of each reason is plain evidence (5xx); further rows are the evidence that changes the decision.',
    'Evidence: the code class (5xx; 4xx retrying: the sending server still retries, Action delayed; 4xx given up: Action failed,',
    'nobody retries any more), typo (a domain correction found), NXDOMAIN, block list (named in the diagnostic), carrier.',
    '',
    '| reason | evidence | told as | verdict | who acts | tracker | your sending |',
    '|---|---|---|---|---|---|---|',
  );
  for (const row of decisionRows()) {
    const s = row.story;
    out.push(`| ${row.reason} | ${row.evidence} | ${s.text} | ${s.severity ?? '—'} | ${s.actor} | ${s.tracker} | ${s.sending ?? ''} |`);
  }
  out.push('');
  return out.join('\n');
}
