/**
 * Gmail URLs for a message's raw source, built on the account the user has open
 * (webmail.md §1.1, §1.5): `/mail/u/<n>/` or a delegated `/mail/b/<token>/u/<n>/`. Never a fixed
 * `/u/0/`: that would read another signed-in account's mail, or nothing.
 */

/** The account prefix of a Gmail path, e.g. "/mail/u/1/" or "/mail/b/238/u/0/"; undefined off Gmail. */
export function gmailAccountBase(pathname: string): string | undefined {
  const account = /^\/mail\/(?:b\/[^/?#]+\/)?u\/\d+\//.exec(pathname);
  if (account) return account[0];
  return pathname.startsWith('/mail/') || pathname === '/mail' ? '/mail/' : undefined;
}

/**
 * The id the download endpoint takes. Gmail's data-message-id is "#msg-f:<decimal>" (server
 * messages) or "#msg-a:r<…>" (just sent, not synced: webmail.md §1.2); data-legacy-message-id
 * is the 16-hex form, taken with `th=`.
 */
export type GmailMessageRef = { param: 'permmsgid'; value: string } | { param: 'th'; value: string };

export function gmailMessageRef(messageIdAttr: string | null, legacyIdAttr: string | null): GmailMessageRef | undefined {
  const perm = /^#?(msg-f:\d{1,25})$/.exec(messageIdAttr?.trim() ?? '');
  if (perm?.[1]) return { param: 'permmsgid', value: perm[1] };
  const legacy = /^[0-9a-f]{12,20}$/i.exec(legacyIdAttr?.trim() ?? '');
  if (legacy) return { param: 'th', value: legacy[0].toLowerCase() };
  return undefined;
}

/**
 * "Download original": the whole message as bytes. No `ik` is needed (gmail.js
 * email_source_pre). The redirect goes to mail-attachment.googleusercontent.com and a cached
 * redirect comes back without CORS headers, hence the changing `cb` parameter (gmail.js PR #333).
 */
export function gmailDownloadUrl(origin: string, accountBase: string, ref: GmailMessageRef, cacheBuster: string): string {
  return `${origin}${accountBase}?view=att&${ref.param}=${ref.value}&attid=0&disp=comp&safe=1&zw&cb=${encodeURIComponent(cacheBuster)}`;
}

/** "Show original": an HTML page with the source in pre#raw_message_text (InboxSDK getOriginalMessagePage). */
export function gmailShowOriginalUrl(origin: string, accountBase: string, ref: GmailMessageRef, ik: string | undefined): string {
  const ikParam = ik ? `ik=${encodeURIComponent(ik)}&` : '';
  return `${origin}${accountBase}?${ikParam}view=om&${ref.param}=${ref.value}`;
}

/** Whether a response URL is Google's sign-in, i.e. the session has expired. */
export function isGoogleSignInUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.hostname === 'accounts.google.com' || /ServiceLogin|signin/i.test(parsed.pathname);
  } catch {
    return false;
  }
}
