import type { ComponentType, ReactNode } from 'react';
import { chunk, useChunk } from '@/components/hooks/use-chunk';
import { t } from '@/lib/i18n';
import { ErrorMessage } from './status-message';

export interface LazyPartOptions {
  /** Shown until the chunk arrives: nothing by default (the part simply appears). */
  fallback?: ReactNode;
  /** What stands in the part's place if its chunk cannot load: a plain error in words by default. */
  failed?: (error: string) => ReactNode;
}

const partLoadFailed = (error: string) => <ErrorMessage>{t('partLoadFailed', error)}</ErrorMessage>;

/**
 * A component kept out of a page's first chunk, what `React.lazy` in `<Suspense>` is for, but shown
 * the moment its chunk arrives: React holds a Suspense boundary's content back until 300 ms after
 * the last fallback it showed (see use-chunk), which made every lazy part (the popup's first steps,
 * a person's page, the bulk actions) appear a third of a second late. The chunk is requested the
 * first time the part renders (or by `preload`), once for every instance.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, { fallback = null, failed = partLoadFailed }: LazyPartOptions = {}) {
  const part = chunk(load);
  function LazyPart(props: P) {
    const state = useChunk(part);
    if (state.status === 'loading') return <>{fallback}</>;
    if (state.status === 'error') return <>{failed(state.error)}</>;
    const Part = state.data;
    return <Part {...props} />;
  }
  /** Requests the chunk now (e.g. as the page starts), so it is there when first rendered. */
  LazyPart.preload = () => part.load().then(
    () => undefined,
    () => undefined,
  );
  return LazyPart;
}
