import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { RankedHelper } from '@/lib/relationship/rank-helpers';
import { helperReasonsText } from '@/lib/relationship/helper-reasons';
import { circleLabel, kindLabel } from '@/lib/contacts/labels';
import type { Need } from '@/lib/model/need';
import { PersonLink } from '@/components/person-link';
import { QuickLog } from '@/components/quick-log';

/**
 * One person who could help (the needs' list and the dashboard's search), with
 * why in words and **Ask…**: the logger, as an ask (tied to the need when there
 * is one), with the note (what you are asking for) focused.
 */
export function HelperRow({ helper: { contact, reasons }, need }: { helper: RankedHelper; need?: Need }) {
  const [asking, setAsking] = useState(false);
  return (
    <li className="contact-row stack">
      <div className="row contact-row-main">
        <div className="contact-row-text">
          <PersonLink contact={contact} />
          {!need && (
            <span className="muted">
              {t('statusSeparator')}
              {circleLabel(contact.circle)}
              {contact.kind && t('statusSeparator')}
              {contact.kind && kindLabel(contact.kind)}
            </span>
          )}
          <p className="muted helper-why">{helperReasonsText(reasons, contact)}</p>
        </div>
        <button
          type="button"
          aria-expanded={asking}
          aria-label={need ? t('needAskLabel', contact.name, need.text) : t('askHelperLabel', contact.name)}
          onClick={() => setAsking((open) => !open)}
        >
          {need ? t('needAsk') : t('askHelper')}
        </button>
      </div>
      {asking && (
        <QuickLog
          type="ask"
          {...(need ? { needId: need.id } : {})}
          focusNote
          noteLabel={t('askNoteLabel')}
          subject={{ target: { contactId: contact.id }, name: contact.name, relationship: contact }}
        />
      )}
    </li>
  );
}
