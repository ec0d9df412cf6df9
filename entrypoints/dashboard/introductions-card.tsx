import { useId, useMemo } from 'react';
import { t } from '@/lib/i18n';
import type { Introduction } from '@/lib/model/introduction';
import { createRecentIntroductionsStore } from '@/lib/stores/introduction-store';
import { useLiveQueryStore } from '@/components/hooks/use-live-query-store';
import { LiveView } from '@/components/ui/live-view';
import { EmptyState } from '@/components/ui/status-message';
import { IntroductionItem } from '@/components/introductions/introduction-item';
import { useIntroductionDeletion } from '@/components/introductions/use-introduction-deletion';

/** How many of each the card lists: the latest ones (an index range read, never every introduction). */
export const RECENT_INTRODUCTIONS = 20;

/** The dashboard's introductions: the ones you made and the ones you received, newest first. */
export function IntroductionsCard() {
  const store = useMemo(() => createRecentIntroductionsStore(RECENT_INTRODUCTIONS), []);
  const state = useLiveQueryStore(store);
  const { remove, fail, status } = useIntroductionDeletion();
  return (
    <div className="stack">
      {status}
      <LiveView state={state} failed={(message) => t('readIntroductionsFailed', message)}>
        {({ made, received }) => (
          <>
            <IntroductionList heading={t('introductionsMadeHeading')} empty={t('introductionsMadeEmpty')} introductions={made} onDelete={remove} onError={fail} />
            <IntroductionList heading={t('introductionsReceivedHeading')} empty={t('introductionsReceivedEmpty')} introductions={received} onDelete={remove} onError={fail} />
          </>
        )}
      </LiveView>
    </div>
  );
}

function IntroductionList({
  heading,
  empty,
  introductions,
  onDelete,
  onError,
}: {
  heading: string;
  empty: string;
  introductions: readonly Introduction[];
  onDelete(introduction: Introduction): Promise<void>;
  onError(error: unknown): void;
}) {
  const headingId = useId();
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {introductions.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul className="contact-list">
          {introductions.map((introduction) => (
            <IntroductionItem key={introduction.id} introduction={introduction} onDelete={(deleted) => void onDelete(deleted)} onError={onError} />
          ))}
        </ul>
      )}
    </section>
  );
}
