/**
 * SMTP reply codes (RFC 5321 §4.2), enhanced status codes (RFC 3463) and SMTP commands, found
 * in free text such as a Diagnostic-Code or a session transcript.
 */

/**
 * Reply codes RFC 5321 §4.2.3 and its extensions define (RFC 3463, 4954, 7504, 7505,
 * 8689). Any other three digits are more likely a number in prose than a reply.
 */
const knownReplyCodes = new Set([
  '211', '214', '220', '221', '235', '250', '251', '252', '253', '354',
  '421', '422', '430', '432', '450', '451', '452', '453', '454', '455', '456', '458', '459',
  '500', '501', '502', '503', '504', '510', '511', '512', '513', '520', '521', '523', '524', '525', '530', '533', '534', '535', '538',
  '550', '551', '552', '553', '554', '555', '556', '557',
]);

// Three digits standing alone: not inside a number, an IP address or a version, and followed
// by the separator a reply line uses (space, hyphen, colon, end) or Exchange's "#550".
// The look-behind sits after the first digit so that the engine can skip ahead to a 2, 4 or 5.
const replyCodePattern = /([245](?<![\d.,:/=+-][245])\d\d)(?=[ \t\-:;,)\]]|$)/gm;

/**
 * The first SMTP reply code in `text`, preferring one of class `wantClass` ('2', '4' or '5').
 * With `strict`, only a code of that class counts (Sisimai SMTP::Reply behaviour: a status
 * code's class tells which replies to look for).
 */
export function findReplyCode(text: string, wantClass = '', strict = false): string {
  let first = '';
  for (const match of text.matchAll(replyCodePattern)) {
    const code = match[1] ?? '';
    if (!knownReplyCodes.has(code)) continue;
    // "550-5.1.1", "550 5.1.1", "550 ", "550:" are replies; "250 bytes" in prose is rare enough.
    if (!wantClass || code.startsWith(wantClass)) return code;
    first ||= code;
  }
  return strict && wantClass ? '' : first;
}

/** True when `code` is a known SMTP reply code. */
export function isReplyCode(code: string): boolean {
  return knownReplyCodes.has(code);
}

// class.subject.detail (RFC 3463 §2): class 2, 4 or 5; subject 0-7; detail up to three digits.
// Not part of an IP address, a version number or a dotted id ("4.16.55.1" is no status code).
// (The look-behind follows the class digit, as in replyCodePattern.)
const statusPattern = /[245](?<![\d.][245])\.[0-7]\.\d{1,3}(?!\d|\.\d)/g;

/** Every enhanced status code in `text`, in order. */
export function findStatusCodes(text: string): string[] {
  const codes: string[] = [];
  for (const match of text.matchAll(statusPattern)) codes.push(match[0]);
  return codes;
}

/**
 * The enhanced status code `text` states, preferring a specific code over a generic x.0.0 one
 * or the ambiguous 4.4.7 ("550 5.0.0 ... 5.1.1 ..." states 5.1.1), or '' when none (Sisimai
 * SMTP/Status.pm find()).
 */
export function findStatusCode(text: string): string {
  const codes = findStatusCodes(text);
  return codes.find((code) => !code.endsWith('.0.0') && code !== '4.4.7') ?? codes[0] ?? '';
}

/** True when a status code is RFC 3463's "other or undefined" for its class (x.0.0). */
export function isGenericStatus(code: string): boolean {
  return /^[245]\.0\.0$/.test(code);
}

/** SMTP commands as the report contract names them. */
export type SmtpCommand = 'CONN' | 'HELO' | 'EHLO' | 'STARTTLS' | 'AUTH' | 'MAIL' | 'RCPT' | 'DATA' | 'QUIT' | '';

/**
 * Wordings MTAs use to name the command a reply answered, checked in order; the first that
 * matches decides. Each group cites the MTA that writes it.
 */
