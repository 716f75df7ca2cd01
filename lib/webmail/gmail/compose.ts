import { type ComposeAdapter, type ComposeRecipient, type RecipientField, sendAttemptOf } from '../compose-dom';
import { allMatches, findAddress, firstMatch, isShown } from '../dom';
import { detectTheme } from '../theme';
import {
  chipRemoveSelectors,
  classicChipInputSelector,
  composeRootSelectors,
  peopleKitChipSelector,
  scheduleSendSelectors,
  sendButtonSelectors,
  themeSampleSelectors,
  typedRecipientSelectors,
} from './selectors';

// Gmail's compose windows for the pre-send guard: popup, full screen and inline reply or
// forward share the `div.M9` root and one recipients area, PeopleKit chips or classic `.vR`.

function fieldOf(element: Element): RecipientField {
  const named = element.closest('[name="to"], [name="cc"], [name="bcc"]') ?? element;
  const name = named.getAttribute('name');
  return name === 'cc' || name === 'bcc' ? name : 'to';
}

/** Typed text may hold several addresses ("a@x.jp, b@y.jp") before Gmail turns them into chips. */
function typedAddresses(value: string): string[] {
  return value
    .split(/[,;、，；\n]/)
    .map((part) => part.trim())
    .filter((part) => part.includes('@') || part.includes('＠'));
}

function readRecipients(root: Element): ComposeRecipient[] {
  const recipients: ComposeRecipient[] = [];
  for (const chip of root.querySelectorAll(peopleKitChipSelector)) {
    const address = chip.getAttribute('data-hovercard-id') ?? '';
    if (address) recipients.push({ address, field: fieldOf(chip), kind: 'chip', element: chip });
  }
  for (const input of root.querySelectorAll<HTMLInputElement>(classicChipInputSelector)) {
    // "Name <address>" or the bare address (gmail.js; InboxSDK get-recipients.ts).
    const address = findAddress(input.value) || input.value.trim();
    if (address) recipients.push({ address, field: fieldOf(input), kind: 'chip', element: input.closest('.vR') ?? input });
  }
  for (const input of allTyped(root)) {
    for (const address of typedAddresses(input.value)) recipients.push({ address, field: fieldOf(input), kind: 'typed', element: input });
  }
  return recipients;
}

/** One query for every typed-text input (document order: To, Cc, Bcc). */
const typedSelector = typedRecipientSelectors.join(', ');

function allTyped(root: Element): (HTMLInputElement | HTMLTextAreaElement)[] {
  return [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(typedSelector)];
}

/** Writes text into Gmail's recipient input the way typing does, so Gmail's own handlers see it. */
function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  // Enter confirms the typed address as a chip (Gmail's own key handling).
  for (const type of ['keydown', 'keyup'] as const) {
    input.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
  }
}

function replaceRecipient(recipient: ComposeRecipient, corrected: string): boolean {
  const root = recipient.element.closest(composeRootSelectors.join(','));
  if (!root) return false;
  if (recipient.kind === 'typed') {
    const input = recipient.element as HTMLInputElement | HTMLTextAreaElement;
    typeInto(input, input.value.replace(recipient.address, corrected));
  } else {
    // Remove the chip with its own remove control, then type the corrected address in the same field.
    const chip = recipient.element.closest('.vR, [role="option"]') ?? recipient.element;
    const remove = firstMatch(chip, chipRemoveSelectors);
    if (!(remove instanceof HTMLElement)) return false;
    for (const type of ['mousedown', 'mouseup', 'click'] as const) remove.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
    const input = allTyped(root).find((candidate) => fieldOf(candidate) === recipient.field);
    if (!input) return false;
    typeInto(input, corrected);
  }
  return readRecipients(root).some((shown) => shown.address === corrected);
}

export const gmailCompose: ComposeAdapter = {
  id: 'gmail',
  canReplace: true,
  findComposeRoots(doc) {
    // An inline reply's root sits inside the conversation; a stale hidden view is not a compose.
    return allMatches(doc, composeRootSelectors).filter((root) => isShown(root));
  },
  readRecipients,
  sendAttempt(event, root) {
    return sendAttemptOf(event, root, {
      send: (target) => target.closest(sendButtonSelectors.join(',')),
      schedule: (target) => target.closest(scheduleSendSelectors.join(',')),
    });
  },
  replaceRecipient,
  sendButton: (root) => firstMatch(root, sendButtonSelectors),
  theme: (doc) => detectTheme([...themeSampleSelectors.map((selector) => doc.querySelector(selector)), doc.body]),
};
