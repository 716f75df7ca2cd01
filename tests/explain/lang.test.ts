import { describe, expect, it } from 'vitest';
import { explainReason } from '@/lib/explain';
import { resolveLang } from '@/lib/i18n/lang';

describe('the language shown', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['EN-us', 'en'],
    ['fr-FR', 'ja'],
    ['zh-CN', 'ja'],
    ['', 'ja'],
    ['eng', 'ja'],
  ] as const)('follows a browser in %s → %s', (browserLanguage, expected) => {
    expect(resolveLang('auto', browserLanguage)).toBe(expected);
  });

  it('lets the options page override the browser', () => {
    expect(resolveLang('en', 'ja-JP')).toBe('en');
    expect(resolveLang('ja', 'en-US')).toBe('ja');
  });

  it('selects the text language', () => {
    const lang = resolveLang('auto', 'en-US');
    expect(explainReason('hostunknown', lang).title).toBe('The part after the @ is wrong');
    expect(explainReason('hostunknown', resolveLang('auto', 'ja')).title).toBe('宛先のアドレスの@より後ろが間違っています');
  });
});
