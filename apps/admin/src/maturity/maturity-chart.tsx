// A board's levels per requirement as bars (HTML, no chart library): today's level, the plan as
// a light extension, the minimum as a line and the development line's target as a diamond. The
// bars are for sight; the table beside them (MaturityTable) says the same in text, for screen
// readers and for whoever prefers figures.
import { useI18n } from '../i18n';
import { TableFrame } from '../ui/table-frame';
import { LEVELS, share, type MaturitySummary } from './maturity-view';
import './maturity.css';

const pct = (level: number) => `${share(level) * 100}%`;

export function MaturityChart(props: { summary: MaturitySummary; caption: string }) {
  return (
    <figure className="maturity-chart">
      <div className="maturity-chart__rows" aria-hidden="true">
        <div className="maturity-chart__row maturity-chart__row--scale">
          <span />
          <span className="maturity-chart__scale">
            {LEVELS.map((l) => (
              <span key={l} style={{ left: pct(l) }}>
                {l}
              </span>
            ))}
          </span>
          <span />
        </div>
        {props.summary.rows.map((row) => (
          <div key={row.requirement.id} className="maturity-chart__row">
            <span className="maturity-chart__label">
              {row.requirement.code} {row.requirement.title}
            </span>
            <span className="maturity-chart__track">
              {row.level !== null && row.plannedLevel !== null && row.plannedLevel > row.level && (
                <span
                  className="maturity-chart__plan"
                  style={{
                    left: pct(row.level),
                    width: `${(share(row.plannedLevel) - share(row.level)) * 100}%`,
                  }}
                />
              )}
              {row.level !== null && (
                <span
                  className={`maturity-chart__bar maturity-chart__bar--${row.standing}`}
                  style={{ width: pct(row.level) }}
                />
              )}
              {row.minimum !== null && (
                <span className="maturity-chart__minimum" style={{ left: pct(row.minimum) }} />
              )}
              {row.target !== null && (
                <span className="maturity-chart__target" style={{ left: pct(row.target) }} />
              )}
            </span>
            <span className="maturity-chart__value">{row.level ?? '—'}</span>
          </div>
        ))}
      </div>
      <figcaption className="muted">{props.caption}</figcaption>
    </figure>
  );
}

/** The chart's figures as a table: the text equivalent. */
export function MaturityTable(props: { summary: MaturitySummary }) {
  const { t, formatDate } = useI18n();
  const caption = t('maturity.table.caption');
  return (
    <TableFrame label={caption} className="maturity-table-frame">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('maturity.table.requirement')}</th>
            <th scope="col">{t('maturity.table.level')}</th>
            <th scope="col">{t('maturity.table.minimum')}</th>
            <th scope="col">{t('maturity.table.target')}</th>
            <th scope="col">{t('maturity.table.plan')}</th>
            <th scope="col">{t('maturity.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {props.summary.rows.map((row) => (
            <tr key={row.requirement.id}>
              <th scope="row">
                {row.requirement.code} {row.requirement.title}
              </th>
              <td>{row.level ?? '—'}</td>
              <td>{row.minimum ?? '—'}</td>
              <td>
                {row.target !== null && row.targetDate
                  ? t('maturity.targetBy', { level: row.target, date: formatDate(row.targetDate) })
                  : t('maturity.noLine')}
              </td>
              <td>
                {row.plannedLevel !== null && row.plannedBy
                  ? t('maturity.planBy', {
                      level: row.plannedLevel,
                      date: formatDate(row.plannedBy),
                    })
                  : t('maturity.noPlan')}
              </td>
              <td>
                {row.standing ? (
                  <span className={`maturity-standing maturity-standing--${row.standing}`}>
                    {t(`maturity.status.${row.standing}`)}
                  </span>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
