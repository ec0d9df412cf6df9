import { t } from '@/lib/i18n';
import { chunk, useChunk } from '@/components/hooks/use-chunk';
import { LiveView } from '@/components/ui/live-view';
import { DashboardSection } from './section';

/**
 * The three networks, needs, who could help, asks, gives and introductions are below the fold:
 * one lazy chunk, so the dashboard's first screen neither downloads nor renders them.
 */
const leverageCards = chunk(() => import('./leverage-cards'));

/** Called as the page starts (start-reads.ts): the chunk loads while the first screen renders, not after it. */
export function prefetchLeverageCards(): void {
  // A failure shows where the cards would be (the section asks again and says so).
  leverageCards.load().catch(() => undefined);
}

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
