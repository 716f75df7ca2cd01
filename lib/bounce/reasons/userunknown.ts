import { matchPhrase } from '../text';
import { blocked } from './blocked';
import { hasmoved } from './hasmoved';
import { mailboxfull } from './mailboxfull';
import { norelaying } from './norelaying';
import { notaccept } from './notaccept';
import { rejected } from './rejected';
import type { ReasonRule } from './types';

/** The mailbox does not exist (RFC 3463 X.1.1), or the server refused the recipient at RCPT TO. */
export const userunknown: ReasonRule = {
  id: 'userunknown',
  phrases: {
    phrases: [
      // Sisimai reason/userunknown phrase index: "no such user" wordings of common MTAs
      '#5.1.1 bad address',
      '550 address invalid',
      '5.1.0 address rejected.',
      'address does not exist',
      'address not present in directory',
      'address unknown',
      "can't accept user",
      'destination addresses were unknown',
      'destination server rejected recipients',
      'email address does not exist',
      'email address could not be found',
      'invalid address',
      'invalid mailbox',
      'invalid mailbox path',
      'invalid recipient',
      'is not a known user',
      'is not a valid mailbox',
      'mailbox does not exist',
      'mailbox invalid',
      'mailbox is inactive',
      'mailbox not found',
      'mailbox not present',
      'mailbox unavailable',
      'nessun utente simile in questo indirizzo',
      'no account by that name here',
      'no existe dicha persona',
      'no existe ese usuario ',
      'no mail box available for this user',
      'no mailbox by that name is currently available',
      'no mailbox found',
      'no mailbox here by that name',
      'no such address here',
      'no such mailbox',
      'no such person at this address',
      'no such recipient',
      'no such user',
      'no thank you rejected: account unavailable',
      'no valid recipients, bye',
      'not a valid recipient',
      'not a valid user here',
      'not a local address',
      'recipient address rejected. (in reply to rcpt to command)',
      'recipient address rejected: access denied',
      'recipient address rejected: invalid user',
      'recipient address rejected: user unknown',
      'recipient address rejected: unknown user',
      'recipient address rejected: userunknown',
      'recipient does not exist',
      'recipient is not accepted',
      'recipient is not local',
      'recipient not exist',
      'recipient not found',
      'recipient not ok',
      'recipient refuses to accept your mail',
      'recipient unknown',
      'requested action not taken: mailbox unavailable',
      'resolver.adr.recipientnotfound',
      'resolver.adr.recipnotfound',
      'sorry, badrcptto',
      'sorry, user unknown',
      'sorry, your envelope recipient has been denied',
      "that domain or user isn't in my list of allowed rcpthosts",
      'the email account that you tried to reach does not exist',
      'the following recipients was undeliverable',
      "the user's email name is not found",
      'there is no one at this address',
      'this address no longer accepts mail',
      'this email address is wrong or no longer valid',
      'this recipient is in my badrecipientto list',
      'this recipient is not in my validrcptto list',
      'this spectator does not exist',
      'unknown mailbox',
      'unknown recipient',
      'unknown user',
      'user does not exist',
      'user missing home directory',
      'user not active',
      'user not exist',
      'user not found',
      'user not known',
      'user unknown',
      'utilisateur inconnu !',
      'vdeliver: invalid or unknown virtual user',
      'your envelope recipient is in my badrcptto list',
      // Apple iCloud: "inactive email address"
      'inactive email address',
      // Lotus Domino: "not listed in Domino Directory"; qmail-ldap "not listed in public name & address book"
      'not listed in domino directory',
      'not listed in public name & address book',
      // Orange/La Poste: "Invalid recipient" after the French text
      'destinataire invalide',
      // Yahoo!: "This user doesn't have a yahoo.com account"
      'address couldn\'t be found',
      // Sisimai Reason/UserUnknown.pm index and pairs
      'does not exist.',
      'is not an active address at this host',
      'mailbox is unavailable',
      'mailbox unavaiable',
      'not email addresses',
      'recipient address rejected: invalid-recipient',
      'resolver.adr.recipient notfound',
      // Sisimai Lhost/Domino.pm and Lhost/Notes.pm: "not listed in the directory" in French and Japanese
      "non répertorié dans l'annuaire domino",
      'domino ディレクトリには見つかりません',
      'ディレクトリのリストにありません',
    ],
    ordered: [
      // Sisimai reason/userunknown pairs: wordings with a variable middle
      ['<', '> not found'],
      ['<', '>... blocked by '],
      ['account ', ' does not exist at the organization'],
      ['mailbox ', 'does not exist'],
      ['no ', ' in name directory'],
      ['non', 'existent user'],
      ['rcpt <', ' does not exist'],
      ['recipient ', ' was not found in'],
      ['recipient address rejected: user ', ' does not exist'],
      ["this user doesn't have a ", ' account'],
      ['unknown e', 'mail address'],
      ['unknown local', 'part'],
      ['user ', " doesn't exist"],
      ['user ', ' does not exist'],
      ['user (', ') unknown'],
      ['user ', ' was not found'],
      ['user ', ' is not found'],
      ['user ', ' unknown'],
      ['unknown ', ' user'],
      // Sisimai Reason/UserUnknown.pm index and pairs
      ['bad', 'recipient'],
      ['mailbox ', 'unavailable or access denied'],
      ['rcpt (', 't exist '],
      ['recipient address rejected: user unknown in ', ' table'],
      ['said: 550-5.1.1 ', ' user unknown '],
      ['said: 550 5.1.1 ', ' user unknown '],
    ],
  },
  // Sisimai reason/userunknown behaviour: a status code naming a missing mailbox decides unless
  // the text says something more precise (relay, block, full, moved, sender, no MX); without
  // such a code the words count only at RCPT TO, because the same "user unknown" after DATA is
  // a content filter speaking (carriers: anchors.md §4).
  decide: (facts) => {
    if (facts.statusReason === 'suspend') return '';
    const said = facts.diagnosis;
    if (facts.statusReason === 'userunknown') {
      for (const other of [norelaying, blocked, mailboxfull, hasmoved, rejected, notaccept]) {
        if (matchPhrase(said, other.phrases)) return '';
      }
      return facts.status;
    }
    if (facts.command === 'RCPT') return matchPhrase(said, userunknown.phrases);
    return '';
  },
};
