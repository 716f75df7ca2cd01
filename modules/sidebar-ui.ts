import path from 'node:path';
import { build } from 'esbuild';
import { defineWxtModule } from 'wxt/modules';
import { COMPOSE_UI_FILE } from '../lib/content/compose-input';
import { SIDEBAR_UI_FILE } from '../lib/content/sidebar-ui-file';

// The sidebar's UI (React, the components, the explanations) as its own ES module, loaded by the
// content scripts only when a bounce is open. The always-loaded content script then carries the
// detection and retrieval only: React and react-dom alone are ~75 KB gzip, over the 70 KB goal.
// WXT builds content scripts as single IIFE files (no code splitting), hence esbuild here.
// The compose guard's UI (the warning and the send confirmation) is a second bundle of the
// same kind, loaded only when a compose window first has a warning.

/** Each lazily loaded UI bundle: its source entry and where it goes in the extension. */
const UI_BUNDLES = [
  { entry: 'lib/content/sidebar-ui.tsx', file: SIDEBAR_UI_FILE },
  { entry: 'lib/content/compose-ui.tsx', file: COMPOSE_UI_FILE },
] as const;

const WEBMAIL_MATCHES = ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'];

export default defineWxtModule({
  name: 'bounce-navi:sidebar-ui',
  setup(wxt) {
    wxt.hook('prepare:publicPaths', (_wxt, paths) => {
      for (const bundle of UI_BUNDLES) paths.push(`/${bundle.file}`);
    });
    wxt.hook('build:publicAssets', async (_wxt, files) => {
      const root = wxt.config.root;
      for (const bundle of UI_BUNDLES) {
        const result = await build({
          entryPoints: [path.resolve(root, bundle.entry)],
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
        if (!output) throw new Error(`esbuild produced no bundle for ${bundle.entry}`);
        files.push({ relativeDest: bundle.file, contents: output.text });
      }
    });
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      // The content scripts import() the bundle from the webmail pages, so those pages' origins
      // need it web-accessible (use_dynamic_url: not usable for fingerprinting by other sites).
      manifest.web_accessible_resources ??= [];
      if (manifest.manifest_version === 3) {
        (manifest.web_accessible_resources as { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[]).push({
          resources: UI_BUNDLES.map((bundle) => bundle.file),
          matches: WEBMAIL_MATCHES,
          use_dynamic_url: true,
        });
      } else {
        (manifest.web_accessible_resources).push(...UI_BUNDLES.map((bundle) => bundle.file));
      }
    });
  },
});
