import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from '../webmail-sim/browser.mjs';

// Fails the end-to-end run at once, with the command that fixes it, when the browser or the
// build is missing. Never a silent skip.
export default function setup(): void {
  findChromium();
  if (!fs.existsSync(path.resolve('.output/chrome-mv3/manifest.json'))) {
    throw new Error('The extension is not built: run `npm run build` first (npm test does it for you).');
  }
}
