import type { ReasonId } from '../reasons/taxonomy';
import type { Rhost } from './types';

/**
 * Orange, Wanadoo and La Poste (Sisimai rhost/franceptt behaviour). Their replies end with an
 * error number ("OFR_416 [416]", "LPN007_416", "OFR005_505 [505]") that alone says what
 * happened; the French/English text around it is the same for many causes ("Service refusé").
 * A number missing from the list says nothing, so the verdict is then "undefined".
 */
const orangeCodes: Readonly<Record<string, ReasonId>> = {
  '103': 'blocked', // IP reputation: service refused, try later
  '104': 'ratelimited', // too many connections
  '305': 'securityerror', // authentification invalide
  '401': 'blocked',
  '402': 'securityerror', // authentification requise
  '403': 'rejected',
  '415': 'rejected',
  '416': 'userunknown', // adresse destinataire invalide
  '417': 'mailboxfull', // boîte du destinataire pleine
  '418': 'userunknown',
  '420': 'suspend', // boîte archivée
  '421': 'rejected',
  '425': 'rejected',
  '426': 'suspend',
  '505': 'systemerror',
  '506': 'spamdetected', // mail rejeté, mail rejected
  '510': 'blocked',
  '514': 'emailtoolarge',
};

export const franceptt: Rhost = {
  id: 'franceptt',
  hosts: ['.laposte.net', '.orange.fr', '.wanadoo.fr'],
  domains: ['laposte.net', 'orange.fr', 'wanadoo.fr'],
  decide(facts) {
    const code = /\b(?:ofr|lpn)\d*_(\d{3})\b|\[(\d{3})\]/.exec(facts.diagnosis);
    const number = code?.[1] ?? code?.[2];
    if (!number) return undefined;
    return { reason: orangeCodes[number] ?? 'undefined', matched: code?.[0] ?? number };
  },
};
