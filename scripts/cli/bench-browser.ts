/**
 * The benchmark's measuring loop for a Chromium page (bundled as a classic script by
 * scripts/build-cli.mjs, with the browser's own Blob): scripts/bench/classifier.mjs adds it to
 * a blank page and calls globalThis.bounceBench.measure there.
 */
import { measure } from './bench-entry';

(globalThis as typeof globalThis & { bounceBench?: { measure: typeof measure } }).bounceBench = { measure };
