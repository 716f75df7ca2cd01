import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_IDS } from '@/lib/bounce/reasons/taxonomy';
import { explainReason } from '@/lib/explain';
import { renderDecisionsDoc } from '@/lib/explain/decisions';
import { renderExplanationsDoc } from '@/lib/explain/review-doc';

/** The review files are generated: a text changed without regenerating them fails here. */
describe.each([
  ['ja', 'docs/explanations.md'],
  ['en', 'docs/explanations.en.md'],
] as const)('%s review file %s', (lang, file) => {
  const rendered = renderExplanationsDoc(lang);

  it('is up to date (regenerate with: npm run docs:explanations)', () => {
    expect(fs.existsSync(file), `${file} is missing: run npm run docs:explanations`).toBe(true);
    expect(fs.readFileSync(file, 'utf8') === rendered, `${file} is stale: run npm run docs:explanations`).toBe(true);
  });

  it('holds every reason title', () => {
    for (const reason of REASON_IDS) expect(rendered).toContain(explainReason(reason, lang).title);
  });
});

describe('the decision table docs/explanations-decisions.md', () => {
  it('is up to date (regenerate with: npm run docs:explanations)', () => {
    const file = 'docs/explanations-decisions.md';
    expect(fs.existsSync(file) && fs.readFileSync(file, 'utf8') === renderDecisionsDoc(), `${file} is stale: run npm run docs:explanations`).toBe(true);
  });
});
