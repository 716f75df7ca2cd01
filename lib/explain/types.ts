import type { Lang } from '@/lib/i18n/lang';

export type { Lang } from '@/lib/i18n/lang';

/**
 * Who has to act. 'you' is the person who sent the mail; 'your-admin' their mail
 * administrator or provider; 'nobody' when the servers retry by themselves.
 */
export type Actor = 'you' | 'recipient' | 'your-admin' | 'recipient-admin' | 'nobody';

/** Everything a person needs to understand one outcome, in one language. */
export interface Explanation {
  /** One line, e.g. 「宛先のアドレス（@より前）が間違っています」. */
  title: string;
  /** What happened, in plain words; short sentences, technical words glossed. */
  whatHappened: string;
  actor: Actor;
  /** Who has to act, in words. */
  actorText: string;
  /** What to do now, as concrete steps (shown numbered). */
  steps: readonly string[];
  /** Whether resending helps, and when. */
  resend: string;
  /** The verdict in words, e.g. that this address will not receive mail again. */
  verdict: string;
}

/** A decisive English phrase or code found in a bounce, with its meaning. */
export interface GlossaryMatch {
  /** As it appears in the bounce text. */
  matched: string;
  /** The glossary's own spelling of the phrase or code. */
  term: string;
  meaning: string;
}

export type ExplainLang = Lang;
