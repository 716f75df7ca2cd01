import { type ComposeAdapter, type ComposeRecipient, sendAttemptOf } from '../compose-dom';
import { allMatches, findAddress, firstMatch, isShown } from '../dom';
import { detectTheme } from '../theme';
import { recipientWellSelectors, sendButtonSelectors, themeSampleSelectors, wellChipSelectors, wellFieldLabels } from './selectors';

// Outlook on the web's compose (new message in the reading pane or popped out, reply,
// forward) for the pre-send guard. Replacing a chip is not offered: OWA's wells are React-
// controlled editors whose model does not follow DOM edits, so the warning copies the corrected
// address instead and says how to fix it (docs/webmail-integration.md, "Compose").

const wellSelector = recipientWellSelectors.join(',');
const sendSelector = sendButtonSelectors.join(',');
const chipSelector = wellChipSelectors.join(',');

function fieldOf(well: Element): ComposeRecipient['field'] {
  return wellFieldLabels[(well.getAttribute('aria-label') ?? '').trim().toLowerCase()] ?? 'to';
}

/** A well counts only when its label names a recipient field (the body is a role=textbox too). */
function isRecipientWell(well: Element): boolean {
  return (well.getAttribute('aria-label') ?? '').trim().toLowerCase() in wellFieldLabels;
}

/** The chip's address: its text when that is the address, else its title or label ("Name <address>"). */
function chipAddress(chip: Element): string {
  const texts = [chip.textContent ?? '', chip.getAttribute('title') ?? '', chip.getAttribute('aria-label') ?? ''];
  for (const text of texts) {
    const found = findAddress(text);
    if (found) return found;
  }
  // An address with a full-width ＠ (typed with an IME) is no address to findAddress, but it is
  // exactly what the guard must see.
  return texts.map((text) => text.trim()).find((text) => text.includes('＠')) ?? '';
}

/** Text in the well outside any chip: what is still being typed. */
function typedText(well: Element): string {
  let text = '';
  const walker = well.ownerDocument.createTreeWalker(well, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(chipSelector)) text += `${node.textContent ?? ''} `;
  }
  return text;
}

function readRecipients(root: Element): ComposeRecipient[] {
  const recipients: ComposeRecipient[] = [];
  for (const well of root.querySelectorAll(wellSelector)) {
    if (!isRecipientWell(well)) continue;
    const field = fieldOf(well);
    for (const chip of well.querySelectorAll(chipSelector)) {
      const address = chipAddress(chip);
      if (address) recipients.push({ address, field, kind: 'chip', element: chip });
    }
    for (const part of typedText(well).split(/[,;、，；]/)) {
      const address = part.trim();
      if (address.includes('@') || address.includes('＠')) recipients.push({ address, field, kind: 'typed', element: well });
    }
  }
  return recipients;
}

function composeRootOf(well: Element): Element | null {
  for (let node = well.parentElement; node; node = node.parentElement) {
    if (node.querySelector(sendSelector)) return node;
  }
  return null;
}

export const outlookCompose: ComposeAdapter = {
  id: 'outlook',
  canReplace: false,
  findComposeRoots(doc) {
    const roots = new Set<Element>();
    for (const well of allMatches(doc, recipientWellSelectors)) {
      if (!isRecipientWell(well) || !isShown(well)) continue;
      const root = composeRootOf(well);
      if (root) roots.add(root);
    }
    return [...roots];
  },
  readRecipients,
  sendAttempt(event, root) {
    return sendAttemptOf(event, root, {
      send: (target) => target.closest(sendSelector),
      // OWA's "Schedule send" is a dialog after the Send menu: the send itself goes through Send (verify live).
      schedule: () => null,
    });
  },
  replaceRecipient: () => false,
  sendButton: (root) => firstMatch(root, sendButtonSelectors),
  theme: (doc) => detectTheme([...themeSampleSelectors.map((selector) => doc.querySelector(selector)), doc.body]),
};
