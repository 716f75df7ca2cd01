import { runLhostCases } from './harness';

// Provider rules (lib/bounce/rhost, from Sisimai 5.1 Rhost/*.pm), one Postfix notice per
// provider with the provider's host as Remote-MTA; each row's reason differed before its rule.
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('rhost', {
  '01-apple-no-longer-on-server': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [['ito.kana@example.com', 'hasmoved', 'hard', '5.1.1', '550', 'RCPT']],
  },
  '02-spectrum-aup-code': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [['sato.jun@example.net', 'requireptr', 'soft', '5.7.1', '554', 'MAIL']],
  },
  '03-cox-urlbl-code': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [['kato.mio@example.org', 'spamdetected', 'soft', '5.7.1', '554', 'DATA']],
  },
  '04-google-try-later': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [['mori.ren@example.com', 'blocked', 'soft', '4.7.0', '421', 'DATA']],
  },
  '05-microsoft-permitted-limits': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [['abe.yui@example.com', 'ratelimited', 'soft', '5.7.508', '550', 'RCPT']],
  },
  '06-yahoo-deferred': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [['ueda.sho@example.com', 'rejected', 'soft', '4.7.0', '421', 'MAIL']],
  },
  '07-tencent-address-syntax': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [['chen.wei@example.cn', 'syntaxerror', 'soft', '5.0.0', '550', 'RCPT']],
  },
  '08-godaddy-reputation': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [['ono.riko@example.com', 'badreputation', 'soft', '5.0.0', '554', 'HELO']],
  },
  '09-orange-spf-number': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [['martin.claire@example.fr', 'authfailure', 'soft', '5.7.0', '550', 'MAIL']],
  },
  '10-mimecast-blocked-senders': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [['hara.emi@example.com', 'rejected', 'soft', '5.0.0', '550', 'DATA']],
  },
});
