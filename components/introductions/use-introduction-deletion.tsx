import { useState } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import type { Introduction, IntroductionParty, IntroductionPartyDraft } from '@/lib/model/introduction';
import { introductionSentence } from '@/lib/introductions/wording';
import { ErrorMessage } from '@/components/ui/status-message';

/** A side as Undo sends it back: by name and URL, so it links again to the person in Rapport that URL names (if still there). */
const partyDraft = ({ name, profileUrl }: IntroductionParty): IntroductionPartyDraft => (profileUrl ? { name, profileUrl } : { name });

/**
 * Delete with Undo for a list of introductions: the introduction and its gives
 * go; Undo restores it with the same id, time, purpose and outcome (and so the same gives).
 */
export function useIntroductionDeletion() {
  const [deleted, setDeleted] = useState<Introduction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (caught: unknown) => setError(toRapportError(caught).message);

  async function remove(introduction: Introduction) {
    try {
      await sendToBackground({ type: 'deleteIntroduction', id: introduction.id });
      setDeleted(introduction);
      setError(null);
    } catch (caught) {
      fail(caught);
    }
  }

  async function undo(introduction: Introduction) {
    try {
      await sendToBackground({
        type: 'addIntroduction',
        introduction: {
          id: introduction.id,
          kind: introduction.kind,
          a: partyDraft(introduction.a),
          b: partyDraft(introduction.b),
          ...(introduction.purpose ? { purpose: introduction.purpose } : {}),
          outcome: introduction.outcome,
          at: introduction.at,
        },
      });
      setDeleted(null);
    } catch (caught) {
      fail(caught);
    }
  }

  const status = (
    <>
      <div aria-live="polite">
        {deleted && (
          <p className="row">
            <span role="status">{t('introductionDeleted', introductionSentence(deleted))}</span>
            <button type="button" onClick={() => void undo(deleted)}>
              {t('undo')}
            </button>
          </p>
        )}
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </>
  );
  return { remove, fail, status };
}
