import type { ReasonRule } from './types';

/** A security rejection without a more precise cause (authentication, TLS, X.7.x in general). */
export const securityerror: ReasonRule = {
  id: 'securityerror',
  phrases: {
    phrases: [
      // Sisimai reason/securityerror phrase index
      'account not subscribed to ses',
      'authentication credentials invalid',
      'authentication failure',
      'authentication required',
      'authentication turned on in your email client',
      'executable files are not allowed in compressed files',
      "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts",
      'tls required but not supported',
      'unauthenticated senders not allowed',
      'user unknown, authentication required',
      'verification failure',
      'you are not authorized to send mail, authentication is required',
      'authentication is required',
      'turn on smtp authentication',
      // Sisimai Lhost/Exchange2007.pm (RESOLVER.RST.AuthRequired), Lhost/OpenSMTPD.pm
      'resolver.rst.authrequired',
      'could not retrieve credentials',
    ],
    ordered: [
      ['authentication failed; server ', ' said: '],
      ['authentification invalide', '305'],
      ['authentification requise', '402'],
      ['domain ', ' is a dead domain'],
      ['user ', ' is not authorized to perform ses:sendrawemail on resource'],
    ],
  },
};
