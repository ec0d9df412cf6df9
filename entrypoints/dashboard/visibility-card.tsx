import { formatNumber, t } from '@/lib/i18n';
import { formatPercent } from '@/lib/format';
import type { TouchSummary } from '@/lib/dashboard/touch-summary';

/** Public touches (likes, comments, shares) keep you in sight of their network; private ones (messages, meetings) deepen the relationship. */
export function VisibilityCard({ visibility }: Pick<TouchSummary, 'visibility'>) {
  const total = visibility.public + visibility.private + visibility.other;
  if (total === 0) return <p className="muted">{t('visibilityEmpty')}</p>;
  const parts = [
    { key: 'public', className: 'public-touch', label: t('publicTouches'), count: visibility.public },
    { key: 'private', className: 'private-touch', label: t('privateTouches'), count: visibility.private },
    { key: 'other', className: 'other-touch', label: t('otherTouches'), count: visibility.other },
  ];
  return (
    <>
      <div className="visibility-bar" aria-hidden="true">
        {parts.map((part) => (
          <span key={part.key} className={part.className} style={{ width: `${(part.count / total) * 100}%` }} />
        ))}
      </div>
      <ul className="legend">
        {parts.map((part) => (
          <li key={part.key} data-visibility={part.key}>
            <span className={`legend-swatch ${part.className}`} aria-hidden="true" />
            {t('visibilityPart', part.label, formatNumber(part.count), formatPercent(part.count / total))}
          </li>
        ))}
      </ul>
      <p className="muted">{visibilityHint(visibility)}</p>
    </>
  );
}

/** A nudge toward whichever kind of touch is scarce (less than a third of the other). */
function visibilityHint({ public: seen, private: personal }: TouchSummary['visibility']): string {
  if (seen < personal / 3) return t('visibilityHintMorePublic');
  if (personal < seen / 3) return t('visibilityHintMorePrivate');
  return t('visibilityHintBalanced');
}
