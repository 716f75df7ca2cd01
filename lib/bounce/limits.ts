/**
 * Every limit the classifier enforces, in one place. Bounce mails are attacker-controlled, so
 * each limit names what it protects; past one, the report is `unparsed` with the cause below.
 */

/**
 * Largest input classified (cause `too-large`). Gmail and Outlook accept messages of about
 * 25–35 MB; a bounce carrying such an original back is at most that plus a few KB of report.
 * Anything bigger is not a bounce worth the seconds a parse of it would cost in the tab.
 */
export const MAX_INPUT_BYTES = 40 * 1024 * 1024;

/**
 * Deepest MIME nesting accepted (cause `too-deep`). Real bounces nest three or four levels
 * (report → alternative → related); postal-mime's own default of 256 lets a crafted mail spend
 * time and memory on thousands of empty levels first.
 */
export const MAX_MIME_DEPTH = 50;

/**
 * Most MIME parts accepted (cause `too-many-parts`), counted by a linear pre-scan before
 * postal-mime sees the mail. A bounce has two to four parts (text, delivery-status, the returned
 * original), and the original's own parts, should it bring attachments, are a few dozen at most.
 * postal-mime spends about 1.5 ms per sibling part in node (10,000 parts: 14.8 s, issue 11), so
 * past this a mail is a crafted one, and reading it would cost the user seconds for nothing.
 */
export const MAX_MIME_PARTS = 256;

/**
 * Most header fields accepted over the header blocks postal-mime parses (the mail's and each
 * part's; cause `too-many-headers`). Real bounces carry 20–100 at the top (long Received chains
 * included) and three or four per part; a mail of 100,000 one-line fields costs postal-mime
 * seconds and says nothing a real notice would.
 */
export const MAX_HEADER_FIELDS = 2_000;

/**
 * Longest line the decoders look at; longer lines are cut. RFC 5321 §4.5.3.1.6 caps an SMTP
 * text line at 1000 octets, and folded Diagnostic-Code fields stay well under this. The cap
 * keeps every per-line scan linear in the text and blind to 1 MB junk lines.
 */
export const MAX_LINE_LENGTH = 8 * 1024;

/**
 * Most characters of notification text the decoders scan. Reports are a few KB; what follows
 * (a quoted original, base64 noise) tells nothing about the failure.
 */
export const MAX_SCAN_CHARS = 256 * 1024;

/**
 * Most bytes of a returned original's header block that are read for its Message-ID, subject
 * and recipients. RFC 5322 puts no cap on headers; real ones stay under a few KB even with
 * long Received chains.
 */
export const MAX_ORIGINAL_HEADER_BYTES = 64 * 1024;

/**
 * Most addresses read from one text: far more than any bounce lists (see MAX_RECIPIENTS), while
 * a text made of addresses cannot make a list without end.
 */
export const MAX_ADDRESSES = 1000;

/** Address occurrences looked at for those, repeats included (a log may name one address many times). */
export const MAX_ADDRESSES_SCANNED = 4 * MAX_ADDRESSES;

/**
 * Levels of attached messages descended into to find a report (a forwarded bounce, a bounce
 * forwarded again, a gateway that wraps the report it received in a message/rfc822 part). People
 * forward a forward; nobody sends a report four attachments deep, and each level costs a parse.
 */
export const MAX_NESTED_REPORTS = 3;

/** Most recipients reported from one bounce: no real bounce lists more, and the sidebar must stay readable. */
export const MAX_RECIPIENTS = 500;

/**
 * Time budget for one classification, parsing included (cause `too-slow`). Every step is linear
 * and capped, so this is a safety net against a pathological input we did not foresee, checked
 * before each decoder's extract, never a normal outcome. `classifyWithBudget` reports how much
 * of it a classification took (budget.ts); the hostile-input tests assert that report.
 */
export const MAX_CLASSIFY_MS = 2_000;

/**
 * Longest one classification may run in the extension before the worker running it is
 * terminated (cause `too-slow`; lib/classifier-host/pool.ts). MAX_CLASSIFY_MS is checked by the
 * classifier itself between decoders and cannot stop a decoder or postal-mime in mid-run; this
 * deadline can, at the cost of the report's notice header. It leaves MAX_CLASSIFY_MS plus a
 * second for the work around it: a cold worker loading its bundle, decoding a base64 mail of
 * tens of MB, the decoder that was running when MAX_CLASSIFY_MS passed.
 */
export const CLASSIFY_DEADLINE_MS = MAX_CLASSIFY_MS + 1_000;

/**
 * Most classifications running at once (one worker thread each). One hostile mail never delays
 * another tab's bounce; past three at once, a mail waits for a worker (at most one deadline per
 * mail ahead of it). Each worker holds one mail's parse (up to a few hundred MB for a 40 MB
 * mail), so more would cost memory for a case no user meets.
 */
export const MAX_CLASSIFY_WORKERS = 3;

/**
 * Largest message the mbox reader (mbox.ts) keeps when splitting a mailbox file; a larger one is
 * skipped as it streams past and counted, never held whole. The same bound as MAX_INPUT_BYTES:
 * a message over it would be refused by the classifier anyway.
 */
export const MAX_MBOX_MESSAGE_BYTES = MAX_INPUT_BYTES;
