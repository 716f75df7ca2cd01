/**
 * Sendmail-style session transcripts ("----- Transcript of session follows -----"): sessions
 * opened by "... while talking to mx.example.jp.:", the client's commands as ">>> RCPT To:<x>",
 * the server's replies as "<<< 550 ...", and sendmail's own result lines. Shared by the
 * Sendmail and V5sendmail decoders.
 */
import { commandOfWord, type SmtpCommand } from '../smtp';
import { findAddress, splitLines } from '../text';

export interface TranscriptSession {
  /** The host talked to, lowercased, without the trailing dot. */
  host: string;
  /** Client commands in order, as the contract names them. */
  commands: SmtpCommand[];
  /** Recipients named in RCPT TO commands. */
  rcptTo: string[];
  /** Server replies ("<<<" lines), without the marker. */
  replies: string[];
}

export interface Transcript {
  sessions: TranscriptSession[];
  /** Lines that are neither session openers, commands nor replies (sendmail's own results). */
  results: string[];
}

const transcriptStart = /Transcript of (?:the )?session follows/;

/** Reads the transcript section of a report (everything after the marker, up to `endMarkers`). */
export function readTranscript(report: string, endMarkers: readonly string[] = []): Transcript {
  const sessions: TranscriptSession[] = [];
  const results: string[] = [];
  // Some sendmail-derived gateways write "Transcript of the session follows".
  const at = transcriptStart.exec(report)?.index ?? -1;
  if (at < 0) return { sessions, results };
  let current: TranscriptSession | null = null;
  for (const line of splitLines(report.slice(report.indexOf('\n', at) + 1))) {
    if (endMarkers.some((m) => line.includes(m))) break;
    const trimmed = line.trim();
    if (!trimmed || /^-{3,}/.test(trimmed)) continue;
    const opener = /^(?:\.\.\. )?while talking to ([^\s:]+?)\.?:\s*$/i.exec(trimmed);
    if (opener?.[1]) {
      current = { host: opener[1].toLowerCase(), commands: [], rcptTo: [], replies: [] };
      sessions.push(current);
      continue;
    }
    if (trimmed.startsWith('>>> ')) {
      current ??= { host: '', commands: [], rcptTo: [], replies: [] };
      if (!sessions.includes(current)) sessions.push(current);
      const word = trimmed.slice(4);
      const command = commandOfWord(word);
      if (command) current.commands.push(command);
      if (command === 'RCPT') current.rcptTo.push(findAddress(word));
      continue;
    }
    if (trimmed.startsWith('<<< ')) {
      current ??= { host: '', commands: [], rcptTo: [], replies: [] };
      if (!sessions.includes(current)) sessions.push(current);
      const reply = trimmed.slice(4).trim();
      if (!current.replies.includes(reply)) current.replies.push(reply);
      continue;
    }
    results.push(trimmed);
  }
  return { sessions, results };
}
