import { useId } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { formatDate } from '@/lib/format';
import { INTRODUCTION_OUTCOMES, type Introduction, type IntroductionOutcome } from '@/lib/model/introduction';
import { introductionLine, introductionOutcomeLabel, introductionSentence } from '@/lib/introductions/wording';
import { t } from '@/lib/i18n';

/**
 * One introduction: who introduced whom and why (plain text, never HTML), when,
 * what came of it (editable) and Delete. Errors go to the list's `onError`.
 */
export function IntroductionItem({
  introduction,
  onDelete,
  onError,
}: {
  introduction: Introduction;
  onDelete(introduction: Introduction): void;
  onError(error: unknown): void;
}) {
  const outcomeId = useId();
  const what = introductionSentence(introduction);

  async function setOutcome(outcome: IntroductionOutcome) {
    try {
      await sendToBackground({ type: 'updateIntroduction', id: introduction.id, patch: { outcome } });
    } catch (caught) {
      onError(caught);
    }
  }

  return (
    <li className="stack introduction-item">
      <p className="introduction-line">{introductionLine(introduction)}</p>
      <div className="row">
        <time dateTime={introduction.at} className="muted">
          {formatDate(introduction.at)}
        </time>
        <label htmlFor={outcomeId} className="visually-hidden">
          {t('introductionOutcomeLabel', what)}
        </label>
        <select id={outcomeId} value={introduction.outcome} onChange={(event) => void setOutcome(event.target.value as IntroductionOutcome)}>
          {INTRODUCTION_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {introductionOutcomeLabel(outcome)}
            </option>
          ))}
        </select>
        <button type="button" className="danger" aria-label={t('introductionDeleteLabel', what)} onClick={() => onDelete(introduction)}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
