/**
 * RFC 3464 delivery-status fields: one per-message block (Reporting-MTA, Arrival-Date, ...)
 * then one block per recipient (Final-Recipient, Action, Status, Remote-MTA, Diagnostic-Code,
 * ...), blocks separated by empty lines (RFC 3464 §2.1). Real MTAs bend this: blocks without
 * the empty line between them, fields folded with odd indentation, the fields pasted into a
 * text/plain part. The reader accepts all of those.
 */
import { splitLines } from './text';

/** Field name (lowercase) → unfolded value. */
export type DsnFields = Map<string, string>;

export interface DeliveryStatusFields {
  perMessage: DsnFields;
  perRecipient: DsnFields[];
}

/** Fields that open a per-recipient block (RFC 3464 §2.3). */
const recipientOpeners = new Set(['final-recipient', 'original-recipient']);
/** Fields of the per-message block (RFC 3464 §2.2) plus common X- extensions. */
const perMessageNames = new Set(['reporting-mta', 'dsn-gateway', 'received-from-mta', 'arrival-date', 'original-envelope-id', 'x-postfix-queue-id', 'x-postfix-sender']);
/** Every field name RFC 3464 defines, to tell DSN lines from prose in text/plain reports. */
const knownNames = new Set([
  ...recipientOpeners,
  ...perMessageNames,
  'action',
  'status',
  'remote-mta',
  'diagnostic-code',
  'last-attempt-date',
  'final-log-id',
  'will-retry-until',
  'x-actual-recipient',
  'x-original-message-id',
]);

/** One field line as [name, value], continuation lines already joined. */
type FieldLine = readonly [string, string];

/** Splits DSN text into blocks of unfolded field lines, at empty lines. */
function fieldBlocks(text: string): FieldLine[][] {
  const blocks: FieldLine[][] = [];
  let block: [string, string][] = [];
  for (const line of splitLines(text)) {
    if (line.trim() === '') {
      if (block.length > 0) blocks.push(block);
      block = [];
      continue;
    }
    const last = block[block.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      last[1] = `${last[1]} ${line.trim()}`.trim();
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (!/^[a-z][a-z0-9-]*$/.test(name)) continue;
    block.push([name, line.slice(colon + 1).trim()]);
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

/**
 * Reads delivery-status text. Blocks are separated by empty lines (RFC 3464 §2.1); a block
 * with a Final-Recipient (or Original-Recipient) field is a recipient block, and a second
 * Final-Recipient inside one block starts another recipient. Fields a block carries before its
 * first recipient field belong to that recipient, except per-message fields (some MTAs write
 * "Reporting-MTA, Action, Final-Recipient, Status" as one block).
 */
export function parseDeliveryStatus(text: string): DeliveryStatusFields {
  const perMessage: DsnFields = new Map();
  const perRecipient: DsnFields[] = [];
  for (const block of fieldBlocks(text)) {
    if (!block.some(([name]) => recipientOpeners.has(name))) {
      for (const [name, value] of block) if (!perMessage.has(name)) perMessage.set(name, value);
      continue;
    }
    let current: DsnFields | null = null;
    const pending: FieldLine[] = [];
    for (const [name, value] of block) {
      const startsRecipient =
        current === null ||
        current.has(name) ||
        (name === 'original-recipient' && (current.has('status') || current.has('diagnostic-code')));
      if (recipientOpeners.has(name) && startsRecipient) {
        current = new Map();
        perRecipient.push(current);
        for (const [pendingName, pendingValue] of pending.splice(0)) current.set(pendingName, pendingValue);
      }
      if (current === null) {
        if (perMessageNames.has(name)) {
          if (!perMessage.has(name)) perMessage.set(name, value);
        } else {
          pending.push([name, value]);
        }
        continue;
      }
      if (!current.has(name)) current.set(name, value);
    }
  }
  return { perMessage, perRecipient };
}

/** True when the text holds RFC 3464 recipient fields (used to spot DSNs pasted into text parts). */
export function hasDeliveryStatusFields(text: string): boolean {
  return /^(?:Final|Original)-Recipient:[ \t]*[^\s;]+;/im.test(text) && /^(?:Action|Status):/im.test(text);
}

/** Splits "type; value" (RFC 3464 address-type, diagnostic-type, mta-name-type) into its parts. */
export function typedValue(value: string): { type: string; value: string } {
  const semi = value.indexOf(';');
  if (semi < 0 || semi > 24) return { type: '', value: value.trim() };
  return { type: value.slice(0, semi).trim().toUpperCase(), value: value.slice(semi + 1).trim() };
}

/** True when a field name is one RFC 3464 defines. */
export function isDsnFieldName(name: string): boolean {
  return knownNames.has(name.toLowerCase());
}
