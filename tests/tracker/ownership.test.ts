import { describe, expect, it } from 'vitest';
import { decideOwnership, mailboxOf, originalSenders } from '@/lib/tracker/ownership';
import { learnAccount, ownAddresses, completeSettings, MAX_SEEN_ACCOUNTS } from '@/lib/tracker/settings';
import { originalFrom } from './reports';

const ME = 'tanaka.hanako@example.com';

describe('whose mail a bounce answers (pure)', () => {
  it('ours: the returned original was sent From, by Sender or with the Return-Path of an own address', () => {
    expect(decideOwnership({ original: originalFrom(ME) }, [ME])).toBe('ours');
    expect(decideOwnership({ original: originalFrom('Tanaka.Hanako@EXAMPLE.com') }, [ME])).toBe('ours');
    expect(decideOwnership({ original: originalFrom('news@list.example.org', { sender: ME }) }, [ME])).toBe('ours');
    expect(decideOwnership({ original: originalFrom('news@list.example.org', { returnPath: `<${ME}>` }) }, [ME])).toBe('ours');
    // An alias listed in the options page, or another account seen.
    expect(decideOwnership({ original: originalFrom('sales@example.co.jp') }, [ME, 'sales@example.co.jp'])).toBe('ours');
  });

  it('reads one mailbox through +tags and Gmail dots', () => {
    expect(decideOwnership({ original: originalFrom('tanaka.hanako+quote@example.com') }, [ME])).toBe('ours');
    expect(decideOwnership({ original: originalFrom('t.anakahanako@googlemail.com') }, ['tanakahanako@gmail.com'])).toBe('ours');
    // Dots matter elsewhere.
    expect(decideOwnership({ original: originalFrom('tanakahanako@example.com') }, [ME])).toBe('not-ours');
    expect(mailboxOf('<Taro.Yamada+x@GMail.com>')).toBe('taroyamada@gmail.com');
    expect(mailboxOf('not an address')).toBeUndefined();
  });

  it('not ours: the original came back, sent by someone else', () => {
    expect(decideOwnership({ original: originalFrom('ceo@example.org') }, [ME])).toBe('not-ours');
    // A forged original naming the user only as a recipient is still someone else's mail.
    expect(decideOwnership({ original: originalFrom('ceo@example.org', { to: [ME] }) }, [ME])).toBe('not-ours');
  });

  it('unknown: nothing of the original came back, or no own address is known', () => {
    expect(decideOwnership({}, [ME])).toBe('unknown');
    // Headers came back without any sender address (only a Message-ID, or `From: undisclosed`).
    expect(decideOwnership({ original: originalFrom('undisclosed') }, [ME])).toBe('unknown');
    expect(decideOwnership({ original: originalFrom('', { returnPath: '<>' }) }, [ME])).toBe('unknown');
    expect(decideOwnership({ original: originalFrom('ceo@example.org') }, [])).toBe('unknown');
    expect(decideOwnership({ original: originalFrom('ceo@example.org') }, ['', 'nonsense'])).toBe('unknown');
    expect(originalSenders(undefined)).toEqual([]);
  });

  it('own addresses: the open account, the aliases and the accounts seen; accounts are learned once, bounded', () => {
    const settings = completeSettings({ sendingAddresses: ['Sales@Example.CO.JP', 'junk', 'sales@example.co.jp'] });
    expect(settings.sendingAddresses).toEqual(['Sales@example.co.jp']);
    const learned = learnAccount(settings, ME);
    expect(learned.seenAccounts).toEqual([ME]);
    expect(learnAccount(learned, ME)).toBe(learned);
    expect(learnAccount(learned, undefined)).toBe(learned);
    expect(learnAccount(learned, '"‮moc.liamg@ssob"@example.org')).toBe(learned);
    expect(ownAddresses(learned, 'other@example.net')).toEqual(['other@example.net', 'Sales@example.co.jp', ME]);
    let many = settings;
    for (let i = 0; i < MAX_SEEN_ACCOUNTS + 5; i++) many = learnAccount(many, `user${i}@example.jp`);
    expect(many.seenAccounts).toHaveLength(MAX_SEEN_ACCOUNTS);
    expect(many.seenAccounts[0]).toBe('user5@example.jp');
  });
});
