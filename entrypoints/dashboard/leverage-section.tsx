import { t } from '@/lib/i18n';
import { chunk, useChunk } from '@/components/hooks/use-chunk';
import { LiveView } from '@/components/ui/live-view';
import { DashboardSection } from './section';
import { afterFirstScreen } from './first-reads';

/**
 * The three networks, needs, who could help, asks, gives and introductions are usually below the
 * fold: one lazy chunk, kept out of the first screen's scripts. It is requested as the page starts
 * (start-reads.ts), so on a short page (a new database), where the three networks are on the first
 * screen, it has arrived when wanted; its cards render, and read, once the first screen is shown.
 */
const cardsModule = chunk(() => import('./leverage-cards'));
const leverageCards = chunk(() => Promise.all([cardsModule.load(), afterFirstScreen()]).then(([module]) => module));

/** Requests the chunk now (it renders once the first screen is shown). */
export const requestLeverageCards = (): void => void cardsModule.load().catch(() => undefined);

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
