import { useState } from 'react';
import { t } from '@/lib/i18n';
import { circleLabel, touchStatusLabel } from '@/lib/contacts/labels';
import type { Contact } from '@/lib/model/schema';
import { QuickLog } from '@/components/quick-log';
import { SnoozeMenu } from '@/components/snooze-menu';
import { PersonLink } from '@/components/person-link';
import { StarterToggle } from '@/components/starters/starter-toggle';
import { momentOfDue } from '@/lib/starters/moment-of-due';

/** A contact in a list (due, search): open Rapport's view of them (or their LinkedIn profile), log a touchpoint, snooze. */
export function ContactRow({ contact }: { contact: Contact }) {
  const [now] = useState(() => Date.now());
  const [logging, setLogging] = useState(false);
  return (
    <li className="contact-row stack">
      <div className="row contact-row-main">
        <div className="contact-row-text">
          <PersonLink contact={contact} />
          <span className="muted">
            {' '}
            {circleLabel(contact.circle)}
            {t('statusSeparator')}
            {touchStatusLabel(contact, now)}
          </span>
        </div>
        <div className="row contact-row-actions">
          <button type="button" aria-expanded={logging} aria-label={t('logForLabel', contact.name)} onClick={() => setLogging((open) => !open)}>
            {t('logFor')}
          </button>
          <SnoozeMenu contactId={contact.id} name={contact.name} />
          <StarterToggle moment={momentOfDue(contact, now)} name={contact.name} />
        </div>
      </div>
      {logging && <QuickLog subject={{ target: { contactId: contact.id }, name: contact.name, relationship: contact }} />}
    </li>
  );
}
