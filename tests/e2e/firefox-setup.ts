import { findFirefox, findFirefoxZip } from '../webmail-sim/firefox.mjs';

// Fails the Firefox run at once, with the command that fixes it, when Firefox or the Firefox
// package is missing. Never a silent skip.
export default function setup(): void {
  findFirefox();
  findFirefoxZip();
}
