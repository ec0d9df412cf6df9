import { useId } from 'react';
import { t, tCount } from '@/lib/i18n';
import { BALANCE_WINDOW, GIVE_PERCENT_TARGET, giveAskBalance } from '@/lib/contacts/balance';
import type { Focus } from '@/lib/model/schema';

/** "9 of your last 10 touchpoints were about them", measured against Andy Lopata's 90% rule. */
export function GiveAskBalance({ newestFirst }: { newestFirst: ReadonlyArray<{ focus?: Focus | undefined }> }) {
  const headingId = useId();
  const balance = giveAskBalance(newestFirst);
  return (
    <section className="stack balance" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('balanceHeading')}</h3>
      <p>{balanceText(balance.gives, balance.total)}</p>
      {balance.total > 0 && (
        <>
          <meter
            className="balance-meter"
            min={0}
            max={balance.total}
            value={balance.gives}
            low={(balance.total * GIVE_PERCENT_TARGET) / 100 - 0.001}
            optimum={balance.total}
            aria-label={t('balanceMeterLabel')}
          />
          <p className={balance.withinRule ? 'ok-text' : 'warning-text'}>{balance.withinRule ? t('balanceWithinRule') : t('balanceBelowRule')}</p>
        </>
      )}
    </section>
  );
}

/** The sentence for `gives` of the latest `total` touchpoints (at most BALANCE_WINDOW). */
export function balanceText(gives: number, total: number): string {
  if (total === 0) return t('balanceNone');
  if (total === 1) return gives === 1 ? t('balanceOnlyGive') : t('balanceOnlyAsk');
  return total >= BALANCE_WINDOW ? tCount('balanceLast', gives, total) : tCount('balanceSoFar', gives, total);
}
