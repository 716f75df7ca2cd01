/**
 * What the benchmark measures, bundled together so that postal-mime alone and the whole
 * classification run the same postal-mime code with the same Blob (scripts/cli/fast-blob.ts,
 * which behaves like a browser's for this purpose).
 */
export { default as PostalMime } from 'postal-mime';
export { classifyBounce } from '../../lib/bounce';
