import { useState } from 'react';
import { formatNumber, t, tCount } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { AskOutcome } from '@/lib/model/schema';
import { sendToBackground } from '@/lib/messaging/client';
import { createAsksStore } from '@/lib/stores/dashboard-store';
import type { TouchWithContact } from '@/lib/db/repo/reads/dashboard';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { useAction } from '@/components/hooks/use-action';
import { EmptyState, ErrorMessage } from '@/components/ui/status-message';
import { LiveView } from '@/components/ui/live-view';
import { dashboardReadFailed } from './section';
import type { summarizeAsks } from '@/lib/dashboard/asks';
import { PersonLink } from '@/components/person-link';

const outcomeLabel = (outcome: AskOutcome) => t(`askOutcome_${outcome}`);

/** What you asked of whom and when, what came of it, and whether you thanked them. */
export function AsksLog() {
  const [store] = useState(createAsksStore);
  return (
    <LiveView state={useLiveQueryStore(store)} failed={dashboardReadFailed}>
      {(asks) => <Asks asks={asks} />}
    </LiveView>
  );
}

/** The latest asks, with `older` set when there are more than are listed. */
type AskLog = { latest: TouchWithContact[]; outcomes: ReturnType<typeof summarizeAsks>; older: boolean };

function Asks({ asks: { latest, outcomes, older } }: { asks: AskLog }) {
  if (outcomes.total === 0) return <EmptyState>{t('asksEmpty')}</EmptyState>;
  const figures = [outcomes.helped, outcomes.declined, outcomes.pending, outcomes.thanked].map(formatNumber);
  return (
    <>
      <p data-figure="asks-summary">{older ? t('asksSummaryRecent', formatNumber(outcomes.total), ...figures) : tCount('asksSummary', outcomes.total, ...figures)}</p>
      <table className="data-table asks-table" aria-label={t('asksTableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('dateColumn')}</th>
            <th scope="col">{t('personColumn')}</th>
            <th scope="col">{t('askedColumn')}</th>
            <th scope="col">{t('outcomeColumn')}</th>
            <th scope="col">{t('thankedColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {latest.map((ask) => (
            <AskRow key={ask.touchpoint.id} ask={ask} />
          ))}
        </tbody>
      </table>
    </>
  );
}

type AskPatch = { outcome?: AskOutcome; thanked?: boolean };

function AskRow({ ask: { touchpoint, contact } }: { ask: TouchWithContact }) {
  const { error, run } = useAction();
  // Shown at once while the background saves it; the live query then shows what was stored (or the old value, with the error, if the save failed).
  const [saving, setSaving] = useState<AskPatch>({});
  const update = (patch: AskPatch) => {
    setSaving((previous) => ({ ...previous, ...patch }));
    void run(() => sendToBackground({ type: 'updateTouchpoint', id: touchpoint.id, patch })).finally(() =>
      setSaving((previous) => {
        const next = { ...previous };
        for (const key of Object.keys(patch) as (keyof AskPatch)[]) if (next[key] === patch[key]) delete next[key];
        return next;
      }),
    );
  };
  const outcome = saving.outcome ?? touchpoint.outcome ?? 'pending';
  const thanked = saving.thanked ?? touchpoint.thanked === true;
  return (
    <tr>
      <td>{formatDate(touchpoint.at)}</td>
      <td>
        <PersonLink contact={contact} />
      </td>
      <td>
        {touchpoint.note ?? <span className="muted">{t('askWithoutNote')}</span>}
        {error && <ErrorMessage>{error}</ErrorMessage>}
      </td>
      <td>
        <select
          aria-label={t('askOutcomeLabel', contact.name, formatDate(touchpoint.at))}
          value={outcome}
          onChange={(event) => update({ outcome: AskOutcome.parse(event.target.value) })}
        >
          {AskOutcome.options.map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcomeLabel(outcome)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {/* Thanks follow help: only a helped ask can be thanked (a thanked ask set back to pending keeps its mark, shown). */}
        {outcome === 'helped' || thanked ? (
          <input
            type="checkbox"
            aria-label={t('askThankedLabel', contact.name, formatDate(touchpoint.at))}
            checked={thanked}
            onChange={(event) => update({ thanked: event.target.checked })}
          />
        ) : (
          <span className="muted" aria-label={t('askNotHelpedYet')}>
            –
          </span>
        )}
      </td>
    </tr>
  );
}
