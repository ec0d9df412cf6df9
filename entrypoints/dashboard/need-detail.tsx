import { useId, useMemo, useState } from 'react';
import { t } from '@/lib/i18n';
import type { NeedPerson } from '@/lib/db/repo/reads/needs';
import { createNeedDetailStore, type NeedDetailData } from '@/lib/stores/needs-store';
import { sendToBackground } from '@/lib/messaging/client';
import { showPageToast } from '@/lib/stores/toast-store';
import { NEED_OUTCOME_MAX, type Need } from '@/lib/model/need';
import { touchpointTypeLabel } from '@/lib/contacts/labels';
import { formatRelativeDay } from '@/lib/format';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { LiveView } from '@/components/ui/live-view';
import { EmptyState, ErrorMessage } from '@/components/ui/status-message';
import { PersonLink } from '@/components/person-link';
import { dashboardReadFailed } from './section';
import { HelperRow } from './helper-row';

/** Default export: loaded as a lazy chunk when a need is opened (needs-card.tsx). */
export default function NeedDetail({ need }: { need: Need }) {
  const store = useMemo(() => createNeedDetailStore(need.id, need.text), [need.id, need.text]);
  return (
    <div className="stack need-detail">
      <LiveView state={useLiveQueryStore(store)} failed={dashboardReadFailed}>
        {(data) => <NeedDetailView need={need} data={data} />}
      </LiveView>
      <NeedOutcome key={need.outcome ?? ''} need={need} />
      <NeedActions need={need} />
    </div>
  );
}

export function NeedDetailView({ need, data }: { need: Need; data: NeedDetailData }) {
  return (
    <>
      {need.status === 'met' && data.whoKnows.length > 0 && <ThankHelpers need={need} people={data.whoKnows} />}
      <h4>{t('needWhoKnowsHeading')}</h4>
      {data.whoKnows.length === 0 ? (
        <EmptyState>{t('needWhoKnowsEmpty')}</EmptyState>
      ) : (
        <ul className="contact-list" aria-label={t('needWhoKnowsLabel', need.text)}>
          {data.whoKnows.map(({ contact, touchpoints }) => (
            <li key={contact.id} className="contact-row">
              <PersonLink contact={contact} />
              <span className="muted">
                {t('statusSeparator')}
                {t('needTouchSummary', [...new Set(touchpoints.map((tp) => touchpointTypeLabel(tp.type)))].join(t('listSeparator')), formatRelativeDay(touchpoints[0]!.at))}
              </span>
            </li>
          ))}
        </ul>
      )}
      {need.status === 'open' && (
        <>
          <h4>{t('needWhoCouldHelpHeading')}</h4>
          {data.helpers.length === 0 ? (
            <EmptyState>{t('needWhoCouldHelpEmpty')}</EmptyState>
          ) : (
            <ul className="contact-list" aria-label={t('needWhoCouldHelpLabel', need.text)}>
              {data.helpers.map((helper) => (
                <HelperRow key={helper.contact.id} need={need} helper={helper} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

/** After a need is met: the people who knew about it, each with Thank (logs a thank-you tied to the need). */
function ThankHelpers({ need, people }: { need: Need; people: readonly NeedPerson[] }) {
  return (
    <section className="stack need-thanks" aria-labelledby={`thanks-${need.id}`}>
      <h4 id={`thanks-${need.id}`}>{t('needThanksHeading')}</h4>
      <ul className="contact-list">
        {people.map((person) => (
          <ThankRow key={person.contact.id} need={need} person={person} />
        ))}
      </ul>
    </section>
  );
}

/** Thanked: a give tied to the need logged since it was closed. */
const thankedSince = (need: Need, { touchpoints }: NeedPerson) => touchpoints.some((tp) => tp.focus === 'give' && need.closedAt !== undefined && tp.at >= need.closedAt && tp.type === 'message');

function ThankRow({ need, person }: { need: Need; person: NeedPerson }) {
  const { busy, error, run } = useAction();
  const { contact } = person;
  const thank = () =>
    run(async () => {
      const result = await sendToBackground({
        type: 'logTouchpoint',
        target: { contactId: contact.id },
        touchpoint: { type: 'message', focus: 'give', note: t('needThankNote', need.text), needId: need.id },
      });
      showPageToast({
        text: t('needThankedConfirmation', contact.name),
        undo: async () => {
          await sendToBackground({ type: 'undoTouchpoint', id: result.touchpoint.id });
        },
      });
    });
  return (
    <li className="contact-row">
      <div className="row contact-row-main">
        <PersonLink contact={contact} />
        {thankedSince(need, person) ? (
          <span className="muted">{t('needThanked')}</span>
        ) : (
          <button type="button" disabled={busy} aria-label={t('needThankLabel', contact.name, need.text)} onClick={() => void thank()}>
            {t('needThank')}
          </button>
        )}
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </li>
  );
}

function NeedOutcome({ need }: { need: Need }) {
  const [outcome, setOutcome] = useState(need.outcome ?? '');
  const { busy, error, run } = useAction();
  const id = useId();
  const changed = outcome.trim() !== (need.outcome ?? '');
  return (
    <div className="stack">
      <label htmlFor={id}>{t('needOutcomeLabel')}</label>
      <textarea id={id} rows={2} value={outcome} maxLength={NEED_OUTCOME_MAX} onChange={(event) => setOutcome(event.target.value)} />
      <div className="row">
        <button type="button" disabled={busy || !changed} onClick={() => void run(() => sendToBackground({ type: 'updateNeed', id: need.id, patch: { outcome: outcome.trim() || null } }))}>
          {t('needSaveOutcome')}
        </button>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </div>
  );
}

function NeedActions({ need }: { need: Need }) {
  const { busy, error, run } = useAction();
  const setStatus = async (status: Need['status']) => {
    const updated = await run(() => sendToBackground({ type: 'updateNeed', id: need.id, patch: { status } }));
    if (updated && status === 'met') showPageToast({ text: t('needMetConfirmation', need.text) });
  };
  const remove = async () => {
    if (await run(() => sendToBackground({ type: 'deleteNeed', id: need.id }))) showPageToast({ text: t('needDeleted', need.text) });
  };
  return (
    <>
      <div className="row">
        {need.status === 'open' ? (
          <>
            <button type="button" className="primary" disabled={busy} onClick={() => void setStatus('met')}>
              {t('needMarkMet')}
            </button>
            <button type="button" disabled={busy} onClick={() => void setStatus('dropped')}>
              {t('needDrop')}
            </button>
          </>
        ) : (
          <button type="button" disabled={busy} onClick={() => void setStatus('open')}>
            {t('needReopen')}
          </button>
        )}
        <button type="button" className="danger" disabled={busy} aria-label={t('needDeleteLabel', need.text)} onClick={() => void remove()}>
          {t('needDelete')}
        </button>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </>
  );
}
