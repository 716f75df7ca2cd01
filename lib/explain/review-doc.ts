import { REASON_IDS } from '@/lib/bounce/reasons/taxonomy';
import type { BounceReport, ClassifiedReport, OriginalMessage, RecipientResult, UnparsedCause } from '@/lib/bounce/types';
import type { Lang } from '@/lib/i18n/lang';
import type { SenderIncident } from '@/lib/tracker/sending';
import { TYPO_FIXES } from '@/lib/typo/types';
import { catalogFor } from './catalog';
import { GLOSSARY } from './glossary/match';
import { ACTORS, actorLabel, explainReason, explainReport, reasonLabel, severityDescription, severityLabel, typoFixLabel, verdictLabel } from './index';
import { glanceOfSend } from './send';
import { explainSending } from './sending';
import { SENDING_KINDS } from './story';
import type { ExplainContext, Explanation } from './types';

/**
 * The review file docs/explanations.md (Japanese) and docs/explanations.en.md: every text in
 * one place, rendered from the modules themselves, so a person can read them as a user would.
 * scripts/explanations-doc.mjs writes it; tests/explain/review-doc.test.ts fails when the
 * committed file is stale.
 */

const CAUSES: readonly UnparsedCause[] = ['empty', 'too-large', 'too-deep', 'too-many-parts', 'too-many-headers', 'too-slow', 'not-a-mail', 'broken-mime', 'no-recipient'];

const notice = { subject: 'Undelivered Mail Returned to Sender', from: 'MAILER-DAEMON@mx.example.jp', date: '', messageId: '<review@example.jp>' };

function recipient(address: string, overrides: Partial<RecipientResult>): RecipientResult {
  return {
    recipient: address,
    action: 'failed',
    reason: 'userunknown',
    severity: 'hard',
    hardbounce: true,
    status: '5.1.1',
    replyCode: '550',
    remoteMta: 'mx.example.jp',
    command: 'RCPT',
    diagnosticCode: '',
    decoder: 'rfc3464',
    evidence: { source: 'status-code', matched: '5.1.1', rule: 'review' },
    ...overrides,
  };
}

const original: OriginalMessage = {
  messageId: '<original@example.co.jp>',
  subject: '物件資料の送付',
  date: '',
  from: 'agent@example.co.jp',
  to: ['taro@docomo.ne.jp'],
  truncated: false,
  attachments: [
    { filename: '間取り図.pdf', mimeType: 'application/pdf', size: 4_300_000 },
    { filename: '外観写真.zip', mimeType: 'application/zip', size: 8_100_000 },
  ],
};

interface Variant {
  heading: Record<Lang, string>;
  reason: (typeof REASON_IDS)[number];
  context: ExplainContext;
}

