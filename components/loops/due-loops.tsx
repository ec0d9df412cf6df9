import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { OpenLoop } from '@/lib/model/open-loop';
import { createDueLoopsStore } from '@/lib/stores/loop-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { ErrorMessage } from '@/components/ui/status-message';
import { LoopItem } from '@/components/loops/loop-item';
import { LogOffer } from '@/components/loops/log-offer';

/** Follow-ups shown at most in a due list; more is said in a line. */
export const DUE_LOOPS_LIMIT = 50;

/**
 * "Follow-ups": the open loops due today or earlier, in the due lists (popup,
 * side panel, dashboard). Loaded on demand (a lazy chunk): nothing on the
 * popup's first paint waits for it. Shows nothing while none is due.
 */
export default function DueLoops() {
  const [store] = useState(() => createDueLoopsStore(DUE_LOOPS_LIMIT + 1));
  const state = useLiveQueryStore(store);
  const [closed, setClosed] = useState<{ loop: OpenLoop; name: string } | null>(null);
  if (state.status === 'error') return <ErrorMessage>{t('readLoopsFailed', state.error)}</ErrorMessage>;
  const due = state.status === 'ready' ? state.data : [];
  if (due.length === 0 && !closed) return null;
  return (
    <section className="stack due-loops" aria-labelledby="due-loops-heading">
      <h3 id="due-loops-heading">{t('dueLoopsHeading')}</h3>
      {closed && <LogOffer key={closed.loop.id} loop={closed.loop} name={closed.name} onClose={() => setClosed(null)} />}
      {due.length > 0 && (
        <ul className="contact-list">
          {due.slice(0, DUE_LOOPS_LIMIT).map(({ loop, contact }) => (
            <LoopItem key={loop.id} loop={loop} name={contact.name} onDone={(done) => setClosed({ loop: done, name: contact.name })} />
          ))}
        </ul>
      )}
      {due.length > DUE_LOOPS_LIMIT && <p className="muted">{t('dueLoopsTruncated', DUE_LOOPS_LIMIT)}</p>}
    </section>
  );
}
