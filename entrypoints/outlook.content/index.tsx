import { defineContentScript } from '#imports';
import { startComposeGuardFor } from '@/lib/content/compose-start';
import { startBounceNavi } from '@/lib/content/start';
import { outlookAdapter } from '@/lib/webmail/outlook/adapter';
import { outlookCompose } from '@/lib/webmail/outlook/compose';
import '@/components/sidebar.css';

export default defineContentScript({
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    startBounceNavi(ctx, outlookAdapter);
    startComposeGuardFor(ctx, outlookCompose);
  },
});
