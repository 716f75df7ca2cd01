import path from 'node:path';
import { build } from 'esbuild';
import { defineWxtModule } from 'wxt/modules';
import { SIDEBAR_UI_FILE } from '../lib/content/sidebar-ui-file';

// The sidebar's UI (React, the components, the explanations) as its own ES module, loaded by the
// content scripts only when a bounce is open. The always-loaded content script then carries the
// detection and retrieval only: React and react-dom alone are ~75 KB gzip, over the 70 KB goal.
// WXT builds content scripts as single IIFE files (no code splitting), hence esbuild here.

const WEBMAIL_MATCHES = ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'];

export default defineWxtModule({
  name: 'bounce-navi:sidebar-ui',
  setup(wxt) {
    wxt.hook('prepare:publicPaths', (_wxt, paths) => {
      paths.push(`/${SIDEBAR_UI_FILE}`);
    });
    wxt.hook('build:publicAssets', async (_wxt, files) => {
      const root = wxt.config.root;
      const result = await build({
        entryPoints: [path.resolve(root, 'lib/content/sidebar-ui.tsx')],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: ['chrome120', 'firefox128'],
        jsx: 'automatic',
        minify: true,
        legalComments: 'none',
        write: false,
        tsconfig: path.resolve(root, 'tsconfig.json'),
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'warning',
      });
      const [output] = result.outputFiles;
      if (!output) throw new Error('esbuild produced no sidebar UI bundle');
      files.push({ relativeDest: SIDEBAR_UI_FILE, contents: output.text });
    });
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      // The content scripts import() the bundle from the webmail pages, so those pages' origins
      // need it web-accessible (use_dynamic_url: not usable for fingerprinting by other sites).
      manifest.web_accessible_resources ??= [];
      if (manifest.manifest_version === 3) {
        (manifest.web_accessible_resources as { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[]).push({
          resources: [SIDEBAR_UI_FILE],
          matches: WEBMAIL_MATCHES,
          use_dynamic_url: true,
        });
      } else {
        (manifest.web_accessible_resources).push(SIDEBAR_UI_FILE);
      }
    });
  },
});
