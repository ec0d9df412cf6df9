import { t } from '@/lib/i18n';
import type { JobChange } from '@/lib/model/schema';

/** What a job change changed, a line per value: the headline, the company, or both. Page text, rendered as text only. */
export function JobChangeDetails({ change, className }: { change: JobChange; className?: string }) {
  return (
    <>
      {change.headline && <p className={className}>{t('jobChangeHeadlineText', change.headline.to, change.headline.from)}</p>}
      {change.company && <p className={className}>{t('jobChangeCompanyText', change.company.to, change.company.from)}</p>}
    </>
  );
}
