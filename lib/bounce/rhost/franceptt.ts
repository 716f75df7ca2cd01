import type { ReasonId } from '../reasons/taxonomy';
import { matchByReason, type PhrasesByReason, type Rhost } from './types';

/**
 * Orange, Wanadoo and La Poste (Sisimai rhost/franceptt behaviour). Their replies end with an
 * error number ("OFR_416 [416]", "LPN007_416", "OFR005_505 [505]") that alone says what
 * happened; the French/English text around it is the same for many causes ("Service refusé").
 * A number missing from the list says nothing, so the verdict is then "undefined".
 */
const orangeCodes: Readonly<Record<string, ReasonId>> = {
  // Sisimai Rhost/FrancePTT.pm error codes
  '101': 'blocked',
  '102': 'blocked',
  '103': 'blocked', // IP reputation: service refused, try later
  '104': 'ratelimited', // too many connections
  '305': 'securityerror', // authentification invalide
  '401': 'authfailure', // SPF/DNS of the sender's domain
  '402': 'securityerror', // authentification requise
  '403': 'rejected',
  '405': 'rejected',
  '415': 'rejected',
  '416': 'userunknown', // adresse destinataire invalide
  '417': 'mailboxfull', // boîte du destinataire pleine
  '420': 'suspend', // boîte archivée
  '421': 'rejected',
  '426': 'suspend',
  '505': 'systemerror',
  '506': 'spamdetected', // mail rejeté, mail rejected
  '510': 'blocked',
  '514': 'emailtoolarge',
  '517': 'authfailure',
  '630': 'policyviolation',
  '999': 'blocked',
  // Ours: "Adresse d au moins un destinataire invalide. Invalid recipient. 418" (Sisimai
  // Reason/UserUnknown.pm pairs read it so; its FrancePTT.pm table lacks the number)
  '418': 'userunknown',
  '425': 'rejected',
};

/** Orange's wordings without a number (Sisimai Rhost/FrancePTT.pm). */
const orangeReplies: PhrasesByReason = [['authfailure', ['spf/dns de votre nom de domaine']]];

export const franceptt: Rhost = {
  id: 'franceptt',
  hosts: ['.laposte.net', '.orange.fr', '.wanadoo.fr'],
  domains: ['laposte.net', 'orange.fr', 'wanadoo.fr'],
  decide(facts) {
    // "OFR_416", "LPN007_510", "OFR004-201", "OUK_513", or the bare "[416]" Orange appends
    const code = /\b(?:lpnaaa|lpn|ofr|ouk)(?:_|\d{3}[-_])(\d{3})\b|\[(\d{3})\]/.exec(facts.diagnosis);
    const number = code?.[1] ?? code?.[2];
    if (!number) return matchByReason(facts.diagnosis, orangeReplies);
    return { reason: orangeCodes[number] ?? 'undefined', matched: code?.[0] ?? number };
  },
};
