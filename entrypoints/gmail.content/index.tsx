import { defineContentScript } from '#imports';
import { startBounceNavi } from '@/lib/content/start';
import { gmailAdapter } from '@/lib/webmail/gmail/adapter';
import '@/components/sidebar.css';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  // Never on the "show original" tab: that page is our raw-source fallback, not a message view.
  excludeGlobs: ['*view=om*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    startBounceNavi(ctx, gmailAdapter);
  },
});
