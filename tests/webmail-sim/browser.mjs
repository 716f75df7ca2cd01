// Starts Debian's Chromium with the built extension loaded, for the end-to-end tests and
// `npm run demo`. Plain JavaScript so that node runs it directly (no TypeScript step).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { revealClosedShadowRoots } from './closed-roots.mjs';

export const CHROMIUM_INSTALL_HINT =
  'sudo apt-get install -y chromium chromium-l10n fonts-ipafont-gothic   # Debian/Ubuntu';

/** The browser binary: $BOUNCE_NAVI_CHROMIUM, else Debian's /usr/bin/chromium. */
export function findChromium() {
  const candidate = process.env.BOUNCE_NAVI_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(candidate)) {
    throw new Error(
      `Chromium was not found at ${candidate}.\n` +
        `Install it with:\n  ${CHROMIUM_INSTALL_HINT}\n` +
        'or point BOUNCE_NAVI_CHROMIUM at a Chromium binary.',
    );
  }
  return candidate;
}

// BOUNCE_NAVI_EXTENSION_DIR points at another build (the benchmarks compare two builds in turns).
export const EXTENSION_DIR = path.resolve(process.env.BOUNCE_NAVI_EXTENSION_DIR || '.output/chrome-mv3');

/**
 * Launches Chromium with the extension. `lang` is the browser's UI language ('ja' by default,
 * as our users run it; Debian needs chromium-l10n for it to take effect).
 * `extension: false` starts the same browser without it (the benchmark's control run).
 * `revealClosedShadowRoots: false` leaves our closed shadow roots closed to the tests too, as the
 * webmail page sees them (closed-roots.mjs).
 * @param {{ lang?: string, headless?: boolean, viewport?: {width:number,height:number}, netLogFile?: string, extension?: boolean, revealClosedShadowRoots?: boolean }} [options]
 */
export async function launchWithExtension(options = {}) {
  const { lang = 'ja', headless = true, viewport = { width: 1280, height: 800 }, netLogFile, extension = true, revealClosedShadowRoots: reveal = true } = options;
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built (${EXTENSION_DIR}). Run: npm run build`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-navi-profile-'));
  // No error page DNS probe: an aborted navigation must not send real DNS queries.
  fs.mkdirSync(path.join(userDataDir, 'Default'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'Default', 'Preferences'),
    JSON.stringify({ alternate_error_pages: { enabled: false }, intl: { accept_languages: lang === 'ja' ? 'ja,en-US' : 'en-US,en' } }),
  );
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    viewport,
    locale,
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8' },
    args: [
      ...(extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      // Every host name resolves to nothing: the webmail pages are served by routing, and any
      // request that escapes it fails here instead of reaching the network.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ...(netLogFile ? [`--log-net-log=${netLogFile}`] : []),
    ],
  });
  if (reveal) {
    for (const page of context.pages()) void revealClosedShadowRoots(page);
    context.on('page', (page) => void revealClosedShadowRoots(page));
  }
  let [serviceWorker] = context.serviceWorkers();
  if (extension) serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : '';
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, extensionId, serviceWorker, userDataDir, close };
}
