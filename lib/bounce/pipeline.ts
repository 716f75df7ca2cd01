/**
 * classifyBounce: input → ParsedMail → the first decoder that claims it → one verdict per
 * recipient → a kind-tagged report. Never throws: every failure becomes an `unparsed` report
 * with its cause.
 */
import type { DecodedMail } from './fact';
import { prepareInput } from './input';
import { looksLikeBounce } from './bounce-signs';
import { isUsableAddress } from './address';
import { LHOSTS } from './lhost';
import { Budget, type BudgetOptions, type BudgetUse } from './budget';
import { MAX_RECIPIENTS } from './limits';
import type { ParsedMail } from './mail';
import { describeOriginal, readInlineOriginal } from './original';
import { parseRawMail } from './parse';
import { parseRenderedMessage } from './rendered';
import type { BounceReport, ClassifiedReport, ClassifyInput, NoticeHeader, RecipientResult, RenderedMessage, UnparsedReport } from './types';
import { checkStructure } from './structure';
import { recipientOf } from './verdict';

function isRendered(input: ClassifyInput): input is RenderedMessage {
  return typeof input === 'object' && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer);
}

function noticeOf(mail: ParsedMail): NoticeHeader {
  return { subject: mail.subject, from: mail.from || mail.fromField, date: mail.date, messageId: mail.messageId };
}

/** The report kind implied by the recipients' verdicts. */
function kindOf(decoded: DecodedMail, recipients: readonly RecipientResult[]): ClassifiedReport['kind'] {
  if (decoded.kind) return decoded.kind;
  if (recipients.every((r) => r.reason === 'feedback')) return 'feedback';
  if (recipients.every((r) => r.reason === 'vacation')) return 'auto-reply';
  if (recipients.every((r) => r.reason === 'delivered')) return 'delivered';
  if (recipients.every((r) => r.action === 'delayed' || (r.reason === 'delivered'))) return 'delayed';
  return 'bounce';
}

/** Decides one parsed mail, within `budget` (started when classification began). */
export function classifyParsed(mail: ParsedMail, budget: Budget = new Budget()): BounceReport {
  const notice = noticeOf(mail);
  const tooSlow = (): BounceReport => ({ kind: 'unparsed', cause: 'too-slow', detail: `over ${budget.limitMs} ms`, notice, input: mail.input });
  // A decoder read failed recipients, but none had a usable address.
  let onlyUnusable = false;
  for (const lhost of LHOSTS) {
    // detect() reads capped text only, so the clock is asked before each costlier extract.
    if (!lhost.detect(mail)) continue;
    if (budget.spent()) return tooSlow();
    const decoded = lhost.extract(mail);
    if (!decoded) continue;
    const seen = new Set<string>();
    const recipients: RecipientResult[] = [];
    for (const fact of decoded.facts) {
      if (recipients.length >= MAX_RECIPIENTS) break;
      // A recipient without an address tells the user nothing and cannot be tracked; a decoder
      // that read nothing usable gives way to the next one.
      if (!isUsableAddress(fact.recipient) || seen.has(fact.recipient)) continue;
      seen.add(fact.recipient);
      recipients.push(recipientOf(fact, lhost.id));
    }
    if (recipients.length === 0) {
      onlyUnusable ||= decoded.facts.length > 0;
      continue;
    }
    const original = mail.original ?? (decoded.inlineOriginal ? readInlineOriginal(decoded.inlineOriginal) : undefined);
    return {
      kind: kindOf(decoded, recipients),
      decoder: lhost.id,
      notice,
      recipients,
      ...(original ? { original: describeOriginal(original) } : {}),
      input: mail.input,
    };
  }
  if (onlyUnusable || looksLikeBounce(mail)) return { kind: 'unparsed', cause: 'no-recipient', detail: 'looks like a bounce, but no failed recipient was found', notice, input: mail.input };
  return { kind: 'not-bounce', notice, input: mail.input };
}

/** Decoders that read any text: their answer on a mail that carries a whole report is only a guess. */
const guessingDecoders = new Set(['plaintext', 'rfc3834']);

/** True when a family decoder (not a guessing reader) found the failed recipients in the mail itself. */
function readOwnRecipients(report: BounceReport): boolean {
  return 'recipients' in report && !guessingDecoders.has(report.decoder);
}

/**
 * A report attached whole (a forwarded bounce, a gateway's wrapper): its recipients are the
 * ones that failed. The mail as received stays the notice the user opened; without a recipient
 * in the attached report, the outer answer stands.
 */
async function classifyNested(mail: ParsedMail, bytes: Uint8Array, outer: BounceReport, budget: Budget): Promise<BounceReport> {
  let nested: ParsedMail;
  try {
    nested = await parseRawMail(bytes, (mail.nesting ?? 0) + 1);
  } catch {
    return outer;
  }
  let report = classifyParsed(nested, budget);
  // A forward of a forward: the report is one attachment further down (parseRawMail stops
  // offering one at MAX_NESTED_REPORTS).
  if (nested.nestedReport && !readOwnRecipients(report)) report = await classifyNested(nested, nested.nestedReport, report, budget);
  if (!('recipients' in report)) return outer;
  return { ...report, notice: noticeOf(mail), input: mail.input };
}

function unparsed(cause: UnparsedReport['cause'], detail: string, input: 'raw' | 'text'): UnparsedReport {
  return { kind: 'unparsed', cause, detail, input };
}

/** A report, and how its classification used the time budget (budget.ts). */
export interface BudgetedReport {
  readonly report: BounceReport;
  readonly budget: BudgetUse;
}

/**
 * Classifies a raw RFC 822 mail or a webmail's rendered text, and reports how the time budget
 * was used. Never throws. `options.clock` measures the budget (wall time by default).
 */
export async function classifyWithBudget(input: ClassifyInput, options: BudgetOptions = {}): Promise<BudgetedReport> {
  const budget = new Budget(options);
  const report = await classifyWithin(input, budget);
  return { report, budget: budget.use() };
}

/** Classifies a raw RFC 822 mail or a webmail's rendered text. Never throws. */
export async function classifyBounce(input: ClassifyInput): Promise<BounceReport> {
  return (await classifyWithBudget(input)).report;
}

async function classifyWithin(input: ClassifyInput, budget: Budget): Promise<BounceReport> {
  const kind = isRendered(input) ? 'text' : 'raw';
  try {
    if (isRendered(input)) return classifyParsed(parseRenderedMessage(input), budget);
    const prepared = prepareInput(input);
    if (!prepared.ok) return unparsed(prepared.cause, prepared.detail, 'raw');
    // Counted before postal-mime builds them: its cost grows with parts and header fields.
    const structure = checkStructure(prepared.bytes);
    if (!structure.ok) return unparsed(structure.cause, structure.detail, 'raw');
    let mail: ParsedMail;
    try {
      mail = await parseRawMail(prepared.bytes);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return /depth|nest/i.test(message) ? unparsed('too-deep', 'MIME nesting too deep', 'raw') : unparsed('broken-mime', message.slice(0, 120), 'raw');
    }
    const report = classifyParsed(mail, budget);
    return mail.nestedReport && !readOwnRecipients(report) ? await classifyNested(mail, mail.nestedReport, report, budget) : report;
  } catch (error) {
    // A bug of ours must not blank the user's webmail: report it as unparsed.
    return unparsed('broken-mime', `internal error: ${(error instanceof Error ? error.message : String(error)).slice(0, 120)}`, kind);
  }
}
