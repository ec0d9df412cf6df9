import { useId, useMemo, useState } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { toRapportError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { touchpointTypeLabel } from '@/lib/contacts/labels';
import { formatDate } from '@/lib/format';
import { isTheirs, type Touchpoint } from '@/lib/model/schema';
import { createTimelineStore } from '@/lib/stores/person-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { GiveAskBalance } from '@/components/person/give-ask-balance';
import { TouchpointEditor } from '@/components/person/touchpoint-editor';
import { EmptyState, ErrorMessage, Loading } from '@/components/ui/status-message';

const PAGE = 30;

/** The give/ask balance and the timeline of touchpoints, newest first, each with edit and delete. */
export function History({ contactId, name }: { contactId: string; name: string }) {
  const headingId = useId();
  const [limit, setLimit] = useState(PAGE);
  const store = useMemo(() => createTimelineStore(contactId, limit), [contactId, limit]);
  const state = useLiveQueryStore(store);
  const [deleted, setDeleted] = useState<Touchpoint | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The last page shown stays on screen while a longer one loads ("Show older"): no flash, no jump.
  const [lastShown, setLastShown] = useState<readonly Touchpoint[] | null>(null);
  if (state.status === 'ready' && state.data !== lastShown) setLastShown(state.data);

  async function remove(touchpoint: Touchpoint) {
    try {
      await sendToBackground({ type: 'deleteTouchpoint', id: touchpoint.id });
      setDeleted(touchpoint);
      setError(null);
    } catch (caught) {
      setError(toRapportError(caught).message);
    }
  }

  async function undoDelete(touchpoint: Touchpoint) {
    try {
      // The same id, time and details: the touchpoint comes back as it was.
      await sendToBackground({
        type: 'logTouchpoint',
        target: { contactId: touchpoint.contactId },
        touchpoint: {
          id: touchpoint.id,
          type: touchpoint.type,
          focus: touchpoint.focus ?? null,
          ...(touchpoint.direction ? { direction: touchpoint.direction } : {}),
          at: touchpoint.at,
          ...(touchpoint.note ? { note: touchpoint.note } : {}),
          ...(touchpoint.postUrn ? { postUrn: touchpoint.postUrn } : {}),
          ...(touchpoint.postUrl ? { postUrl: touchpoint.postUrl } : {}),
          source: touchpoint.source === 'auto' ? 'auto' : 'manual',
        },
      });
      setDeleted(null);
    } catch (caught) {
      setError(toRapportError(caught).message);
    }
  }

  if (state.status === 'error') return <ErrorMessage>{t('readTouchpointsFailed', state.error)}</ErrorMessage>;
  const touchpoints = state.status === 'ready' ? state.data : lastShown;
  if (!touchpoints) return <Loading />;

  return (
    <>
      <GiveAskBalance newestFirst={touchpoints} />
      <section className="stack timeline" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('timelineHeading')}</h3>
        {touchpoints.length === 0 ? (
          <EmptyState>{t('timelineEmpty', name)}</EmptyState>
        ) : (
          <ol className="timeline-list">
            {touchpoints.map((touchpoint) => (
              <TimelineItem key={touchpoint.id} touchpoint={touchpoint} onDelete={() => void remove(touchpoint)} />
            ))}
          </ol>
        )}
        {touchpoints.length === limit && (
          <button type="button" onClick={() => setLimit((current) => current + PAGE)}>
            {t('showOlder')}
          </button>
        )}
        <div aria-live="polite">
          {deleted && (
            <p className="row">
              <span role="status">{t('touchpointDeleted', touchpointTypeLabel(deleted.type), formatDate(deleted.at))}</span>
              <button type="button" onClick={() => void undoDelete(deleted)}>
                {t('undo')}
              </button>
            </p>
          )}
        </div>
        {error && <ErrorMessage>{error}</ErrorMessage>}
      </section>
    </>
  );
}

function TimelineItem({ touchpoint, onDelete }: { touchpoint: Touchpoint; onDelete(): void }) {
  const [editing, setEditing] = useState(false);
  const what = t('touchpointOn', touchpointTypeLabel(touchpoint.type), formatDate(touchpoint.at));
  return (
    <li className="timeline-item stack">
      <div className="row timeline-item-main">
        <strong>{touchpointTypeLabel(touchpoint.type)}</strong>
        <FocusBadge touchpoint={touchpoint} />
        <time dateTime={touchpoint.at} className="muted">
          {formatDate(touchpoint.at)}
        </time>
        {touchpoint.source === 'auto' && <span className="muted">{t('sourceAuto')}</span>}
      </div>
      {touchpoint.note && <p className="note-body">{touchpoint.note}</p>}
      <div className="row">
        {touchpoint.postUrl && (
          <a href={touchpoint.postUrl} target="_blank" rel="noreferrer">
            {t('viewPost')}
          </a>
        )}
        <button type="button" aria-expanded={editing} aria-label={t('editTouchpointLabel', what)} onClick={() => setEditing((open) => !open)}>
          {t('edit')}
        </button>
        <button type="button" className="danger" aria-label={t('deleteTouchpointLabel', what)} onClick={onDelete}>
          {t('delete')}
        </button>
      </div>
      {editing && <TouchpointEditor touchpoint={touchpoint} onDone={() => setEditing(false)} />}
    </li>
  );
}

/** About them, about you, not classified (an imported touch), or the other person's message. */
function FocusBadge({ touchpoint }: { touchpoint: Touchpoint }) {
  if (isTheirs(touchpoint)) return <span className="focus-badge focus-theirs">{t('focusTheirs')}</span>;
  if (!touchpoint.focus) return <span className="focus-badge focus-none">{t('focusNone')}</span>;
  return <span className={`focus-badge focus-${touchpoint.focus}`}>{touchpoint.focus === 'give' ? t('focusGive') : t('focusAsk')}</span>;
}
