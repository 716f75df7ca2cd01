#!/usr/bin/env node
// `npm run demo`: builds the extension, serves the demo webmail (reproduced Gmail and Outlook
// pages holding sample bounces) at the real webmail URLs, and starts Chromium with the
// extension. With a display it opens a window and waits; without one it runs headless, writes
// screenshots to demo-output/ and prints what the sidebar says.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_INSTALL_HINT, findChromium, launchWithExtension } from '../tests/webmail-sim/browser.mjs';
import { installWebmailRoutes } from '../tests/webmail-sim/routes.mjs';
import { DEMO_SCENES, sceneHandler } from '../tests/webmail-sim/scenes.mjs';

if (!fs.existsSync('node_modules/.bin/wxt')) {
  console.error('Dependencies are not installed. Run: npm ci');
  process.exit(1);
}
try {
  findChromium();
} catch {
  console.error(`Chromium is needed for the demo. Install it with:\n  ${CHROMIUM_INSTALL_HINT}`);
  process.exit(1);
}

console.log('Building the extension…');
const build = spawnSync('node_modules/.bin/wxt', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
const lang = process.argv.includes('--en') ? 'en' : 'ja';
const outDir = path.resolve('demo-output');
const browser = await launchWithExtension({ headless: !headed, lang });
let currentScene;
await installWebmailRoutes(browser.context, [sceneHandler(() => currentScene)]);

/** The sidebar's visible text, read from inside its shadow root. */
async function sidebarText(page) {
  await page.locator('bounce-navi-sidebar').waitFor({ state: 'attached', timeout: 15_000 });
  await page.locator('[data-testid="bn-sidebar"]:not([data-status="loading"])').waitFor({ state: 'visible', timeout: 15_000 });
  return page.evaluate(() => {
    const root = document.querySelector('bounce-navi-sidebar')?.shadowRoot;
    const sidebar = root?.querySelector('[data-testid="bn-sidebar"]');
    return sidebar instanceof HTMLElement ? sidebar.innerText : '';
  });
}

if (headed) {
  // One tab per scene; the routing serves each tab's page as it loads.
  for (const scene of DEMO_SCENES) {
    currentScene = scene;
    const page = await browser.context.newPage();
    await page.goto(scene.url);
  }
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  console.log('Chromium is open with the demo webmail. Close the window (or press Ctrl+C) to end.');
  await new Promise((resolve) => browser.context.on('close', resolve));
} else {
  fs.mkdirSync(outDir, { recursive: true });
  for (const scene of DEMO_SCENES) {
    currentScene = scene;
    const page = await browser.context.newPage();
    await page.goto(scene.url);
    const text = await sidebarText(page);
    const file = path.join(outDir, `${scene.id}.png`);
    await page.screenshot({ path: file });
    console.log(`\n=== ${scene.title}\n    ${scene.url}\n    screenshot: ${path.relative(process.cwd(), file)}\n`);
    console.log(text.replace(/^/gm, '    '));
    await page.close();
  }
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByTestId('bn-popup').waitFor();
  const popupFile = path.join(outDir, 'popup.png');
  await popup.screenshot({ path: popupFile });
  console.log(`\n=== Popup\n    screenshot: ${path.relative(process.cwd(), popupFile)}`);
  await browser.close();
}
