import { describe, expect, it } from 'vitest';
import type { ReasonId, UnparsedCause } from '@/lib/bounce/types';
import { en } from '@/lib/explain/en';
import { ja } from '@/lib/explain/ja';
import type { ClassifiedKind, LanguageCatalog, ReasonText, ReportText } from '@/lib/explain/types';
import type { Lang } from '@/lib/i18n/lang';

/**
 * Type-level proof, checked by `tsc` (tests are part of the project): a language without a
 * text for some reason, kind or cause does not compile. Each `@ts-expect-error` below fails
 * the type check if the line under it ever compiles, so the guarantee cannot rot silently.
 */

const { vacation: _droppedReason, ...jaReasonsWithoutVacation } = ja.reasons;
// @ts-expect-error: a reason ('vacation') has no Japanese text
const reasonsMissingOne: Record<ReasonId, ReasonText> = jaReasonsWithoutVacation;

const { delayed: _droppedKind, ...enKindsWithoutDelayed } = en.kinds;
// @ts-expect-error: a kind ('delayed') has no English text
const kindsMissingOne: Record<ClassifiedKind, ReportText> = enKindsWithoutDelayed;

const { 'too-slow': _droppedCause, ...jaCausesWithoutTooSlow } = ja.unparsedCauses;
// @ts-expect-error: an unparsed cause ('too-slow') has no Japanese text
const causesMissingOne: Record<UnparsedCause, ReportText> = jaCausesWithoutTooSlow;

const { hostunknown: _droppedEnReason, ...enReasonsWithoutHostunknown } = en.reasons;
// @ts-expect-error: a reason ('hostunknown') has no English text
const enReasonsMissingOne: Record<ReasonId, ReasonText> = enReasonsWithoutHostunknown;

const { 'not-bounce': _droppedJaKind, ...jaKindsWithoutNotBounce } = ja.kinds;
// @ts-expect-error: a kind ('not-bounce') has no Japanese text
const jaKindsMissingOne: Record<ClassifiedKind, ReportText> = jaKindsWithoutNotBounce;

// @ts-expect-error: English is missing altogether
const catalogsMissingEnglish: Record<Lang, LanguageCatalog> = { ja };

const { reasonLabels: _droppedLabels, ...jaWithoutLabels } = ja;
// @ts-expect-error: a language without its short reason labels
const catalogMissingLabels: LanguageCatalog = jaWithoutLabels;

// And the real catalogs do compile as complete languages.
const complete: Record<Lang, LanguageCatalog> = { ja, en };

describe('the type-level checks above', () => {
  it('compare against catalogs that really lack one entry', () => {
    expect('vacation' in reasonsMissingOne).toBe(false);
    expect('delayed' in kindsMissingOne).toBe(false);
    expect('hostunknown' in enReasonsMissingOne).toBe(false);
    expect('not-bounce' in jaKindsMissingOne).toBe(false);
    expect('too-slow' in causesMissingOne).toBe(false);
    expect('en' in catalogsMissingEnglish).toBe(false);
    expect('reasonLabels' in catalogMissingLabels).toBe(false);
    expect(Object.keys(complete)).toEqual(['ja', 'en']);
  });
});
