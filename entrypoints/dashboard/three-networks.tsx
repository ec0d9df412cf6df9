import { useState } from 'react';
import { t, tCount } from '@/lib/i18n';
import type { Network, NetworkGap, ThreeNetworks } from '@/lib/db/repo/reads/networks';
import { createThreeNetworksStore } from '@/lib/stores/needs-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { LiveView } from '@/components/ui/live-view';
import { PersonLink } from '@/components/person-link';
import { dashboardReadFailed } from './section';

/**
 * Andy Lopata's three networks: who is in a position to help (strategic),
 * who wants to help (strong relationships), who knows how and when to help
 * (knows about an open need), each with its count and first names, then the
 * gaps in words.
 */
export function ThreeNetworksCard() {
  const [store] = useState(createThreeNetworksStore);
  return (
    <LiveView state={useLiveQueryStore(store)} failed={dashboardReadFailed}>
      {(networks) => <ThreeNetworksView networks={networks} />}
    </LiveView>
  );
}

export function ThreeNetworksView({ networks }: { networks: ThreeNetworks }) {
  return (
    <>
      <p className="muted">{t('networksIntro')}</p>
      <div className="three-networks">
        <NetworkColumn id="in-position" name={t('networkInPosition')} why={t('networkInPositionWhy')} network={networks.inPosition} />
        <NetworkColumn id="want-to-help" name={t('networkWantToHelp')} why={t('networkWantToHelpWhy')} network={networks.wantToHelp} />
        <NetworkColumn id="know-how" name={t('networkKnowHow')} why={t('networkKnowHowWhy')} network={networks.knowHow} />
      </div>
      {networks.strategicAndStrong > 0 && (
        <p className="muted" data-figure="strategic-and-strong">
          {t('networksStrategicAndStrong', networks.strategicAndStrong)}
        </p>
      )}
      {networks.gaps.length > 0 && (
        <ul className="network-gaps" aria-label={t('networkGapsLabel')}>
          {networks.gaps.map((gap) => (
            <li key={gap.kind}>{gapWords(gap)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function NetworkColumn({ id, name, why, network }: { id: string; name: string; why: string; network: Network }) {
  const more = network.count - network.people.length;
  return (
    <section className="network stack" aria-labelledby={`network-${id}`} data-network={id}>
      <h4 id={`network-${id}`}>{name}</h4>
      <p className="muted">{why}</p>
      <p>
        <span className="figure" data-figure={`network-${id}`}>
          {tCount('networkCount', network.count)}
        </span>
      </p>
      {network.count === 0 ? (
        <p className="muted">{t('networkNobody')}</p>
      ) : (
        <ul className="network-people" aria-label={t('networkMembersLabel', name)}>
          {network.people.map((contact) => (
            <li key={contact.id}>
              <PersonLink contact={contact} />
            </li>
          ))}
          {more > 0 && <li className="muted">{t('networkAndMore', more)}</li>}
        </ul>
      )}
    </section>
  );
}

export function gapWords(gap: NetworkGap): string {
  switch (gap.kind) {
    case 'noStrategic':
      return t('gapNoStrategic');
    case 'noStrong':
      return t('gapNoStrong');
    case 'noStrategicInner':
      return t('gapNoStrategicInner');
    case 'innerStrategicNotStrong':
      return t('gapInnerStrategicNotStrong');
    case 'strategicNotStrong':
      return t('gapStrategicNotStrong', gap.count);
    case 'noOpenNeeds':
      return t('gapNoOpenNeeds');
    case 'nobodyKnows':
      return t('gapNobodyKnows');
  }
}
