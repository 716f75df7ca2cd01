import type { Evidence } from '@/lib/bounce/types';
import type { LhostId } from '@/lib/bounce/lhost/types';
import { isReasonId } from '@/lib/bounce/reasons/taxonomy';
import type { Lang } from '@/lib/i18n/lang';
import { catalogFor } from './catalog';
import type { EvidenceDescription } from './types';

/**
 * The sidebar's "why" line in words a user can read: what decided (a code, a phrase) and which
 * kind of rule it was checked against. The classifier names its rules with internal ids
 * (lib/bounce/verdict.ts and reasons/index.ts: "reasons/userunknown", "rhost/google",
 * "lhost/exim", "status-code", "action", ...); those stay available as `ruleId` for anyone
 * who reports a wrong verdict, but are never the only thing shown.
 */

/** Decoders that read a format rather than a product's bounces (formatOf words them). */
type FormatDecoderId = 'rfc3464' | 'rfc3834' | 'arf' | 'plaintext' | 'x1' | 'x3' | 'x5' | 'x6';

/**
 * Display names of the mail systems whose bounces a decoder reads: typed on LHOST_IDS, so a new
 * decoder without a name fails the type check instead of showing its raw id.
 */
const MAIL_SYSTEM_NAMES: Record<Exclude<LhostId, FormatDecoderId>, string> = {
  activehunter: 'ActiveHunter',
  amavis: 'amavisd-new',
  amazonses: 'Amazon SES',
  amazonworkmail: 'Amazon WorkMail',
  apachejames: 'Apache James',
  biglobe: 'BIGLOBE',
  courier: 'Courier',
  domino: 'IBM Domino',
  dragonfly: 'DragonFly Mail Agent',
  einsundeins: '1&1 (IONOS)',
  exchange2003: 'Exchange 2003',
  exchange2007: 'Exchange',
  exim: 'Exim',
  ezweb: 'au (EZweb)',
  facebook: 'Facebook',
  fml: 'fml',
  gmail: 'Gmail',
  googlegroups: 'Google Groups',
  gsuite: 'Google Workspace',
  imailserver: 'IMail Server',
  kddi: 'au (KDDI)',
  mailfoundry: 'MailFoundry',
  mcafee: 'McAfee',
  messagelabs: 'MessageLabs',
  messagingserver: 'Oracle Messaging Server',
  mfilter: 'm-FILTER',
  notes: 'Lotus Notes',
  office365: 'Microsoft 365',
  opensmtpd: 'OpenSMTPD',
  outlook: 'Outlook.com (Hotmail)',
  postfix: 'Postfix',
  powermta: 'PowerMTA',
  qmail: 'qmail',
  receivingses: 'Amazon SES',
  sendgrid: 'SendGrid',
  sendmail: 'Sendmail',
  surfcontrol: 'SurfControl',
  trendmicro: 'Trend Micro',
  v5sendmail: 'Sendmail',
  verizon: 'Verizon',
  zoho: 'Zoho Mail',
};

/** Display names of the providers with their own reply rules (lib/bounce/rhost). */
const PROVIDER_NAMES: Record<Lang, Record<string, string>> = {
  ja: {
    apple: 'Apple（iCloud メール）',
    cox: 'Cox',
    franceptt: 'Orange（フランス）',
    godaddy: 'GoDaddy',
    google: 'Google',
    iua: 'I.UA',
    kddi: 'au（KDDI）',
    microsoft: 'Microsoft',
    mimecast: 'Mimecast',
    nttdocomo: 'ドコモ',
    spectrum: 'Spectrum',
    tencent: 'Tencent（QQ メール）',
    yahooinc: 'Yahoo',
  },
  en: {
    apple: 'Apple (iCloud Mail)',
    cox: 'Cox',
    franceptt: 'Orange (France)',
    godaddy: 'GoDaddy',
    google: 'Google',
    iua: 'I.UA',
    kddi: 'au (KDDI)',
    microsoft: 'Microsoft',
    mimecast: 'Mimecast',
    nttdocomo: 'NTT docomo',
    spectrum: 'Spectrum',
    tencent: 'Tencent (QQ Mail)',
    yahooinc: 'Yahoo',
  },
};

/** Japanese puts a space between a Latin name and the particle after it, none after kana or a bracket. */
const beforeParticle = (name: string): string => (/[A-Za-z0-9.]$/.test(name) ? `${name} ` : name);

interface EvidenceWords {
  statusCode: (code: string) => string;
  replyCode: (code: string) => string;
  wording: (words: string) => string;
  deliveryState: (state: string) => string;
  statusTable: string;
  replyTable: string;
  reasonWording: (label: string) => string;
  providerRules: (name: string) => string;
  mailSystemFormat: (name: string) => string;
  /** rfc3464 and friends: formats, not products. */
  standardFormat: string;
  autoReplyFormat: string;
  spamReportFormat: string;
  unnamedFormat: string;
  action: string;
  smtpCommand: string;
  diagnosticType: string;
  other: string;
  /** The sentence around a table's name. */
  checkedAgainst: (table: string) => string;
  /** Whole sentences for the two outcomes where no table decided. */
  noRuleMatched: string;
  nothingToRead: string;
}

