import { t } from '@/lib/i18n';
import { Card } from './section';
import { AsksLog } from './asks-log';
import { GivesList } from './gives-list';
import { HelperSearch } from './helper-search';
import { ThreeNetworksCard } from './three-networks';
import NeedsCard from './needs-card';
import { IntroductionsCard } from './introductions-card';

/**
 * Step 3's cards: below the fold, so they are one lazy chunk (leverage-section.tsx),
 * requested as the page starts and rendered when it arrives.
 */
export default function LeverageCards() {
  return (
    <>
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
      <Card id="introductions" heading={t('introductionsHeading')} wide>
        <IntroductionsCard />
      </Card>
    </>
  );
}
