import { Loading } from '@/components/ui/status-message';
import { lazyPart } from '@/components/ui/lazy-part';

/** The introduction form, loaded when the logger's "Introduce…" is chosen: the popup's first paint does not carry it. */
export const LazyIntroductionForm = lazyPart(() => import('@/components/introductions/introduction-form').then((module) => module.IntroductionForm), {
  fallback: <Loading />,
});
