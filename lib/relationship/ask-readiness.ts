import type { StrengthAssessment } from '@/lib/relationship/strength';

/**
 * Asks at the right time (issue 17): before an ask, a gentle note for
 * someone new or cold, or when most of your recent touches were about you.
 * Lopata: asking "is not about asking people you've just met and it's never
 * a quid pro quo". Only ever a note: an ask is never blocked.
 */
export type AskNote = 'new' | 'cold' | 'mostlyAboutYou';

/** At least this many classified touches before "mostly about you" is said. */
export const MOSTLY_ABOUT_YOU_MIN = 3;

export function askNote(assessment: Pick<StrengthAssessment, 'state' | 'gives' | 'classified'> | null): AskNote | null {
  if (!assessment) return 'new'; // nobody Rapport knows yet: this ask would be the first touch
  if (assessment.state === 'new') return 'new';
  if (assessment.state === 'cold') return 'cold';
  const asks = assessment.classified - assessment.gives;
  if (assessment.classified >= MOSTLY_ABOUT_YOU_MIN && asks * 2 > assessment.classified) return 'mostlyAboutYou';
  return null;
}
