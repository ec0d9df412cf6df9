import { useState } from 'react';
import { formatNumber, t, tCount } from '@/lib/i18n';
import { blendTotals } from '@/lib/dashboard/blend';
import { createBlendStore } from '@/lib/stores/dashboard-store';
import { useLiveQueryStore } from '@/components/use-live-query-store';
import { EmptyState, ErrorMessage, Loading } from '@/components/ui/status-message';
import { DashboardSection, Card } from './section';
import { BlendChart, BlendTable } from './blend-chart';
import { Triage } from './triage';

/** Step 1, build: how the people you keep in touch with blend strategic and relational, and a fast way to classify them. */
export function BuildSection() {
  const [store] = useState(createBlendStore);
  const state = useLiveQueryStore(store);
  return (
    <DashboardSection id="build" heading={t('buildHeading')} intro={t('buildIntro')}>
      <Card id="blend" heading={t('blendHeading')} wide>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <ErrorMessage>{t('dashboardReadFailed', state.error)}</ErrorMessage>}
        {state.status === 'ready' && <Blend rows={state.data} />}
      </Card>
      <Card id="triage" heading={t('triageHeading')} wide>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <ErrorMessage>{t('dashboardReadFailed', state.error)}</ErrorMessage>}
        {state.status === 'ready' && <Triage remaining={blendTotals(state.data).unclassified} tracked={blendTotals(state.data).total} />}
      </Card>
    </DashboardSection>
  );
}

function Blend({ rows }: { rows: Parameters<typeof BlendChart>[0]['rows'] }) {
  const totals = blendTotals(rows);
  if (totals.total === 0) return <EmptyState>{t('blendEmpty')}</EmptyState>;
  return (
    <>
      <p>{tCount('blendSummary', totals.total, ...[totals.strategic, totals.relational, totals.both, totals.unclassified].map(formatNumber))}</p>
      <BlendChart rows={rows} />
      <details>
        <summary>{t('showAsTable')}</summary>
        <BlendTable rows={rows} />
      </details>
    </>
  );
}