const WORDS: Record<Lang, EvidenceWords> = {
  ja: {
    statusCode: (code) => `ステータスコード ${code}`,
    replyCode: (code) => `SMTP応答コード ${code}`,
    wording: (words) => `「${words}」という言葉`,
    deliveryState: (state) => `配達状況「${state}」`,
    statusTable: 'ステータスコードの意味（RFC 3463 の規格）',
    replyTable: 'SMTP応答コードの意味（RFC 5321 の規格）',
    reasonWording: (label) => `「${label}」を表す言い回しの一覧`,
    providerRules: (name) => `${beforeParticle(name)}の返答の規則`,
    mailSystemFormat: (name) => `${beforeParticle(name)}の不達通知の書き方`,
    standardFormat: '不達通知の標準の書き方（RFC 3464）',
    autoReplyFormat: '自動返信の書き方（RFC 3834）',
    spamReportFormat: '迷惑メール報告の書き方（ARF）',
    unnamedFormat: '名前の分からないメールサーバーの不達通知の書き方',
    action: '配達状況の欄（Action）',
    smtpCommand: '断られた段階（HELO・EHLO＝最初のあいさつ）',
    diagnosticType: 'エラーの種類の欄（Diagnostic-Type）',
    other: '判定の規則',
    checkedAgainst: (table) => `${table}に照らして判断しました。`,
    noRuleMatched: 'どの規則にも当てはまらないため、理由を決められませんでした。',
    nothingToRead: '不達通知に理由が書かれていませんでした。',
  },
  en: {
    statusCode: (code) => `Status code ${code}`,
    replyCode: (code) => `SMTP reply code ${code}`,
    wording: (words) => `The words “${words}”`,
    deliveryState: (state) => `The delivery state “${state}”`,
    statusTable: 'the meaning of status codes (RFC 3463)',
    replyTable: 'the meaning of SMTP reply codes (RFC 5321)',
    reasonWording: (label) => `wording that means “${label}”`,
    providerRules: (name) => `${name}'s reply rules`,
    mailSystemFormat: (name) => `how ${name} writes its bounces`,
    standardFormat: 'the standard bounce format (RFC 3464)',
    autoReplyFormat: 'the auto-reply format (RFC 3834)',
    spamReportFormat: 'the spam report format (ARF)',
    unnamedFormat: 'the bounce format of an unnamed mail server',
    action: 'the Action field (delivery state)',
    smtpCommand: 'the step that was refused (HELO or EHLO, the greeting)',
    diagnosticType: 'the Diagnostic-Type field',
    other: 'a classifier rule',
    checkedAgainst: (table) => `Checked against ${table}.`,
    noRuleMatched: 'No rule matched, so no reason could be decided.',
    nothingToRead: 'The bounce gives no reason.',
  },
};

/** The name of the mail system a decoder reads ("exim" → "Exim"); the id itself when unknown. */
export function mailSystemName(decoder: string): string {
  return (MAIL_SYSTEM_NAMES as Record<string, string | undefined>)[decoder] ?? decoder;
}

function formatOf(decoder: string, words: EvidenceWords): string {
  if (decoder === 'rfc3464' || decoder === 'plaintext') return words.standardFormat;
  if (decoder === 'rfc3834') return words.autoReplyFormat;
  if (decoder === 'arf') return words.spamReportFormat;
  if (/^x\d$/.test(decoder)) return words.unnamedFormat;
  return words.mailSystemFormat(mailSystemName(decoder));
}

const looksLikeCode = (text: string): boolean => /^[245]\.\d{1,3}\.\d{1,3}$/.test(text);

function decidedBy(evidence: Evidence, words: EvidenceWords): string | undefined {
  const matched = evidence.matched.trim();
  if (!matched) return undefined;
  switch (evidence.source) {
    case 'status-code':
      return words.statusCode(matched);
    case 'reply-code':
      return words.replyCode(matched);
    case 'kind':
      return words.deliveryState(matched);
    default:
      return looksLikeCode(matched) ? words.statusCode(matched) : words.wording(matched);
  }
}

function tableOf(evidence: Evidence, lang: Lang, words: EvidenceWords): string {
  const [family = '', name = ''] = evidence.rule.split('/', 2);
  if (evidence.source === 'status-code' && (family === 'reasons' || family === 'status-code')) return words.statusTable;
  if (evidence.source === 'reply-code' && (family === 'reasons' || family === 'reply-code')) return words.replyTable;
  switch (family) {
    case 'reasons':
      return isReasonId(name) ? words.reasonWording(catalogFor(lang).reasonLabels[name]) : words.other;
    case 'rhost':
      return words.providerRules(PROVIDER_NAMES[lang][name] ?? name);
    case 'lhost':
      return formatOf(name, words);
    case 'status-code':
      return words.statusTable;
    case 'reply-code':
      return words.replyTable;
    case 'action':
      return words.action;
    case 'smtp-command':
      return words.smtpCommand;
    case 'diagnostic-type':
      return words.diagnosticType;
    default:
      return words.other;
  }
}

function ruleOf(evidence: Evidence, lang: Lang, words: EvidenceWords): string {
  if (evidence.rule === 'no-rule-matched') return words.noRuleMatched;
  if (evidence.rule === 'nothing-to-read') return words.nothingToRead;
  return words.checkedAgainst(tableOf(evidence, lang, words));
}

/** What decided a recipient's reason, in words; never throws, whatever the rule id. */
export function describeEvidence(evidence: Evidence, lang: Lang): EvidenceDescription {
  const words = WORDS[lang];
  return { decidedBy: decidedBy(evidence, words), rule: ruleOf(evidence, lang, words), ruleId: evidence.rule };
}
