import { formatNumber, t, tCount } from '@/lib/i18n';
import { formatPercent } from '@/lib/format';
import { circleLabel } from '@/lib/contacts/labels';
import { GIVE_PERCENT_TARGET } from '@/lib/contacts/balance';
import { giveShare, meetsGiveTarget } from '@/lib/dashboard/give-ask';
import type { GiveAsk } from '@/lib/dashboard/touch-summary';
import { CIRCLES } from '@/lib/model/enums';
import type { Circle } from '@/lib/model/schema';

/**
 * The give/ask ratio overall and per circle, against Andy Lopata's 90% rule,
 * over the touches you classified only: the import's touches (no focus) are
 * counted apart, never as gives.
 */
export function GiveAskCard({ overall, byCircle, unclassified = 0 }: { overall: GiveAsk; byCircle: Record<Circle, GiveAsk>; unclassified?: number }) {
  const share = giveShare(overall);
  const unclassifiedNote = unclassified > 0 && <p className="muted" data-figure="unclassified">{tCount('giveAskUnclassified', unclassified)}</p>;
  if (share === null)
    return (
      <>
        <p className="muted">{unclassified > 0 ? t('giveAskNoneClassified') : t('giveAskEmpty')}</p>
        {unclassifiedNote}
      </>
    );
  const meets = meetsGiveTarget(overall);
  return (
    <>
      <p>
        <span className="figure" data-figure="give-share">
          {formatPercent(share)}
        </span>{' '}
        {t('giveShareLabel', formatNumber(overall.give), formatNumber(overall.give + overall.ask))}
      </p>
      <p className="muted" data-figure="classified">
        {tCount('giveAskBasedOn', overall.give + overall.ask)}
      </p>
      {unclassifiedNote}
      <meter
        className="balance-meter"
        min={0}
        max={1}
        value={share}
        low={GIVE_PERCENT_TARGET / 100 - 0.001}
        optimum={1}
        aria-label={t('giveShareMeterLabel')}
      />
      <p className={meets ? 'ok-text' : 'warning-text'}>{meets ? t('balanceWithinRule') : t('balanceBelowRule')}</p>
      <table className="data-table" aria-label={t('giveAskTableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('circleColumn')}</th>
            <th scope="col" className="number">
              {t('givesColumn')}
            </th>
            <th scope="col" className="number">
              {t('asksColumn')}
            </th>
            <th scope="col" className="number">
              {t('giveShareColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {CIRCLES.filter((circle) => byCircle[circle].give + byCircle[circle].ask > 0).map((circle) => {
            const split = byCircle[circle];
            return (
              <tr key={circle} data-circle={circle}>
                <th scope="row">{circleLabel(circle)}</th>
                <td className="number">{formatNumber(split.give)}</td>
                <td className="number">{formatNumber(split.ask)}</td>
                <td className={`number ${meetsGiveTarget(split) ? 'ok-text' : 'warning-text'}`}>
                  {formatPercent(giveShare(split)!)}
                  <span className="visually-hidden">{meetsGiveTarget(split) ? t('meetsTarget') : t('belowTarget')}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