const commandPatterns: readonly (readonly [RegExp, SmtpCommand])[] = [
  // Postfix: "(in reply to RCPT TO command)", "(in reply to end of DATA command)"
  [/in reply to (?:the )?(?:end of )?data\b/i, 'DATA'],
  [/in reply to (?:the )?rcpt\b/i, 'RCPT'],
  [/in reply to (?:the )?mail\b/i, 'MAIL'],
  [/in reply to (?:the )?(?:ehlo|lhlo)\b/i, 'EHLO'],
  [/in reply to (?:the )?helo\b/i, 'HELO'],
  [/in reply to (?:the )?starttls\b/i, 'STARTTLS'],
  [/in reply to (?:the )?auth\b/i, 'AUTH'],
  // Exim: "SMTP error from remote mail server after RCPT TO:<...>", "after end of data",
  // "after initial connection", "after pipelined MAIL FROM"
  [/after (?:pipelined )?(?:end of data|data)\b/i, 'DATA'],
  [/after (?:pipelined )?rcpt\b/i, 'RCPT'],
  [/after (?:pipelined )?mail from\b/i, 'MAIL'],
  [/after (?:sending )?ehlo\b/i, 'EHLO'],
  [/after (?:sending )?helo\b/i, 'HELO'],
  [/after starttls\b/i, 'STARTTLS'],
  [/after auth\b/i, 'AUTH'],
  [/after (?:initial connection|connect)/i, 'CONN'],
  // 1&1 (Exim-based): "SMTP error from remote server for TEXT command" (the message text, DATA)
  [/for text command/i, 'DATA'],
  // Courier and sendmail transcripts quoted in the text: ">>> DATA", ">>> RCPT TO:<...>"
  [/>>> ?data\b/i, 'DATA'],
  [/>>> ?rcpt to/i, 'RCPT'],
  [/>>> ?mail from/i, 'MAIL'],
  // DragonFly Mail Agent: "did not like our RCPT TO:", "did not like our final DATA:"
  [/did not like our (?:final )?data/i, 'DATA'],
  [/did not like our rcpt/i, 'RCPT'],
  [/did not like our mail/i, 'MAIL'],
  // qmail: "does not like recipient", "failed after I sent the message", "my name was rejected"
  [/does not like recipient/i, 'RCPT'],
  [/failed after i sent the message/i, 'DATA'],
  [/(?:didn't|does not) like sender/i, 'MAIL'],
  [/my name was rejected/i, 'EHLO'],
];

/**
 * Words every pattern above contains: a text with none of them names no command, and one scan
 * answers that for the whole list (most Diagnostic-Code texts name none).
 */
const commandWords = /in reply to|after |for text command|>>>|did not like our|does not like recipient|like sender|my name was rejected/i;

/**
 * Commands as a transcript or a reply writes them, in session order (Sisimai SMTP/Command.pm
 * find()): upper case only, so that "data" or "mail" in prose does not count.
 */
const sessionCommands: readonly (readonly [string, SmtpCommand])[] = [
  ['HELO', 'HELO'],
  ['EHLO', 'EHLO'],
  ['STARTTLS', 'STARTTLS'],
  ['AUTH PLAIN', 'AUTH'],
  ['AUTH LOGIN', 'AUTH'],
  ['AUTH CRAM-', 'AUTH'],
  ['AUTH DIGEST-', 'AUTH'],
  ['MAIL F', 'MAIL'],
  // "RCPT" alone too, as Sisimai's list has it: Yahoo's "... User Unknown [RCPT_TO]".
  ['RCPT', 'RCPT'],
  ['RCPT T', 'RCPT'],
  ['DATA', 'DATA'],
  ['QUIT', 'QUIT'],
];

/**
 * The last command of the session that `text` shows: each command is looked for after the one
 * found before it, and the latest found is the one that failed ("MAIL FROM:<> 250 OK RCPT
 * TO:<a@example.jp> 550 ..." failed at RCPT).
 */
function lastSessionCommand(text: string): SmtpCommand {
  let from = 0;
  let last: SmtpCommand = '';
  for (const [word, command] of sessionCommands) {
    const at = text.indexOf(word, from);
    if (at < 0) continue;
    from = at;
    last = command;
  }
  return last;
}

/**
 * The SMTP command named in `text`, or '' when none is: an MTA's wording for it, else the last
 * command written in upper case as a session shows it.
 */
export function findCommand(text: string): SmtpCommand {
  if (commandWords.test(text)) {
    for (const [pattern, command] of commandPatterns) if (pattern.test(text)) return command;
  }
  return lastSessionCommand(text);
}

/** Maps a command word as written in a transcript (">>> RCPT To:<...>") to the contract's name. */
export function commandOfWord(word: string): SmtpCommand {
  const upper = word.trim().toUpperCase();
  if (upper.startsWith('RCPT')) return 'RCPT';
  if (upper.startsWith('MAIL')) return 'MAIL';
  if (upper.startsWith('DATA') || upper === '.' || upper.startsWith('BDAT')) return 'DATA';
  if (upper.startsWith('EHLO') || upper.startsWith('LHLO')) return 'EHLO';
  if (upper.startsWith('HELO')) return 'HELO';
  if (upper.startsWith('STARTTLS')) return 'STARTTLS';
  if (upper.startsWith('AUTH')) return 'AUTH';
  if (upper.startsWith('QUIT')) return 'QUIT';
  if (upper.startsWith('CONN')) return 'CONN';
  return '';
}

/**
 * Joins a multi-line SMTP reply into one sentence (RFC 5321 §4.2.1: every line but the last
 * repeats the code followed by "-"). "550-5.7.1 Messages with multiple addresses in From: 550
 * 5.7.1 header are not accepted." becomes "550-5.7.1 Messages with multiple addresses in From:
 * header are not accepted.", so phrases split across lines match again.
 */
export function joinReplyLines(text: string): string {
  const first = /(?:^|\s)([245]\d\d)-(?:([245]\.\d{1,3}\.\d{1,3}) )?/.exec(text);
  if (!first?.[1]) return text;
  const code = first[1];
  const status = first[2] ? `(?:${first[2].replace(/\./g, '\\.')} )?` : '';
  const continuation = new RegExp(`(\\s)${code}[- ]${status}`, 'g');
  const start = first.index + first[0].length;
  return text.slice(0, start) + text.slice(start).replace(continuation, '$1');
}
