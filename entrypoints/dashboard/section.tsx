import type { ReactNode } from 'react';
import { t } from '@/lib/i18n';

/** One of the three steps: a landmark with its heading and a line on why it matters. */
export function DashboardSection({ id, heading, intro, children }: { id: string; heading: string; intro: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="dashboard-section stack">
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p className="muted">{intro}</p>
      <div className="dashboard-cards">{children}</div>
    </section>
  );
}

/** A card within a section, titled by its heading. */
export function Card({ id, heading, children, wide = false }: { id: string; heading: string; children: ReactNode; wide?: boolean }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={`card stack dashboard-card${wide ? ' wide' : ''}`}>
      {/* Focusable by script: where focus goes when the row that had it goes away. */}
      <h3 id={`${id}-heading`} tabIndex={-1}>
        {heading}
      </h3>
      {children}
    </section>
  );
}

/** How every dashboard card words a failed read, for {@link LiveView}'s `failed`. */
export const dashboardReadFailed = (error: string) => t('dashboardReadFailed', error);
