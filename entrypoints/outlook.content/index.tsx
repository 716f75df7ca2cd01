import { defineContentScript } from '#imports';
import { startBounceSidebar } from '@/lib/content/session';
import { outlookAdapter } from '@/lib/webmail/outlook/adapter';
import '@/components/sidebar.css';

export default defineContentScript({
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    startBounceSidebar(ctx, outlookAdapter);
  },
});
