import { lazy, Suspense } from 'react';
import { t } from '@/lib/i18n';
import { DashboardSection, Card } from './section';
import { AsksLog } from './asks-log';
import { GivesList } from './gives-list';
import { HelperSearch } from './helper-search';
import { ThreeNetworksCard } from './three-networks';
import { Loading } from '@/components/ui/status-message';

/** Your needs (below the fold, in the last step) load as a lazy chunk: the dashboard's first screen never pays for them. */
const NeedsCard = lazy(() => import('./needs-card'));
/** Introductions made and received: the last card of the last step, a lazy chunk for the same reason. */
const IntroductionsCard = lazy(() => import('./introductions-card').then((module) => ({ default: module.IntroductionsCard })));

/** Step 3, leverage: ask for help and keep track of what came of it; help others without expecting a return. */
export function LeverageSection() {
  return (
    <DashboardSection id="leverage" heading={t('leverageHeading')} intro={t('leverageIntro')}>
      <Card id="networks" heading={t('networksHeading')} wide>
        <ThreeNetworksCard />
      </Card>
      <Card id="needs" heading={t('needsHeading')} wide>
        <Suspense fallback={<Loading />}>
          <NeedsCard />
        </Suspense>
      </Card>
      <Card id="helpers" heading={t('helperSearchHeading')} wide>
        <HelperSearch />
      </Card>
      <Card id="asks" heading={t('asksHeading')} wide>
        <AsksLog />
      </Card>
      <Card id="gives" heading={t('givesHeading')} wide>
        <GivesList />
      </Card>
      <Card id="introductions" heading={t('introductionsHeading')} wide>
        <Suspense fallback={<Loading />}>
          <IntroductionsCard />
        </Suspense>
      </Card>
    </DashboardSection>
  );
}
