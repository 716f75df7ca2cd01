// Imports a TypeScript module of the project from a node script: esbuild bundles it (with the
// project's `@/` paths from tsconfig.json) into a temporary file, which is imported and removed.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importTs(entry) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-navi-ts-'));
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  try {
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', charset: 'utf8', outfile, logLevel: 'error' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** Minified size and gzip -9 size in bytes of a module bundled for the browser, as the extension ships it. */
export async function bundleSize(entry) {
  const { gzipSync } = await import('node:zlib');
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', charset: 'utf8', write: false, logLevel: 'error' });
  const bytes = result.outputFiles[0].contents;
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
