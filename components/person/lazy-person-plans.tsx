import { lazyPart } from '@/components/ui/lazy-part';

/** Words to start with, follow-ups and key dates, loaded on demand: the side panel's first paint does not carry them. */
export const LazyPersonPlans = lazyPart(() => import('@/components/person/person-plans').then((module) => module.default));
