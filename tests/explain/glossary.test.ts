import { describe, expect, it } from 'vitest';
import { findGlossaryTerms, GLOSSARY, MAX_GLOSSARY_SCAN_CHARS } from '@/lib/explain';
import { cpuMs } from '../cpu-clock';

const termsIn = (text: string): string[] => findGlossaryTerms(text, 'ja').map((m) => m.term);

describe('the glossary', () => {
  it('has at least 60 distinct entries, each meaningful in both languages', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(60);
    expect(new Set(GLOSSARY.map((e) => e.term.toLowerCase())).size).toBe(GLOSSARY.length);
    for (const entry of GLOSSARY) {
      expect(entry.meaning.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(entry.meaning.en).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(entry.meaning.en.trim()).not.toBe('');
      for (const variant of entry.variants ?? []) expect(variant).toBe(variant.toLowerCase());
    }
  });

  it.each([
    'User unknown', 'Mailbox full', 'Over quota', 'Message size exceeds fixed maximum', 'Host or domain name not found',
    'Relay access denied', '5.7.1', '550', '5.1.1', '5.2.2', '5.7.26', 'RESOLVER.ADR.RecipientNotFound',
    'Recipient address rejected', 'No such user', 'Connection timed out', 'SPF', 'DKIM', 'DMARC', 'PTR', 'Blacklisted', 'Spamhaus',
  ])('explains %s', (term) => {
    expect(GLOSSARY.map((e) => e.term)).toContain(term);
  });

  it('finds each entry by its own spellings', () => {
    for (const entry of GLOSSARY) {
      for (const spelling of entry.variants ?? [entry.term]) {
        expect(termsIn(`Diagnostic text: ${spelling.toUpperCase()} (end)`), spelling).toContain(entry.term);
      }
    }
  });
});

/** Words that call a failure permanent: wrong beside a soft verdict such as a full mailbox (RFC 5321 §4.2.3: 552). */
const PERMANENCE = /permanent|恒久|until fixed|直すまで|never (?:be )?deliver/i;

describe('code glosses never contradict the verdict beside them', () => {
  it('no code gloss calls the failure permanent, in either language', () => {
    for (const entry of GLOSSARY.filter((e) => /^\d/.test(e.term))) {
      expect(entry.meaning.ja, entry.term).not.toMatch(PERMANENCE);
      expect(entry.meaning.en, entry.term).not.toMatch(PERMANENCE);
    }
  });

  it('a 5yz reply is glossed as a refusal that is not retried, a 4yz one as temporary', () => {
    for (const entry of GLOSSARY.filter((e) => /^[45]\d\d$/.test(e.term))) {
      const temporary = entry.term.startsWith('4');
      expect(entry.meaning.en, entry.term).toContain(temporary ? 'a temporary answer, retried automatically' : 'a refusal, not retried automatically');
      expect(entry.meaning.ja, entry.term).toContain(temporary ? '一時的な返答' : '自動では送り直されない');
    }
  });

  it('a full mailbox (soft) and an unknown user (hard) both read true', () => {
    // A 552 for a full mailbox is soft (Sisimai: mailboxfull); a 550 5.1.1 is hard (userunknown).
    for (const lang of ['ja', 'en'] as const) {
      const full = findGlossaryTerms('552 5.2.2 <hanako@example.jp>: Mailbox full', lang);
      expect(full.map((m) => m.term)).toEqual(['552', '5.2.2', 'Mailbox full']);
      for (const match of full) expect(match.meaning, match.term).not.toMatch(PERMANENCE);
      expect(full[0]?.meaning).toMatch(lang === 'ja' ? /保存できる量を超えた/ : /storage allocation exceeded/);
    }
    const unknown = findGlossaryTerms('550 5.1.1 <taro@example.co.jp>: User unknown', 'en');
    expect(unknown.map((m) => m.meaning)).toEqual([
      expect.stringContaining('not found') as string,
      expect.stringContaining('does not exist') as string,
      expect.stringContaining('no such user') as string,
    ]);
  });

  it('the "Permanent error" phrase says what it means for the sender, not that the address is dead', () => {
    const [match] = findGlossaryTerms('550 permanent error', 'en').filter((m) => m.term === 'Permanent error');
    expect(match?.meaning).toBe('the sending server has stopped retrying (the address is not necessarily dead)');
  });
});

