import { lazy, Suspense } from 'react';

const PersonPlans = lazy(() => import('@/components/person/person-plans'));

/** Follow-ups and key dates, loaded on demand: the side panel's first paint does not carry them. */
export function LazyPersonPlans({ contactId, name }: { contactId: string; name: string }) {
  return (
    <Suspense fallback={null}>
      <PersonPlans contactId={contactId} name={name} />
    </Suspense>
  );
}
