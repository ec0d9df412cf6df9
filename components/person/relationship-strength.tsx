import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { Contact } from '@/lib/model/schema';
import { assessStrength } from '@/lib/relationship/strength';
import { strengthLabel, strengthReasons } from '@/lib/relationship/strength-words';
import { askNote, type AskNote } from '@/lib/relationship/ask-readiness';
import { toTimestamp } from '@/lib/time/instant';

type Judged = Pick<Contact, 'connectedAt' | 'createdAt' | 'lastTouchAt' | 'strengthFacts'>;

/** How the relationship stands, always with its reasons in words (docs/relationship-strength.md). */
export function RelationshipStrength({ contact }: { contact: Judged }) {
  const [now] = useState(() => Date.now());
  if (!contact.strengthFacts) {
    return (
      <p className="strength muted">
        <strong>{t('strengthHeading')}:</strong> {t('strengthUnknown')}
      </p>
    );
  }
  const assessment = assessStrength(contact, contact.strengthFacts, toTimestamp(now));
  return (
    <p className="strength">
      <strong>
        {t('strengthHeading')}: {strengthLabel(assessment.state)}
      </strong>
      {t('statusSeparator')}
      {strengthReasons(assessment, now)}
    </p>
  );
}

const NOTE_KEYS: Record<AskNote, 'askNoteNew' | 'askNoteCold' | 'askNoteMostlyAboutYou'> = {
  new: 'askNoteNew',
  cold: 'askNoteCold',
  mostlyAboutYou: 'askNoteMostlyAboutYou',
};

/**
 * Asks at the right time: before an ask, a gentle note for someone new or
 * cold, or when most recent touches were about you. `null` is someone not in
 * Rapport (this ask would be the first touch). Never blocks the ask.
 */
export function AskReadinessNote({ contact }: { contact: Judged | null }) {
  const [now] = useState(() => Date.now());
  const assessment = contact?.strengthFacts ? assessStrength(contact, contact.strengthFacts, toTimestamp(now)) : null;
  // Someone in Rapport whose strength is not judged yet: no facts to speak from, so nothing is said.
  if (contact && !assessment) return null;
  const note = askNote(assessment);
  if (!note) return null;
  return (
    <p className="ask-note" role="note">
      <strong>{t('askReadinessLabel')}:</strong> {t(NOTE_KEYS[note])}
    </p>
  );
}
