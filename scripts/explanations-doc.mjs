#!/usr/bin/env node
// `npm run docs:explanations`: regenerates docs/explanations.md (Japanese) and
// docs/explanations.en.md from lib/explain, so every text can be read in one place, and the
// decision table docs/explanations-decisions.md (lib/explain/decisions.ts).
// `--check` only compares and exits 1 when a committed file is stale (the unit test
// tests/explain/review-doc.test.ts does the same inside `npm test`).
import fs from 'node:fs';
import { importTs } from './lib/import-ts.mjs';

const DOC_FILES = { ja: 'docs/explanations.md', en: 'docs/explanations.en.md' };

const check = process.argv.includes('--check');
const { renderExplanationsDoc } = await importTs('lib/explain/review-doc.ts');
const { renderDecisionsDoc } = await importTs('lib/explain/decisions.ts');
const docs = [
  ...Object.entries(DOC_FILES).map(([lang, file]) => [file, () => renderExplanationsDoc(lang)]),
  ['docs/explanations-decisions.md', () => renderDecisionsDoc()],
];
let stale = 0;
for (const [file, render] of docs) {
  const text = render();
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === text) continue;
  if (check) {
    console.error(`${file} is stale: run npm run docs:explanations`);
    stale += 1;
  } else {
    fs.writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
if (stale > 0) process.exitCode = 1;
