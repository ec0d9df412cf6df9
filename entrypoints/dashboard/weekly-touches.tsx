import { useId } from 'react';
import { formatNumber, t, tCount } from '@/lib/i18n';
import { formatDate, formatMonthDay } from '@/lib/format';
import type { TouchSummary } from '@/lib/dashboard/touch-summary';

const WIDTH = 640;
const HEIGHT = 160;
const AXIS = 20;
const LABEL_EVERY = 4;

/** Touches per week as bars (hand-made SVG), with the numbers as a table for screen readers and anyone who prefers them. */
export function WeeklyTouches({ weeks, total }: Pick<TouchSummary, 'weeks' | 'total'>) {
  const titleId = useId();
  if (total === 0) return <p className="muted">{t('weeklyEmpty', weeks.length)}</p>;
  const largest = Math.max(...weeks.map((week) => week.count));
  const slot = WIDTH / weeks.length;
  const average = total / weeks.length;
  const busiest = weeks.reduce((best, week) => (week.count > best.count ? week : best));
  return (
    <>
      <p>{tCount('weeklySummary', total, weeks.length, formatNumber(Math.round(average * 10) / 10))}</p>
      <svg className="chart" role="img" aria-labelledby={titleId} viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`}>
        <title id={titleId}>{t('weeklyChartLabel', weeks.length, formatNumber(total), formatDate(busiest.start), formatNumber(busiest.count))}</title>
        <line className="axis" x1={0} x2={WIDTH} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} />
        {weeks.map((week, index) => {
          const height = (week.count / largest) * (HEIGHT - 12);
          return (
            <g key={week.start}>
              <rect className="bar" x={index * slot + 2} y={HEIGHT - height} width={slot - 4} height={height}>
                <title>{t('weeklyBarLabel', formatDate(week.start), formatNumber(week.count))}</title>
              </rect>
              {index % LABEL_EVERY === 0 && (
                <text x={index * slot + 2} y={HEIGHT + 14}>
                  {formatMonthDay(week.start)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('showAsTable')}</summary>
        <table className="data-table" aria-label={t('weeklyTableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('weekStartingColumn')}</th>
              <th scope="col" className="number">
                {t('touchesColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.start}>
                <th scope="row">{formatDate(week.start)}</th>
                <td className="number">{formatNumber(week.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
