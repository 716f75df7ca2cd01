import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, isCopyableAddress, isPlainOrIdnAddress, revealHidden, showAddress } from '@/lib/address/visible';

// Every character class issue 11 names, and the neighbours that must stay untouched.
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const OTHER_INVISIBLE = ['\u00ad', '\u00a0', '\u3000', '\u034f', '\u115f', '\u3164', '\ufe0f', '\u{e0041}', '\u{e0100}', '\u0007', '\u0085', '\ue000', '\u2028'];

describe('addresses that cannot lie (pure)', () => {
  it('finds every bidi, zero-width and other invisible character', () => {
    for (const char of [...BIDI, ...ZERO_WIDTH, ...OTHER_INVISIBLE]) {
      expect(hasHiddenCharacters(`boss${char}@example.org`), `U+${char.codePointAt(0)!.toString(16)}`).toBe(true);
    }
    for (const plain of ['boss@example.org', '"taro yamada"@example.jp', '山田@例え.jp', 'user+tag@example.com', 'ｔａｒｏ@example.jp']) {
      expect(hasHiddenCharacters(plain), plain).toBe(false);
    }
  });

  it('reveals them as code points, so the text shows in its real order', () => {
    const forged = '"\u202emoc.liamg@ssob"@example.org';
    expect(revealHidden(forged)).toBe('"⟨U+202E⟩moc.liamg@ssob"@example.org');
    expect(revealHidden('boss\u200b@example.org')).toBe('boss⟨U+200B⟩@example.org');
    expect(revealHidden('a\u{e0041}@example.org')).toBe('a⟨U+E0041⟩@example.org');
    expect(showAddress(forged)).toEqual({ text: '"⟨U+202E⟩moc.liamg@ssob"@example.org', hidden: true });
    expect(showAddress('boss@example.org')).toEqual({ text: 'boss@example.org', hidden: false });
    // Already revealed (stored before v3, migrated): still not the real address.
    expect(showAddress('boss⟨U+200B⟩@example.org').hidden).toBe(true);
    expect(revealHidden('x'.repeat(10_000) + '\u202e')).toHaveLength(10_000 + '⟨U+202E⟩'.length);
  });

  it('never offers such an address for copy, as it came or revealed', () => {
    expect(isCopyableAddress('boss@example.org')).toBe(true);
    expect(isCopyableAddress('"\u202emoc.liamg@ssob"@example.org')).toBe(false);
    expect(isCopyableAddress('boss⟨U+200B⟩@example.org')).toBe(false);
  });

  it('a corrected address is plain ASCII or a valid IDN, nothing else', () => {
    for (const good of ['sato@gmail.com', 'suzuki.ichiro@docomo.ne.jp', "o'brien+news@example.co.uk", 'taro@例え.jp', 'taro@xn--r8jz45g.jp']) {
      expect(isPlainOrIdnAddress(good), good).toBe(true);
    }
    for (const bad of [
      'sato\u200b@gmail.com',
      'sato@gma\u00adil.com', // the URL parser would drop the soft hyphen silently
      'sato@gmail.com\u202e',
      '"sato taro"@gmail.com',
      '山田@example.jp',
      'sato@gmail',
      'sato@-gmail.com',
      'sato@gmail..com',
      '.sato@gmail.com',
      'sa..to@gmail.com',
      'sato@GMAIL.com',
      'sato@ｇｍａｉｌ.com',
      'sato@exa mple.com',
      `${'a'.repeat(65)}@example.com`,
    ]) {
      expect(isPlainOrIdnAddress(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
