import { useId } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { t } from '@/lib/i18n';
import { kindLabel } from '@/lib/contacts/labels';
import { KINDS, type ContactKind } from '@/lib/model/schema';
import { ErrorMessage } from '@/components/ui/status-message';
import { useAction } from '@/components/hooks/use-action';

/** Strategic, relational or both (Andy Lopata's blended network), saved as soon as it is chosen. */
export function KindPicker({ contactId, kind }: { contactId: string; kind: ContactKind | undefined }) {
  const id = useId();
  const { busy, error, run } = useAction();

  const choose = (value: string) =>
    run(() => sendToBackground({ type: 'updateContact', id: contactId, patch: { kind: value === '' ? null : (value as ContactKind) } }));

  return (
    <div className="stack">
      <div className="row">
        <label htmlFor={id}>{t('kindLabel')}</label>
        <select id={id} value={kind ?? ''} disabled={busy} onChange={(event) => void choose(event.target.value)}>
          <option value="">{t('kindNotSet')}</option>
          {KINDS.map((option) => (
            <option key={option} value={option}>
              {kindLabel(option)}
            </option>
          ))}
        </select>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </div>
  );
}
