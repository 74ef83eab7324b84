// The chart of an advisory's answers over time: an SVG of two step lines (boards told, boards
// that answered), named and described in words for a screen reader, with a legend in text and
// the figures per day in a table beside it. Hand-drawn: two lines over days need no chart
// library, and the ones that would do (Recharts, Chart.js) add 50-100 kB to the chunk and draw
// a canvas or SVG that a screen reader cannot read, so the table would be needed all the same.
import { useId } from 'react';
import { amsterdamDate } from '@regie/domain';
import { useI18n } from '../i18n';
import { answersChart, latestKnown, type AnswerPoint } from './answers-chart-model';

export function AnswersChart({
  points,
  publisher,
}: {
  points: readonly AnswerPoint[];
  /** The publisher's members always see the section; others only when there is a line to draw. */
  publisher: boolean;
}) {
  const { t, formatDate, formatNumber } = useI18n();
  const id = useId();
  const chart = answersChart(points, amsterdamDate());
  const latest = latestKnown(points);
  const hidden = points.some((p) => p.notifiedCount === null || p.answeredCount === null);
  const count = (value: number | null) =>
    value === null ? t('advisories.smallCount') : formatNumber(value);
  const sentence = latest
    ? t('advisories.chart.latest', {
        day: formatDate(latest.day),
        answered: formatNumber(latest.answeredCount!),
        notified: formatNumber(latest.notifiedCount!),
      })
    : t('advisories.smallCountHint');

  if (!chart && !publisher) return null;
  return (
    <section className="answers-chart" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('advisories.chart.title')}</h2>
      {!chart ? (
        <p>{points.length === 0 ? t('advisories.chart.none') : t('advisories.smallCountHint')}</p>
      ) : (
        <>
          <figure className="answers-chart__figure">
            <svg
              className="answers-chart__svg"
              viewBox={`0 0 ${chart.width} ${chart.height}`}
              role="img"
              aria-labelledby={`${id}-title ${id}-desc`}
            >
              <title id={`${id}-title`}>{t('advisories.chart.title')}</title>
              <desc id={`${id}-desc`}>{sentence}</desc>
              {chart.yTicks.map((tick) => (
                <g key={tick.value}>
                  <line
                    className="answers-chart__grid"
                    x1={chart.plot.left}
                    x2={chart.plot.right}
                    y1={tick.y}
                    y2={tick.y}
                  />
                  <text
                    className="answers-chart__label"
                    x={chart.plot.left - 6}
                    y={tick.y}
                    textAnchor="end"
                    dominantBaseline="middle"
                  >
                    {formatNumber(tick.value)}
                  </text>
                </g>
              ))}
              {chart.xLabels.map((label) => (
                <text
                  key={label.day}
                  className="answers-chart__label"
                  x={label.x}
                  y={chart.plot.bottom + 20}
                  textAnchor={label.anchor}
                >
                  {formatDate(label.day)}
                </text>
              ))}
              <path className="answers-chart__notified" d={chart.notifiedPath} />
              <path className="answers-chart__answered" d={chart.answeredPath} />
              {chart.answeredDots.map((dot) => (
                <circle
                  key={`${dot.x}-${dot.y}`}
                  className="answers-chart__dot"
                  cx={dot.x}
                  cy={dot.y}
                  r={4}
                />
              ))}
            </svg>
            <figcaption>
              <ul className="answers-chart__legend">
                <li>
                  <span className="answers-chart__swatch answers-chart__swatch--answered" />
                  {t('advisories.chart.answered')}
                </li>
                <li>
                  <span className="answers-chart__swatch answers-chart__swatch--notified" />
                  {t('advisories.chart.notified')}
                </li>
              </ul>
              <p>{sentence}</p>
              {hidden && <p className="muted">{t('advisories.chart.hidden')}</p>}
            </figcaption>
          </figure>
          <details className="answers-chart__details">
            <summary>{t('advisories.chart.table')}</summary>
            <div
              className="advisories-table-scroll"
              tabIndex={0}
              role="region"
              aria-label={t('advisories.chart.table')}
            >
              <table className="table">
                <caption className="visually-hidden">{t('advisories.chart.table')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('advisories.chart.day')}</th>
                    <th scope="col">{t('advisories.chart.notified')}</th>
                    <th scope="col">{t('advisories.chart.answered')}</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.day}>
                      <th scope="row">{formatDate(p.day)}</th>
                      <td>{count(p.notifiedCount)}</td>
                      <td>{count(p.answeredCount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
