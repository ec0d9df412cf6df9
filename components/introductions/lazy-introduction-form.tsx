import { lazy, Suspense } from 'react';
import { Loading } from '@/components/ui/status-message';

const IntroductionForm = lazy(() => import('@/components/introductions/introduction-form').then((module) => ({ default: module.IntroductionForm })));

/** The introduction form, loaded when the logger's "Introduce…" is chosen: the popup's first paint does not carry it. */
export function LazyIntroductionForm(props: { subject: { contactId: string; name: string }; onDone(): void; onCancel(): void }) {
  return (
    <Suspense fallback={<Loading />}>
      <IntroductionForm {...props} />
    </Suspense>
  );
}
