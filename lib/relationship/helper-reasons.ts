import { t } from '@/lib/i18n';
import { strengthLabel } from '@/lib/relationship/strength-words';
import type { Contact } from '@/lib/model/schema';
import type { HelperReason } from '@/lib/relationship/rank-helpers';

/** Why someone could help, in words: "your note: “…” · tagged logistics · relationship: Strong". */
export function helperReasonWords(reason: HelperReason, contact: Pick<Contact, 'headline'>): string {
  switch (reason.kind) {
    case 'note':
      return t('helperReasonNote', reason.excerpt);
    case 'tag':
      return t('helperReasonTags', reason.tags.join(t('listSeparator')));
    case 'headline':
      return t('helperReasonHeadline', contact.headline ?? '');
    case 'company':
      return t('helperReasonCompany', reason.company);
    case 'name':
      return t('helperReasonName');
    case 'location':
      return t('helperReasonLocation', reason.location);
    case 'strength':
      return reason.strength ? t('helperReasonStrength', strengthLabel(reason.strength)) : t('helperReasonNoStrength');
  }
}

export function helperReasonsText(reasons: readonly HelperReason[], contact: Pick<Contact, 'headline'>): string {
  return reasons.map((reason) => helperReasonWords(reason, contact)).join(t('statusSeparator'));
}
