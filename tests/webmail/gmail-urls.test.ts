import { describe, expect, it } from 'vitest';
import { gmailAccountBase, gmailDownloadUrl, gmailMessageRef, gmailShowOriginalUrl, isGoogleSignInUrl } from '@/lib/webmail/gmail/urls';

describe('gmailAccountBase', () => {
  it.each([
    ['/mail/u/0/', '/mail/u/0/'],
    ['/mail/u/1/', '/mail/u/1/'],
    ['/mail/u/12/popout', '/mail/u/12/'],
    ['/mail/b/238/u/0/', '/mail/b/238/u/0/'],
    ['/mail/b/fixture-token/u/3/', '/mail/b/fixture-token/u/3/'],
    ['/mail/', '/mail/'],
  ])('%s → %s', (path, base) => expect(gmailAccountBase(path)).toBe(base));
  it('is undefined off Gmail', () => expect(gmailAccountBase('/calendar/u/0/')).toBeUndefined());
});

describe('gmailMessageRef', () => {
  it('takes the msg-f id, without the leading #', () => {
    expect(gmailMessageRef('#msg-f:1847000000000000002', '19a1c1a6f4e00002')).toEqual({ param: 'permmsgid', value: 'msg-f:1847000000000000002' });
  });
  it('falls back to the legacy hex id for a just-sent msg-a id', () => {
    expect(gmailMessageRef('#msg-a:r-123456789', '19A1C1A6F4E00002')).toEqual({ param: 'th', value: '19a1c1a6f4e00002' });
  });
  it('refuses anything else (nothing from the page goes into a URL unchecked)', () => {
    expect(gmailMessageRef('#msg-f:1&view=om', null)).toBeUndefined();
    expect(gmailMessageRef(null, 'zz"><script>')).toBeUndefined();
  });
});

describe('raw-source URLs', () => {
  const ref = { param: 'permmsgid', value: 'msg-f:1847000000000000002' } as const;
  it('builds the download URL on the open account with a cache-buster', () => {
    expect(gmailDownloadUrl('https://mail.google.com', '/mail/b/238/u/1/', ref, '17-1')).toBe(
      'https://mail.google.com/mail/b/238/u/1/?view=att&permmsgid=msg-f:1847000000000000002&attid=0&disp=comp&safe=1&zw&cb=17-1',
    );
  });
  it('builds the show-original URL with and without ik', () => {
    expect(gmailShowOriginalUrl('https://mail.google.com', '/mail/u/0/', ref, 'abc123def0')).toBe(
      'https://mail.google.com/mail/u/0/?ik=abc123def0&view=om&permmsgid=msg-f:1847000000000000002',
    );
    expect(gmailShowOriginalUrl('https://mail.google.com', '/mail/u/0/', ref, undefined)).toBe(
      'https://mail.google.com/mail/u/0/?view=om&permmsgid=msg-f:1847000000000000002',
    );
  });
  it('recognises the sign-in page', () => {
    expect(isGoogleSignInUrl('https://accounts.google.com/ServiceLogin?service=mail')).toBe(true);
    expect(isGoogleSignInUrl('https://mail-attachment.googleusercontent.com/attachment/u/0/')).toBe(false);
    expect(isGoogleSignInUrl('not a url')).toBe(false);
  });
});
