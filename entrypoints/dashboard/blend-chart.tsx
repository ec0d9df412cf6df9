import { useId } from 'react';
import { formatNumber, t } from '@/lib/i18n';
import { circleLabel, kindLabel } from '@/lib/contacts/labels';
import { blendTotals, type BlendRow } from '@/lib/dashboard/blend';
import { KINDS } from '@/lib/model/enums';

const SEGMENTS = [...KINDS, 'unclassified'] as const;
type Segment = (typeof SEGMENTS)[number];
const segmentLabel = (segment: Segment) => (segment === 'unclassified' ? t('kindUnclassified') : kindLabel(segment));

const LABEL_WIDTH = 120;
const BAR_WIDTH = 480;
const ROW_HEIGHT = 28;

/**
 * Stacked bars, one per circle, split by kind. Hand-made SVG (a chart library
 * would outweigh the rest of the page); screen readers get the summary as the
 * image's name and the table below as the full data.
 */
export function BlendChart({ rows }: { rows: readonly BlendRow[] }) {
  const titleId = useId();
  const largest = Math.max(1, ...rows.map((row) => row.total));
  const totals = blendTotals(rows);
  return (
    <figure className="stack" style={{ margin: 0 }}>
      <svg
        className="chart"
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 60} ${rows.length * ROW_HEIGHT}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{t('blendChartLabel', totals.strategic, totals.relational, totals.both, totals.unclassified)}</title>
        {rows.map((row, index) => {
          let x = LABEL_WIDTH;
          const y = index * ROW_HEIGHT;
          return (
            <g key={row.circle}>
              <text x={0} y={y + 18}>
                {circleLabel(row.circle)}
              </text>
              {SEGMENTS.map((segment) => {
                const width = (row[segment] / largest) * BAR_WIDTH;
                const rect = <rect key={segment} className={`kind-${segment}`} x={x} y={y + 5} width={width} height={ROW_HEIGHT - 10} />;
                x += width;
                return rect;
              })}
              <text x={x + 6} y={y + 18}>
                {formatNumber(row.total)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend" aria-hidden="true">
          {SEGMENTS.map((segment) => (
            <li key={segment}>
              <span className={`legend-swatch kind-${segment}`} />
              {segmentLabel(segment)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** The chart's data as a table: circles by kind. */
export function BlendTable({ rows }: { rows: readonly BlendRow[] }) {
  const totals = blendTotals(rows);
  return (
    <table className="data-table" aria-label={t('blendTableLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('circleColumn')}</th>
          {SEGMENTS.map((segment) => (
            <th key={segment} scope="col" className="number">
              {segmentLabel(segment)}
            </th>
          ))}
          <th scope="col" className="number">
            {t('totalColumn')}
          </th>
        </tr>
      </thead>
      <tbody>
        {[...rows.map((row) => ({ ...row, label: circleLabel(row.circle) })), { ...totals, circle: 'all', label: t('allCircles') }].map((row) => (
          <tr key={row.circle} data-circle={row.circle}>
            <th scope="row">{row.label}</th>
            {SEGMENTS.map((segment) => (
              <td key={segment} className="number" data-kind={segment}>
                {formatNumber(row[segment])}
              </td>
            ))}
            <td className="number" data-kind="total">
              {formatNumber(row.total)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