/** Texts that change with the context: carriers, sizes, codes. */
const variants: readonly Variant[] = [
  { heading: { ja: 'userunknown: ドコモのアドレス', en: 'userunknown: a docomo address' }, reason: 'userunknown', context: { recipient: 'taro@docomo.ne.jp', status: '5.1.1', replyCode: '550' } },
  { heading: { ja: 'userunknown: au のアドレス', en: 'userunknown: an au address' }, reason: 'userunknown', context: { recipient: 'taro@ezweb.ne.jp', status: '5.1.1', replyCode: '550' } },
  { heading: { ja: 'userunknown: Microsoft 365 の 5.1.10', en: 'userunknown: Microsoft 365 5.1.10' }, reason: 'userunknown', context: { recipient: 'taro@example.co.jp', status: '5.1.10', replyCode: '550', diagnosticCode: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' } },
  { heading: { ja: 'filtered: ソフトバンクのアドレス', en: 'filtered: a SoftBank address' }, reason: 'filtered', context: { recipient: 'hanako@i.softbank.jp', status: '5.2.0', replyCode: '550' } },
  { heading: { ja: 'filtered: ドコモのアドレス', en: 'filtered: a docomo address' }, reason: 'filtered', context: { recipient: 'taro@docomo.ne.jp', status: '5.2.0', replyCode: '550', original } },
  { heading: { ja: 'emailtoolarge: 添付ファイルの大きさと名前が分かるとき（ドコモあて）', en: 'emailtoolarge: attachment sizes and names known (to docomo)' }, reason: 'emailtoolarge', context: { recipient: 'taro@docomo.ne.jp', status: '5.3.4', replyCode: '552', original } },
  { heading: { ja: 'authfailure: Gmail の 5.7.26', en: 'authfailure: Gmail 5.7.26' }, reason: 'authfailure', context: { recipient: 'taro@gmail.com', status: '5.7.26', replyCode: '550', diagnosticCode: '550-5.7.26 Unauthenticated email from example.co.jp is not accepted due to domain\'s DMARC policy. gsmtp' } },
  { heading: { ja: 'blocked: ブロックリストの名前があるとき', en: 'blocked: a block list is named' }, reason: 'blocked', context: { recipient: 'taro@example.ne.jp', status: '5.7.1', replyCode: '554', diagnosticCode: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org' } },
  { heading: { ja: 'norelaying: au のアドレス', en: 'norelaying: an au address' }, reason: 'norelaying', context: { recipient: 'taro@ezweb.ne.jp', status: '5.7.1', replyCode: '554', diagnosticCode: '554 5.7.1 Relay access denied' } },
  { heading: { ja: 'contenterror: 1行が長すぎる（ドコモの 500 Line Too Long）', en: 'contenterror: a line too long (docomo 500 Line Too Long)' }, reason: 'contenterror', context: { recipient: 'taro@docomo.ne.jp', replyCode: '500', diagnosticCode: '500 Line Too Long' } },
  { heading: { ja: 'mailboxfull: 4xx（サーバーが送り直し中）', en: 'mailboxfull: 4xx (the server is retrying)' }, reason: 'mailboxfull', context: { recipient: 'taro@example.jp', action: 'delayed', status: '4.2.2', replyCode: '452' } },
  { heading: { ja: 'mailboxfull: 4xx でサーバーが送るのをやめたとき（Action: failed）', en: 'mailboxfull: 4xx the server gave up on (Action: failed)' }, reason: 'mailboxfull', context: { recipient: 'taro@example.jp', action: 'failed', status: '4.2.2', replyCode: '452' } },
  { heading: { ja: 'notaccept: 5xx（ハードバウンス）', en: 'notaccept: 5xx (hard)' }, reason: 'notaccept', context: { recipient: 'taro@example.com', status: '5.1.10', replyCode: '556' } },
  { heading: { ja: 'networkerror: NXDOMAIN（4.0.0）で打ち間違いが見つかるとき（docomo.ne.jo）', en: 'networkerror: NXDOMAIN (4.0.0) with a typo found (docomo.ne.jo)' }, reason: 'networkerror', context: { recipient: 'yuki.mori@docomo.ne.jo', action: 'failed', status: '4.0.0', severity: 'soft', diagnosticCode: "DNS Error: DNS type 'mx' lookup of docomo.ne.jo responded with code NXDOMAIN Domain name not found: docomo.ne.jo" } },
  { heading: { ja: 'networkerror: NXDOMAIN（4.0.0）で打ち間違いが見つからないとき', en: 'networkerror: NXDOMAIN (4.0.0), no typo found' }, reason: 'networkerror', context: { recipient: 'taro@example-shop.jp', action: 'failed', status: '4.0.0', severity: 'soft', diagnosticCode: "DNS Error: DNS type 'mx' lookup of example-shop.jp responded with code NXDOMAIN Domain name not found: example-shop.jp" } },
  { heading: { ja: 'userunknown: Exchange の NDR でドメインの打ち間違い（yahoo.co.jo）', en: 'userunknown: an Exchange NDR for a mistyped domain (yahoo.co.jo)' }, reason: 'userunknown', context: { recipient: 'a.ishikawa@yahoo.co.jo', status: '5.1.10', replyCode: '550', severity: 'hard' } },
  { heading: { ja: 'rejected: ドコモが DATA のあとで断ったとき（受信設定）', en: 'rejected: docomo refusing after DATA (reception setting)' }, reason: 'rejected', context: { recipient: 'taro@docomo.ne.jp', status: '5.0.0', replyCode: '550', severity: 'soft', diagnosticCode: '550 Unknown user taro@docomo.ne.jp' } },
  { heading: { ja: 'networkerror: 4xx（サーバーが送り直し中）', en: 'networkerror: 4xx (the server is retrying)' }, reason: 'networkerror', context: { recipient: 'taro@example.jp', action: 'delayed', status: '4.4.3', replyCode: '451', severity: 'soft', diagnosticCode: '451 4.4.3 Temporary DNS failure' } },
  { heading: { ja: 'systemerror: 4xx（サーバーが送り直し中）', en: 'systemerror: 4xx (the server is retrying)' }, reason: 'systemerror', context: { recipient: 'taro@example.jp', action: 'delayed', status: '4.3.0', replyCode: '451', severity: 'soft' } },
  { heading: { ja: 'ratelimited: 4xx（サーバーが送り直し中）', en: 'ratelimited: 4xx (the server is retrying)' }, reason: 'ratelimited', context: { recipient: 'taro@example.jp', action: 'delayed', status: '4.7.0', replyCode: '421', severity: 'soft', diagnosticCode: '421 4.7.0 Too many messages, try again later' } },
  { heading: { ja: 'networkerror: 4xx でサーバーが送るのをやめたとき（Action: failed）', en: 'networkerror: 4xx the server gave up on (Action: failed)' }, reason: 'networkerror', context: { recipient: 'taro@example.jp', action: 'failed', status: '4.4.1', replyCode: '', severity: 'soft', diagnosticCode: 'delivery temporarily suspended: connect to mx.example.jp[192.0.2.25]:25: Connection timed out' } },
  { heading: { ja: 'ratelimited: 4xx でサーバーが送るのをやめたとき（Action: failed）', en: 'ratelimited: 4xx the server gave up on (Action: failed)' }, reason: 'ratelimited', context: { recipient: 'taro@example.jp', action: 'failed', status: '4.7.0', replyCode: '421', severity: 'soft', diagnosticCode: '421 4.7.0 Too many messages, try again later' } },
  { heading: { ja: 'spamdetected: ブロックリストの名前があるとき', en: 'spamdetected: a block list is named' }, reason: 'spamdetected', context: { recipient: 'taro@example.ne.jp', status: '5.7.1', replyCode: '554', severity: 'soft', diagnosticCode: '554 5.7.1 Message rejected: sender listed at Spamhaus' } },
];

function bounceReport(recipients: readonly RecipientResult[]): ClassifiedReport {
  return { kind: 'bounce', decoder: 'rfc3464', notice, recipients, input: 'raw' };
}

const reportSamples: readonly { heading: Record<Lang, string>; report: BounceReport }[] = [
  { heading: { ja: 'bounce: 宛先1件（@より前の間違い）', en: 'bounce: one recipient (wrong user name)' }, report: bounceReport([recipient('taro@example.co.jp', {})]) },
  {
    heading: { ja: 'bounce: 宛先3件（直すまで届かない1件、一時的2件、携帯あり）', en: 'bounce: three recipients (one hard, two soft, one at a carrier)' },
    report: bounceReport([
      recipient('taro@example.co.jp', {}),
      recipient('hanako@docomo.ne.jp', { reason: 'filtered', severity: 'soft', hardbounce: false, status: '5.2.0' }),
      recipient('jiro@example.jp', { reason: 'mailboxfull', severity: 'soft', hardbounce: false, status: '5.2.2', replyCode: '552' }),
    ]),
  },
  {
    heading: { ja: 'bounce: 宛先2件（どちらも送信側の問題: Spamhaus）', en: 'bounce: two recipients (both sender-side: Spamhaus)' },
    report: bounceReport(
      ['taro@example.ne.jp', 'hanako@example.ne.jp'].map((address) =>
        recipient(address, { reason: 'blocked', severity: 'soft', hardbounce: false, status: '5.7.1', replyCode: '554', diagnosticCode: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org' }),
      ),
    ),
  },
  { heading: { ja: 'delayed', en: 'delayed' }, report: { kind: 'delayed', decoder: 'rfc3464', notice, recipients: [], input: 'raw' } },
  { heading: { ja: 'delivered', en: 'delivered' }, report: { kind: 'delivered', decoder: 'rfc3464', notice, recipients: [], input: 'raw' } },
  { heading: { ja: 'auto-reply', en: 'auto-reply' }, report: { kind: 'auto-reply', decoder: 'rfc3834', notice, recipients: [], input: 'raw' } },
  { heading: { ja: 'feedback', en: 'feedback' }, report: { kind: 'feedback', decoder: 'arf', notice, recipients: [], input: 'raw' } },
  { heading: { ja: 'not-bounce', en: 'not-bounce' }, report: { kind: 'not-bounce', notice, input: 'raw' } },
];

/** The sidebar's whole-send glance: a mail to five people, one failed here and one in an earlier bounce. */
const glanceSample: BounceReport = {
  ...bounceReport([recipient('yuki.mori@docomo.ne.jo', { reason: 'networkerror', severity: 'soft', hardbounce: false, status: '4.0.0', replyCode: '' })]),
  original: { ...original, to: ['yuki.mori@docomo.ne.jo', 'ito.mai@example.jp', 'sato@example.co.jp', 'hanako@ezweb.ne.jp', 'kato@example.com'], attachments: [] },
};

/** The popup's "your sending" warning: one sample incident per kind. */
function incidentOf(kind: (typeof SENDING_KINDS)[number]): SenderIncident {
  return {
    date: Date.UTC(2026, 11, 1, 9, 30),
    recipientDomain: 'example.ne.jp',
    recipients: 3,
    replyCode: '554',
    status: '5.7.1',
    remoteMta: 'mx.example.ne.jp',
    kind,
    reason: 'blocked',
    lists: kind === 'listed' ? ['Spamhaus'] : [],
    diagnostic: kind === 'listed' ? '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org' : '',
  };
}

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const words: Record<Lang, Record<'title' | 'what' | 'who' | 'steps' | 'resend' | 'verdict' | 'admin' | 'notes' | 'label' | 'severity', string>> = {
  ja: { title: '見出し', what: '何が起きたか', who: 'だれが対応するか', steps: 'すること', resend: '送り直し', verdict: '結論', admin: '管理者や相手に送る文面', notes: '補足', label: '一覧での表示', severity: '重さ' },
  en: { title: 'Title', what: 'What happened', who: 'Who acts', steps: 'What to do', resend: 'Resending', verdict: 'Verdict', admin: 'Message to send to whoever must act', notes: 'Notes', label: 'List label', severity: 'Severity' },
};

function renderExplanation(e: Explanation, lang: Lang): string[] {
  const w = words[lang];
  const lines = [`**${w.title}:** ${e.title}`, '', `**${w.what}:** ${e.whatHappened}`, '', `**${w.who}:** ${actorLabel(e.actor, lang)} — ${e.actorText}`, '', `**${w.steps}:**`, ''];
  e.steps.forEach((step, i) => lines.push(`${i + 1}. ${step}`));
  lines.push('', `**${w.resend}:** ${e.resend}`, '', `**${w.verdict}:** ${e.verdict}`);
  if (e.severity) lines.push('', `**${w.severity}:** ${severityLabel(e.severity, lang)}`);
  if (e.adminMessage) lines.push('', `**${w.admin}:**`, '', ...e.adminMessage.split('\n').map((line) => `> ${line}  `));
  if (e.notes && e.notes.length > 0) lines.push('', `**${w.notes}:**`, '', ...e.notes.map((note) => `- ${note}`));
  return lines;
}

const headings: Record<Lang, Record<'top' | 'intro' | 'reports' | 'causes' | 'reasons' | 'variants' | 'glance' | 'sending' | 'sendingReport' | 'labels' | 'glossary' | 'typo', string>> = {
  ja: {
    top: '不達ナビの説明文（日本語）',
    intro:
      'このファイルは lib/explain から自動で作られます（`npm run docs:explanations`）。手で直さず、モジュールの文を直してから作り直してください。',
    reports: 'お知らせ全体の説明（種類ごと）',
    causes: '判定できなかったとき（原因ごと）',
    reasons: '宛先ごとの説明（理由ごと、状況の情報なし）',
    variants: '状況によって変わる説明',
    glance: 'サイドバーの「送った全員のようす」（5人に送って2人に届かなかったとき）',
    sending: 'ポップアップの「あなたの送信」の警告（種類ごと）',
    sendingReport: 'メール管理者に送る報告（コピーする文面）',
    labels: '短い表示（重さ・対応する人）',
    glossary: '用語の説明',
    typo: 'アドレスの打ち間違いの直し方',
  },
  en: {
    top: 'Bounce Navi explanations (English)',
    intro: 'Generated from lib/explain (`npm run docs:explanations`). Do not edit by hand: change the modules and regenerate.',
    reports: 'Whole-report texts (per kind)',
    causes: 'When a message could not be classified (per cause)',
    reasons: 'Per-recipient texts (per reason, no context)',
    variants: 'Texts that change with the context',
    glance: 'The sidebar\'s whole-send glance (sent to five, two failed)',
    sending: 'The popup\'s "your sending" warning (per kind)',
    sendingReport: 'The report for the mail administrator (the text to copy)',
    labels: 'Short labels (severity, actors)',
    glossary: 'Glossary',
    typo: 'Address typo fixes',
  },
};

export function renderExplanationsDoc(lang: Lang): string {
  const h = headings[lang];
  const out: string[] = [`# ${h.top}`, '', h.intro, ''];
  out.push(`## ${h.reports}`, '');
  for (const sample of reportSamples) out.push(`### ${sample.heading[lang]}`, '', ...renderExplanation(explainReport(sample.report, lang), lang), '');
  out.push(`## ${h.causes}`, '');
  for (const cause of CAUSES) {
    out.push(`### ${cause}`, '', ...renderExplanation(explainReport({ kind: 'unparsed', cause, detail: '', input: 'raw' }, lang), lang), '');
  }
  out.push(`## ${h.reasons}`, '');
  for (const reason of REASON_IDS) {
    out.push(`### ${reason} — ${reasonLabel(reason, lang)}`, '', ...renderExplanation(explainReason(reason, lang), lang), '');
  }
  out.push(`## ${h.variants}`, '');
  for (const variant of variants) {
    out.push(`### ${variant.heading[lang]}`, '', ...renderExplanation(explainReason(variant.reason, lang, variant.context), lang), '');
  }
  const glance = glanceOfSend(glanceSample, ['ito.mai@example.jp'], lang);
  if (glance) out.push(`## ${h.glance}`, '', `**${glance.headline}**`, '', `- ${glance.failedLine}`, `- ${glance.othersLine}`, `- ${glance.caveat}`, '');
  out.push(`## ${h.sending}`, '');
  for (const kind of SENDING_KINDS) {
    const warning = explainSending([incidentOf(kind)], lang, isoDate, 7, [kind]);
    if (warning) out.push(`### ${kind}`, '', `**${warning.title}**`, '', `- ${warning.meaning}`, `- ${warning.others}`, `- ${warning.who}`, `- ${warning.count}`, `- ${warning.quiet}`, '');
  }
  const report = explainSending([incidentOf('listed')], lang, isoDate, 7, SENDING_KINDS)?.report;
  if (report) out.push(`### ${h.sendingReport}`, '', ...report.split('\n').map((line) => `> ${line}  `), '');
  out.push(`## ${h.labels}`, '');
  for (const severity of ['hard', 'soft'] as const) out.push(`- **${severityLabel(severity, lang)}** — ${severityDescription(severity, lang)}`);
  const top = { ja: 'サイドバーの一番上（宛先全体）', en: 'Top of the sidebar (all recipients)' }[lang];
  for (const verdict of ['hard', 'soft', 'mixed'] as const) out.push(`- ${top}, ${verdict}: **${verdictLabel(verdict, lang)}**`);
  for (const actor of ACTORS) out.push(`- **${actorLabel(actor, lang)}** — ${catalogFor(lang).actorSentences[actor]}`);
  out.push('', `## ${h.glossary}`, '', lang === 'ja' ? '| 英語 | 意味 |' : '| English | Meaning |', '|---|---|');
  for (const entry of GLOSSARY) out.push(`| ${entry.term} | ${entry.meaning[lang]} |`);
  out.push('', `## ${h.typo}`, '');
  const sample = { suggested: 'taro@gmail.com', fixes: TYPO_FIXES, domain: { from: 'gmial.com', to: 'gmail.com' } };
  for (const fix of TYPO_FIXES) out.push(`- \`${fix}\`: ${typoFixLabel(fix, lang, sample)}`);
  out.push('');
  return out.join('\n');
}
