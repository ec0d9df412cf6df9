import { useId } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { t } from '@/lib/i18n';
import type { Contact } from '@/lib/model/schema';
import type { PersonRef } from '@/lib/model/commands';
import { CirclePicker } from '@/components/circle-picker';
import { KindPicker } from '@/components/person/kind-picker';
import { TagsEditor } from '@/components/person/tags-editor';
import { ErrorMessage } from '@/components/ui/status-message';
import { useAction } from '@/components/hooks/use-action';

/** Circle, kind and tags of a contact, each editable in place. */
export function ContactDetails({ contact }: { contact: Contact }) {
  const headingId = useId();
  return (
    <section className="stack card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('relationshipHeading')}</h3>
      <CirclePicker key={`${contact.id}:${contact.circle}`} contactId={contact.id} circle={contact.circle} />
      <KindPicker contactId={contact.id} kind={contact.kind} />
      <TagsEditor contactId={contact.id} name={contact.name} tags={contact.tags} />
    </section>
  );
}

/** A recognised person who is not in Rapport yet: one click adds them (to the wider circle, changeable at once). */
export function AddPerson({ person }: { person: PersonRef }) {
  const { busy, error, run } = useAction();
  const add = () => run(() => sendToBackground({ type: 'addContact', person }));

  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="primary" onClick={() => void add()} disabled={busy}>
          {t('addToRapport')}
        </button>
        <span className="muted">{t('addToRapportHint')}</span>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </div>
  );
}
