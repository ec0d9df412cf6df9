import { useState } from 'react';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import { createThanksDueStore, type ThanksDueItem } from '@/lib/stores/contact-store';
import { showPageToast } from '@/lib/stores/toast-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { ErrorMessage } from '@/components/ui/status-message';

/**
 * In Due: "Thank Chloé for their help: the fintech intro", one line per
 * helped ask not yet thanked, until the user marks it thanked (with Undo in
 * the page's toast). Nothing shows while there is nobody to thank.
 */
export function ThanksDue() {
  const [store] = useState(createThanksDueStore);
  const state = useLiveQueryStore(store);
  if (state.status !== 'ready' || state.data.length === 0) return null;
  return (
    <ul className="contact-list thanks-due" aria-label={t('thanksDueLabel')}>
      {state.data.map((item) => (
        <ThanksRow key={item.ask.id} item={item} />
      ))}
    </ul>
  );
}

function ThanksRow({ item: { ask, contact } }: { item: ThanksDueItem }) {
  const { busy, error, run } = useAction();
  const setThanked = (thanked: boolean) => run(() => sendToBackground({ type: 'updateTouchpoint', id: ask.id, patch: { thanked } }));
  const markThanked = async () => {
    if (!(await setThanked(true))) return;
    showPageToast({
      text: t('thankedConfirmation', contact.name),
      undo: async () => {
        await sendToBackground({ type: 'updateTouchpoint', id: ask.id, patch: { thanked: false } });
      },
      focusUndo: true,
    });
  };
  return (
    <li className="contact-row stack">
      <div className="row contact-row-main">
        <p className="contact-row-text">{ask.note ? t('thankForNote', contact.name, ask.note) : t('thankForHelp', contact.name)}</p>
        <button type="button" disabled={busy} aria-label={t('markThankedLabel', contact.name)} onClick={() => void markThanked()}>
          {t('markThanked')}
        </button>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </li>
  );
}
