import { defineContentScript } from '#imports';
import { startComposeGuardFor } from '@/lib/content/compose-start';
import { startBounceNavi } from '@/lib/content/start';
import { gmailAdapter } from '@/lib/webmail/gmail/adapter';
import { gmailCompose } from '@/lib/webmail/gmail/compose';
import '@/components/sidebar.css';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  // Never on the "show original" tab: that page is our raw-source fallback, not a message view.
  excludeGlobs: ['*view=om*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    startBounceNavi(ctx, gmailAdapter);
    startComposeGuardFor(ctx, gmailCompose);
  },
});
