import { t } from '@/lib/i18n';
import { DashboardSection, Card } from './section';
import { AsksLog } from './asks-log';
import { GivesList } from './gives-list';
import { HelperSearch } from './helper-search';
import { ThreeNetworksCard } from './three-networks';
import { NeedsCard } from './needs-card';

/** Step 3, leverage: ask for help and keep track of what came of it; help others without expecting a return. */
export function LeverageSection() {
  return (
    <DashboardSection id="leverage" heading={t('leverageHeading')} intro={t('leverageIntro')}>
      <Card id="networks" heading={t('networksHeading')} wide>
        <ThreeNetworksCard />
      </Card>
      <Card id="needs" heading={t('needsHeading')} wide>
        <NeedsCard />
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
    </DashboardSection>
  );
}
