/** Small DOM helpers shared by the webmail adapters. Document access only, no extension API. */

/** The first element matching any of the selectors, tried in order (newest DOM first). */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Every element matching the first selector that matches anything. */
export function allMatches(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/**
 * Whether the element is rendered: webmails keep earlier views in the DOM under display:none
 * (Gmail's stale views, webmail.md §1.3). checkVisibility() answers from layout without a walk
 * (Chrome 105, Firefox 106); the walk is for DOMs that lack it.
 */
export function isShown(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = view?.getComputedStyle(node);
    if (style?.display === 'none' || style?.visibility === 'hidden') return false;
  }
  return true;
}

/** The element's rendered text (line breaks where the page shows them), else its text content. */
export function renderedText(element: Element | null): string {
  if (!element) return '';
  const text = element instanceof HTMLElement ? element.innerText : undefined;
  return (text ?? element.textContent ?? '').trim();
}

/** Text content, trimmed and single-spaced; cheap (no layout). */
export function plainText(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The first e-mail address in a string such as "Microsoft Outlook <postmaster@outlook.com>": the
 * first run of characters other than spaces, brackets, quotes and separators that holds an "@"
 * after its first character and a "." at least two characters later, not last. One pass over the
 * runs: the pattern it replaces (/[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/) was cubic
 * and froze an Outlook tab for 12.9 s on a sender with 2,000 "@" (issue 11).
 */
export function findAddress(text: string): string {
  for (const run of text.split(/[\s<>()"',;:]/)) {
    const at = run.indexOf('@', 1);
    const dot = run.lastIndexOf('.', run.length - 2);
    if (at > 0 && dot >= at + 2) return run;
  }
  return '';
}

/**
 * The text without its tags ("<" up to the next ">"); a "<" that no ">" follows stays, as with
 * /<[^>]*>/g, which instead rescans the rest of the text from every such "<" (quadratic).
 */
export function withoutTags(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<', at);
    const close = open < 0 ? -1 : text.indexOf('>', open + 1);
    if (close < 0) return out + text.slice(at);
    out += text.slice(at, open);
    at = close + 1;
  }
}

/** Most characters of a page text read for the account's address: an address is at most 254. */
const MAX_ACCOUNT_TEXT = 512;

/**
 * The open account's address from the first element of `selectors` that names one, outside any
 * mail body (`outside`): the mail controls its body, never the webmail's own bar. `read` picks
 * the text (an attribute or the element's text); it is cut to MAX_ACCOUNT_TEXT first.
 */
export function accountAddressIn(
  doc: Document,
  selectors: readonly string[],
  read: (element: Element) => string,
  outside: readonly string[],
): string | undefined {
  for (const element of selectors.flatMap((selector) => [...doc.querySelectorAll(selector)])) {
    if (outside.some((selector) => element.closest(selector))) continue;
    const address = lastAddress(read(element).slice(0, MAX_ACCOUNT_TEXT));
    if (address) return address;
  }
  return undefined;
}

/** The last address in a short text ("Google Account: Name (name@example.com)"): the brackets' content, if it is one. */
export function lastAddress(text: string): string {
  const words = text.split(/[\s<>()（）"',;:：]+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    const at = word.indexOf('@');
    if (at > 0 && at === word.lastIndexOf('@') && word.indexOf('.', at) > at + 1 && !word.endsWith('.')) return word;
  }
  return '';
}