describe('finding the decisive words in a bounce', () => {
  it('lists the terms in the order they appear, with their meaning in the chosen language', () => {
    const text = 'smtp; 550 5.1.1 <taro@example.co.jp>: Recipient address rejected: User unknown in virtual mailbox table';
    expect(termsIn(text)).toEqual(['550', '5.1.1', 'Recipient address rejected', 'User unknown']);
    const [first] = findGlossaryTerms(text, 'en');
    expect(first).toEqual({ matched: '550', term: '550', meaning: expect.stringContaining('the mailbox cannot take the mail') as string });
  });

  it('ignores case and returns the words as written', () => {
    expect(findGlossaryTerms('550 USER UNKNOWN', 'ja')[1]).toMatchObject({ matched: 'USER UNKNOWN', term: 'User unknown' });
  });

  it('matches a phrase folded over two lines, and shows it as it was', () => {
    const [match] = findGlossaryTerms('Diagnostic-Code: smtp; mailbox\r\n    full', 'ja').filter((m) => m.term === 'Mailbox full');
    expect(match?.matched).toBe('mailbox\r\n    full');
  });

  it('keeps codes whole: 5.1.10 is not 5.1.1, 15501 is not 550', () => {
    expect(termsIn('550 5.1.10 RESOLVER.ADR.RecipientNotFound')).toEqual(['550', '5.1.10', 'RESOLVER.ADR.RecipientNotFound']);
    expect(termsIn('queue id 15501, size 5.1.12')).toEqual([]);
    expect(termsIn('550-5.1.1 The email account does not exist')).toEqual(['550', '5.1.1', 'does not exist']);
    expect(termsIn('#5.1.1')).toEqual(['5.1.1']);
  });

  it('keeps words whole: "spam" is not found inside "Spamhaus"', () => {
    expect(termsIn('554 5.7.1 Client host [192.0.2.10] blocked using zen.spamhaus.org')).toEqual([
      '554',
      '5.7.1',
      'Blacklisted',
      'Spamhaus',
    ]);
  });

  it('leaves out a term found only inside a longer one', () => {
    expect(termsIn('554 5.7.1 <taro@example.jp>: Relay access denied')).toEqual(['554', '5.7.1', 'Relay access denied']);
    expect(termsIn('550 Requested action not taken: mailbox does not exist')).toEqual(['550', 'Mailbox not found']);
  });

  it('gives each term once', () => {
    expect(termsIn('User unknown; user unknown; USER UNKNOWN')).toEqual(['User unknown']);
  });

  it('reads Gmail, Exchange and docomo wordings', () => {
    expect(termsIn("550-5.7.26 Unauthenticated email from example.co.jp is not accepted due to domain's DMARC policy")).toEqual([
      '550', '5.7.26', 'Unauthenticated', 'DMARC', 'Policy',
    ]);
    expect(termsIn('Remote Server returned 550 5.4.310 DNS domain example.con does not exist')).toEqual(['550', '5.4.310', 'does not exist']);
    expect(termsIn('500 Line Too Long')).toEqual(['Line too long']);
  });

  it('finds nothing in Japanese or empty text', () => {
    expect(termsIn('')).toEqual([]);
    expect(termsIn('宛先のメールアドレスが見つかりませんでした。')).toEqual([]);
  });
});

describe('attacker-controlled input', () => {
  it('scans only the start of a long text', () => {
    const padded = `${'x'.repeat(MAX_GLOSSARY_SCAN_CHARS)} User unknown`;
    expect(termsIn(padded)).toEqual([]);
  });

  it('stays fast on a megabyte of near-misses', () => {
    const nearMisses = '5.1.1055055 spamhau user unknow '.repeat(40_000);
    let found: ReturnType<typeof findGlossaryTerms> = [];
    const elapsed = cpuMs(() => (found = findGlossaryTerms(nearMisses, 'ja')));
    expect(found.map((m) => m.term)).toEqual([]);
    // Generous: the scan is capped and linear; this only catches a pathological regression.
    // CPU time of this process (tests/cpu-clock.ts), not the wall clock of a shared machine.
    expect(elapsed).toBeLessThan(2000);
  });

  it('returns the words as plain text, markup included, for the page to render as text', () => {
    const [match] = findGlossaryTerms('<b onclick="x()">User unknown</b>', 'ja');
    expect(match?.matched).toBe('User unknown');
  });
});
