import { useState } from 'react';
import { addMonths, addWeeks } from 'date-fns';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { circleLabel, touchStatusLabel } from '@/lib/contacts/labels';
import { formatDate } from '@/lib/format';
import type { Contact } from '@/lib/db/schema';
import { toTimestamp } from '@/lib/time';
import { QuickLog } from '@/components/quick-log';
import { ErrorMessage } from '@/components/ui/status-message';

/** A contact in a list (due, search): open the profile, log a touchpoint, snooze. */
export function ContactRow({ contact }: { contact: Contact }) {
  const [now] = useState(() => Date.now());
  const [panel, setPanel] = useState<'none' | 'log' | 'snooze'>('none');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const toggle = (next: 'log' | 'snooze') => setPanel((current) => (current === next ? 'none' : next));

  async function snooze(period: (from: number) => Date) {
    const until = period(Date.now());
    try {
      const updated = await sendToBackground({ type: 'snoozeContact', id: contact.id, until: toTimestamp(until) });
      setMessage({ error: false, text: t('snoozedUntil', formatDate(updated.snoozedUntil ?? toTimestamp(until))) });
      setPanel('none');
    } catch (error) {
      setMessage({ error: true, text: toRapportError(error).message });
    }
  }

  return (
    <li className="contact-row stack">
      <div className="row contact-row-main">
        <div className="contact-row-text">
          <a href={contact.profileUrl} target="_blank" rel="noreferrer" aria-label={t('openProfile', contact.name)}>
            {contact.name}
          </a>
          <span className="muted">
            {' '}
            {circleLabel(contact.circle)}
            {t('statusSeparator')}
            {touchStatusLabel(contact, now)}
          </span>
        </div>
        <div className="row contact-row-actions">
          <button type="button" aria-expanded={panel === 'log'} aria-label={t('logForLabel', contact.name)} onClick={() => toggle('log')}>
            {t('logFor')}
          </button>
          <button type="button" aria-expanded={panel === 'snooze'} aria-label={t('snoozeForLabel', contact.name)} onClick={() => toggle('snooze')}>
            {t('snooze')}
          </button>
        </div>
      </div>
      {panel === 'log' && <QuickLog subject={{ target: { contactId: contact.id }, name: contact.name }} />}
      {panel === 'snooze' && (
        <div className="row">
          <button type="button" onClick={() => void snooze((from) => addWeeks(from, 1))}>
            {t('snoozeWeek')}
          </button>
          <button type="button" onClick={() => void snooze((from) => addMonths(from, 1))}>
            {t('snoozeMonth')}
          </button>
        </div>
      )}
      {message && (message.error ? <ErrorMessage>{message.text}</ErrorMessage> : <p role="status">{message.text}</p>)}
    </li>
  );
}
