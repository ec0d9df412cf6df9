import { lazy, Suspense } from 'react';
import type { StarterMoment } from '@/lib/starters/templates';

const PersonPlans = lazy(() => import('@/components/person/person-plans'));

/** Words to start with, follow-ups and key dates, loaded on demand: the side panel's first paint does not carry them. */
export function LazyPersonPlans({ contactId, name, moment }: { contactId: string; name: string; moment: StarterMoment }) {
  return (
    <Suspense fallback={null}>
      <PersonPlans contactId={contactId} name={name} moment={moment} />
    </Suspense>
  );
}
