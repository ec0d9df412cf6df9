import { t } from '@/lib/i18n';
import type { Introduction, IntroductionOutcome } from '@/lib/model/introduction';

/** "Introduced Ana Lima to Ben Okafor", or "Ana Lima introduced you to Ben Okafor". */
export function introductionSentence(introduction: Pick<Introduction, 'kind' | 'a' | 'b'>): string {
  return introduction.kind === 'made'
    ? t('introductionMadeSentence', introduction.a.name, introduction.b.name)
    : t('introductionReceivedSentence', introduction.a.name, introduction.b.name);
}

/** The sentence with its purpose: "Introduced Ana to Ben · Both hiring data engineers". */
export function introductionLine(introduction: Pick<Introduction, 'kind' | 'a' | 'b' | 'purpose'>): string {
  const sentence = introductionSentence(introduction);
  return introduction.purpose ? `${sentence} · ${introduction.purpose}` : sentence;
}

export const introductionOutcomeLabel = (outcome: IntroductionOutcome) => t(`introductionOutcome_${outcome}`);
