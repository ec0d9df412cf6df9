import { useMemo } from 'react';
import { t, tCount } from '@/lib/i18n';
import { formatRelativeDay } from '@/lib/format';
import { createPersonDoneLoopsStore } from '@/lib/stores/loop-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { ErrorMessage } from '@/components/ui/status-message';

/**
 * "Done (N)": a person's closed follow-ups, most recent first, behind a
 * disclosure so the open ones stay in front. Shows nothing until one is done.
 * The texts are the user's own, rendered as text.
 */
export function DoneLoops({ contactId }: { contactId: string }) {
  const store = useMemo(() => createPersonDoneLoopsStore(contactId), [contactId]);
  const state = useLiveQueryStore(store);
  if (state.status === 'error') return <ErrorMessage>{t('readLoopsFailed', state.error)}</ErrorMessage>;
  if (state.status !== 'ready' || state.data.length === 0) return null;
  return (
    <details className="done-loops">
      <summary>{tCount('loopsDoneSummary', state.data.length)}</summary>
      <ul className="contact-list">
        {state.data.map((loop) => (
          <li key={loop.id} className="loop-item">
            <span className="loop-text">{loop.text}</span>
            <span className="muted"> {t('loopDoneWhen', formatRelativeDay(loop.doneAt!))}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
