import type { ReactNode } from 'react';
import { t } from '@/lib/i18n';

/** Loading, empty and error states look the same everywhere; errors are announced to screen readers. */
export function Loading({ label = t('loading') }: { label?: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      {label}
    </p>
  );
}

export function ErrorMessage({ children }: { children: ReactNode }) {
  return (
    <div className="alert error" role="alert">
      {children}
    </div>
  );
}

export function SuccessMessage({ children }: { children: ReactNode }) {
  return (
    <div className="alert success" role="status" aria-live="polite">
      {children}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="muted">{children}</p>;
}
