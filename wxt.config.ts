import { defineConfig } from 'wxt';

// The webmail origins the extension works on. Host access is limited to these four,
// and the content scripts declare the same lists in their own entrypoints.
export const GMAIL_MATCHES = ['https://mail.google.com/*'];
export const OUTLOOK_MATCHES = [
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses; nothing becomes a global by folder name.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    // "offscreen" (Chrome only): the service worker cannot start a Worker, so an offscreen
    // document runs the classifier's workers, which is how a hostile mail can be stopped
    // (lib/classifier-host; README, Permissions). No install warning, no access to any data.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    host_permissions: [...GMAIL_MATCHES, ...OUTLOOK_MATCHES],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'bounce-navi@example.jp',
              strict_min_version: '128.0',
              // Nothing leaves the user's machine: AMO's required declaration since 2025-11.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // `wxt` dev never opens a browser by itself here; the demo script does that.
  webExt: { disabled: true },
  zip: {
    excludeSources: ['demo-output/**', 'tests/e2e/artifacts/**', 'coverage/**', '.ci/**'],
  },
});
