import { useId, useMemo, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import type { OpenLoop } from '@/lib/model/open-loop';
import { createPersonLoopsStore } from '@/lib/stores/loop-store';
import { snoozedDay } from '@/lib/loops/loop-days';
import { localTimeZone } from '@/lib/time/instant';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { LiveView } from '@/components/ui/live-view';
import { EmptyState, ErrorMessage } from '@/components/ui/status-message';
import { LoopForm, LoopItem } from '@/components/loops/loop-item';
import { LogOffer } from '@/components/loops/log-offer';
import { DoneLoops } from '@/components/loops/done-loops';

/** "Follow up": a person's open loops, and a form to add one (tomorrow by default). */
export function PersonLoops({ contactId, name }: { contactId: string; name: string }) {
  const headingId = useId();
  const store = useMemo(() => createPersonLoopsStore(contactId), [contactId]);
  const state = useLiveQueryStore(store);
  const { busy, error, run } = useAction();
  const [adding, setAdding] = useState<{ dueDay: string } | null>(null);
  const [closed, setClosed] = useState<OpenLoop | null>(null);
  const [added, setAdded] = useState(0);

  return (
    <section className="stack" aria-labelledby={headingId}>
      <div className="row contact-row-main">
        <h3 id={headingId}>{t('loopsHeading')}</h3>
        {!adding && (
          <button type="button" onClick={() => setAdding({ dueDay: snoozedDay(Date.now(), localTimeZone(), 'day') })}>
            {t('loopAdd')}
          </button>
        )}
      </div>
      {adding && (
        <LoopForm
          key={added}
          initial={{ text: '', dueDay: adding.dueDay }}
          submitLabel={t('loopAddSubmit')}
          busy={busy}
          onCancel={() => setAdding(null)}
          onSubmit={async (fields) => {
            if (await run(() => sendToBackground({ type: 'addLoop', loop: { contactId, ...fields } }))) {
              setAdding(null);
              setAdded((n) => n + 1);
            }
          }}
        />
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {closed && <LogOffer key={closed.id} loop={closed} name={name} onClose={() => setClosed(null)} />}
      <LiveView state={state} failed={(message) => t('readLoopsFailed', message)}>
        {(loops) =>
          loops.length === 0 ? (
            !adding && <EmptyState>{t('loopsEmpty', name)}</EmptyState>
          ) : (
            <ul className="contact-list">
              {loops.map((loop) => (
                <LoopItem key={loop.id} loop={loop} onDone={setClosed} />
              ))}
            </ul>
          )
        }
      </LiveView>
      <DoneLoops contactId={contactId} />
    </section>
  );
}
