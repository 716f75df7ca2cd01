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

/**
 * Reads delivery-status text. A field line is "Name: value"; a line starting with white space
 * continues the previous field. A new Final-Recipient (or an Original-Recipient after fields
 * of a finished recipient) starts a new block even without an empty line.
 */
export function parseDeliveryStatus(text: string): DeliveryStatusFields {
  const perMessage: DsnFields = new Map();
  const perRecipient: DsnFields[] = [];
  let current: DsnFields | null = null;
  let lastName = '';
  let lastTarget: DsnFields | null = null;
  for (const line of splitLines(text)) {
    if (line.trim() === '') {
      current = null;
      lastName = '';
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && lastName && lastTarget) {
      lastTarget.set(lastName, `${lastTarget.get(lastName) ?? ''} ${line.trim()}`.trim());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      lastName = '';
      continue;
    }
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!/^[a-z][a-z0-9-]*$/.test(name)) {
      lastName = '';
      continue;
    }
    const value = line.slice(colon + 1).trim();
    if (recipientOpeners.has(name)) {
      const startsNew = current === null || current.has(name) || (name === 'original-recipient' && current.has('action'));
      if (startsNew) {
        current = new Map();
        perRecipient.push(current);
      }
    } else if (current === null && perMessageNames.has(name)) {
      perMessage.set(name, value);
      lastName = name;
      lastTarget = perMessage;
      continue;
    }
    const target: DsnFields = current ?? perMessage;
    if (!target.has(name)) target.set(name, value);
    lastName = name;
    lastTarget = target;
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
