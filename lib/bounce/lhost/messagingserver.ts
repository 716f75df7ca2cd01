/**
 * Oracle (Sun, iPlanet) Communications Messaging Server. "This report relates to a message
 * you sent ..." then one block per recipient: "Recipient address:", "Original address:",
 * "Reason:", "Diagnostic code:", "Remote system:". When a delivery-status part comes with it,
 * its Final-Recipient may be the server's internal route ("@relay:user@host"); the block's
 * Original address is what the sender wrote, and its Diagnostic code the remote reply.
 */
import { typedValue } from '../dsn';
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import { findAddress, splitLines, squeeze } from '../text';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

interface Block {
  recipient: string;
  reason: string;
  diagnostic: string;
  remote: string;
}

function readBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of splitLines(body)) {
    const field = /^\s+(Recipient address|Original address|Reason|Diagnostic code|Remote system):/i.exec(line);
    if (!field?.[1]) continue;
    const name = field[1].toLowerCase();
    const value = line.slice(field[0].length).trim();
    if (name === 'recipient address') {
      current = { recipient: findAddress(value.replace(/^@[^:]+:/, '')), reason: '', diagnostic: '', remote: '' };
      blocks.push(current);
    } else if (current && name === 'original address') {
      current.recipient = findAddress(value) || current.recipient;
    } else if (current && name === 'reason') {
      current.reason = value;
    } else if (current && name === 'diagnostic code') {
      current.diagnostic = typedValue(value).value;
    } else if (current && name === 'remote system') {
      current.remote = (/^dns;\s*([^\s(]+)/i.exec(value)?.[1] ?? '').toLowerCase();
    }
  }
  return blocks.filter((b) => b.recipient);
}

function isMessagingServer(mail: ParsedMail): boolean {
  return mail.head.includes('this report relates to a message you sent with the following header fields') && /recipient address:/i.test(mail.head);
}

export const messagingserver: Lhost = {
  id: 'messagingserver',
  detect: isMessagingServer,
  extract(mail): DecodedMail | undefined {
    const blocks = readBlocks(mail.body);
    const delayed = /has been delayed/i.test(mail.head);
    const dsn = factsOfDeliveryStatus(mail);
    const facts: RawFact[] = blocks.map((block, index) => {
      const fact = dsn.find((f) => f.recipient === block.recipient) ?? (dsn.length === blocks.length ? dsn[index] : undefined) ?? emptyFact(block.recipient);
      return {
        ...fact,
        recipient: block.recipient,
        action: fact.action || (delayed ? 'delayed' : 'failed'),
        diagnosticCode: squeeze(block.diagnostic || fact.diagnosticCode || block.reason),
        remoteMta: fact.remoteMta || block.remote,
      };
    });
    const result = facts.length > 0 ? facts : dsn;
    return result.length > 0 ? { facts: result } : undefined;
  },
};
