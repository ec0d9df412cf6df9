import { t } from '@/lib/i18n';
import { chunk, useChunk } from '@/components/hooks/use-chunk';
import { LiveView } from '@/components/ui/live-view';
import { DashboardSection } from './section';
import { afterFirstScreen } from './first-reads';

/**
 * The three networks, needs, who could help, asks, gives and introductions are below the fold:
 * one lazy chunk, so the dashboard's first screen neither downloads nor renders them. It is
 * requested once the first screen is shown (start-reads.ts), so its cards' reads come after.
 */
const leverageCards = chunk(() => afterFirstScreen().then(() => import('./leverage-cards')));

const partLoadFailed = (error: string) => t('partLoadFailed', error);

/** Step 3, leverage: ask for help and keep track of what came of it; help others without expecting a return. */
export function LeverageSection() {
  const cards = useChunk(leverageCards);
  return (
    <DashboardSection id="leverage" heading={t('leverageHeading')} intro={t('leverageIntro')}>
      <LiveView state={cards} failed={partLoadFailed}>
        {({ default: LeverageCards }) => <LeverageCards />}
      </LiveView>
    </DashboardSection>
  );
}
