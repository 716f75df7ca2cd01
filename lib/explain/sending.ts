import type { Lang } from '@/lib/i18n/lang';
import type { SenderIncident } from '@/lib/tracker/sending';
import { enSendingWords } from './en/sending';
import { jaSendingWords } from './ja/sending';
import type { SendingKind } from './story';

/** Everything the "your sending" warning says, in one language (ja/sending.ts, en/sending.ts). */
export interface SendingWords {
  title: Record<SendingKind, (lists: readonly string[]) => string>;
  meaning: Record<SendingKind, string>;
  others: Record<SendingKind, string>;
  who: Record<SendingKind, string>;
  count: (bounces: number, domains: readonly string[]) => string;
  quiet: (days: number) => string;
  reportSubject: string;
  reportIntro: readonly string[];
  reportLine: (incident: SenderIncident, date: string) => string[];
  reportOutro: string;
}

const WORDS: Record<Lang, SendingWords> = { ja: jaSendingWords, en: enSendingWords };

export interface SendingWarning {
  kind: SendingKind;
  title: string;
  meaning: string;
  others: string;
  who: string;
  count: string;
  quiet: string;
  /** One copyable text for the mail administrator: subject, the request, the decisive lines of each bounce. */
  report: string;
}

/**
 * The popup's warning for the open sender-side incidents (lib/tracker/sending.ts activeIncidents),
 * led by the most serious kind present. `formatDate` formats a bounce date for the report (the
 * popup passes the user's locale). Undefined when there is nothing to warn about.
 */
export function explainSending(
  incidents: readonly SenderIncident[],
  lang: Lang,
  formatDate: (ms: number) => string,
  quietDays: number,
  kindOrder: readonly SendingKind[],
): SendingWarning | undefined {
  const kind = kindOrder.find((k) => incidents.some((incident) => incident.kind === k));
  if (!kind) return undefined;
  const words = WORDS[lang] ?? WORDS.ja;
  const lists = [...new Set(incidents.flatMap((incident) => incident.lists))];
  const domains = [...new Set(incidents.map((incident) => incident.recipientDomain).filter((domain) => domain !== ''))];
  const lines = [
    words.reportSubject,
    '',
    ...words.reportIntro,
    '',
    ...[...incidents].reverse().flatMap((incident) => words.reportLine(incident, formatDate(incident.date))),
    '',
    words.reportOutro,
  ];
  return {
    kind,
    title: words.title[kind](lists),
    meaning: words.meaning[kind],
    others: words.others[kind],
    who: words.who[kind],
    count: words.count(incidents.length, domains),
    quiet: words.quiet(quietDays),
    report: lines.join('\n'),
  };
}
