import { useState } from 'react';
import { formatNumber, t, tCount } from '@/lib/i18n';
import { blendTotals } from '@/lib/dashboard/blend';
import { createBlendStore } from '@/lib/stores/dashboard-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { EmptyState } from '@/components/ui/status-message';
import { LiveView } from '@/components/ui/live-view';
import { DashboardSection, Card, dashboardReadFailed } from './section';
import { BlendChart, BlendTable } from './blend-chart';
import { Triage } from './triage';
import { firstRead } from './first-reads';

/** Step 1, build: how the people you keep in touch with blend strategic and relational, and a fast way to classify them. */
export function BuildSection() {
  const [store] = useState(firstRead('blend', createBlendStore));
  const state = useLiveQueryStore(store);
  return (
    <DashboardSection id="build" heading={t('buildHeading')} intro={t('buildIntro')}>
      <Card id="blend" heading={t('blendHeading')} wide>
        <LiveView state={state} failed={dashboardReadFailed}>
          {(rows) => <Blend rows={rows} />}
        </LiveView>
      </Card>
      <Card id="triage" heading={t('triageHeading')} wide>
        <LiveView state={state} failed={dashboardReadFailed}>
          {(rows) => <Triage remaining={blendTotals(rows).unclassified} tracked={blendTotals(rows).total} />}
        </LiveView>
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
