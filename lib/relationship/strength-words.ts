import { t, tCount } from '@/lib/i18n';
import { formatRelativeDay } from '@/lib/format';
import type { Strength } from '@/lib/model/schema';
import { DAY_MS } from '@/lib/time/instant';
import type { StrengthAssessment } from '@/lib/relationship/strength';

/** The state's name: "Strong", "Cooling"… */
export const strengthLabel = (state: Strength) => t(`strength_${state}`);

/**
 * The reasons in words, joined: "3 touches in 90 days · last exchange 12 days
 * ago · 8 of 9 about them", and for someone new how long you have known them.
 */
export function strengthReasons(assessment: StrengthAssessment, now: number = Date.now()): string {
  const parts: string[] = [];
  if (assessment.state === 'new') parts.push(tCount('strengthKnownDays', Math.max(0, Math.floor((now - Date.parse(assessment.knownSince)) / DAY_MS))));
  parts.push(tCount('strengthRecentTouches', assessment.recentTouches));
  parts.push(assessment.lastExchangeAt ? t('strengthLastExchange', formatRelativeDay(assessment.lastExchangeAt, now)) : t('strengthNoExchange'));
  if (assessment.state === 'cooling' || assessment.state === 'cold')
    parts.push(assessment.lastTouchAt ? t('strengthLastTouch', formatRelativeDay(assessment.lastTouchAt, now)) : t('strengthNeverTouched'));
  if (assessment.classified > 0) parts.push(t('strengthAboutThem', assessment.gives, assessment.classified));
  return parts.join(t('statusSeparator'));
}
