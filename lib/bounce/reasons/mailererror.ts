import type { ReasonRule } from './types';

/** The local delivery program (a pipe, procmail, maildrop) failed on the receiving host. */
export const mailererror: ReasonRule = {
  id: 'mailererror',
  phrases: {
    phrases: [
      // Sisimai reason/mailererror phrase index
      ' || exit ',
      'procmail: ',
      'bin/procmail',
      'bin/maidrop',
      'command failed: ',
      'command died with status ',
      'command output:',
      'mailer error',
      'pipe to |/',
      'x-unix; ',
    ],
  },
};
