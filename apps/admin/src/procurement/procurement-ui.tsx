// The procurement area's small shared pieces: status badges, the tender's phases, deadline
// countdowns, the bundled-demand chart (SVG-free bars with a table for screen readers), price
// tiers, and a button that runs one lifecycle step and explains a refusal.
import { useEffect, useState, type ReactNode } from 'react';
import type { OperationResult } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';
import { bars, countdown, TENDER_PHASES } from './tender-view';
import './procurement.css';

/** The current time, re-read every half minute so that a passed deadline shows its step. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function useEuro() {
  const { formatNumber } = useI18n();
  return (cents: number) => formatNumber(cents / 100, { style: 'currency', currency: 'EUR' });
}

export function TenderStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={`badge procurement-badge procurement-badge--${status.toLowerCase()}`}>
      {t(`procurement.tenderStatus.${status}` as 'procurement.tenderStatus.DRAFT')}
    </span>
  );
}

export function DealStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={`badge procurement-badge procurement-badge--${status.toLowerCase()}`}>
      {t(`procurement.dealStatus.${status}` as 'procurement.dealStatus.DRAFT')}
    </span>
  );
}

/** The tender's life as steps, the current one marked for sight and for screen readers. */
export function TenderPhases({ status }: { status: string }) {
  const { t } = useI18n();
  const index = TENDER_PHASES.indexOf(status as (typeof TENDER_PHASES)[number]);
  return (
    <ol className="procurement-phases" aria-label={t('procurement.tender.phases')}>
      {TENDER_PHASES.map((phase, i) => (
        <li
          key={phase}
          className={`procurement-phases__step${i < index ? ' procurement-phases__step--done' : ''}`}
          aria-current={i === index ? 'step' : undefined}
        >
          {t(`procurement.tenderStatus.${phase}`)}
        </li>
      ))}
    </ol>
  );
}

export function Countdown(props: { deadline: string; now: Date }) {
  const { t } = useI18n();
  const left = countdown(props.deadline, props.now);
  if (left.passed) return <span className="procurement-countdown">{t('procurement.passed')}</span>;
  return (
    <span className="procurement-countdown procurement-countdown--running">
      {t('procurement.countdown', {
        days: left.days,
        hours: left.hours,
      })}
    </span>
  );
}

/** Students per interested board as horizontal bars; the table says the same in words. */
export function DemandChart(props: {
  interests: readonly {
    board: { id: string; name: string };
    studentCount: number;
    schoolCount: number;
  }[];
  caption: string;
  /** Column names of the table: the bar's label and the second figure (schools by default). */
  columns?: { label: string; second: string };
}) {
  const { t, formatNumber } = useI18n();
  const rows = bars(props.interests.map((i) => ({ label: i.board.name, value: i.studentCount })));
  return (
    <figure className="procurement-chart">
      <div className="procurement-chart__bars" aria-hidden="true">
        {rows.map((row) => (
          <div key={row.label} className="procurement-chart__row">
            <span className="procurement-chart__label">{row.label}</span>
            <span className="procurement-chart__track">
              <span
                className="procurement-chart__bar"
                style={{ width: `${Math.max(2, row.share * 100)}%` }}
              />
            </span>
            <span className="procurement-chart__value">{formatNumber(row.value)}</span>
          </div>
        ))}
      </div>
      {/* The table's own width rules would undo visually-hidden's: the wrapper hides it. */}
      <div className="visually-hidden">
        <table className="table">
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.columns?.label ?? t('procurement.board')}</th>
              <th scope="col">{t('procurement.students')}</th>
              <th scope="col">{props.columns?.second ?? t('procurement.schools')}</th>
            </tr>
          </thead>
          <tbody>
            {props.interests.map((i) => (
              <tr key={i.board.id}>
                <th scope="row">{i.board.name}</th>
                <td>{formatNumber(i.studentCount)}</td>
                <td>{formatNumber(i.schoolCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="muted">{props.caption}</figcaption>
    </figure>
  );
}

export function PriceTiers(props: {
  tiers: readonly { minStudents: number; pricePerStudentCents: number }[];
  caption: string;
}) {
  const { t } = useI18n();
  const euro = useEuro();
  return (
    <table className="table procurement-tiers">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('procurement.tier.from')}</th>
          <th scope="col">{t('procurement.tier.price')}</th>
        </tr>
      </thead>
      <tbody>
        {props.tiers.map((tier) => (
          <tr key={tier.minStudents}>
            <td>{t('procurement.tier.fromStudents', { count: tier.minStudents })}</td>
            <td>{euro(tier.pricePerStudentCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One step (open, close, accept, publish, …): runs it, then reports or explains a refusal. */
export function StepButton(props: {
  children: ReactNode;
  run: () => Promise<OperationResult<unknown>>;
  done?: () => void;
  variant?: 'primary' | 'secondary';
  onProblem?: (problem: ApiProblem | null) => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={`button${props.variant === 'secondary' ? ' button--secondary' : ''}`}
      aria-disabled={busy || undefined}
      onClick={async () => {
        if (busy) return;
        setBusy(true);
        props.onProblem?.(null);
        const answer = await outcome(props.run());
        setBusy(false);
        if (!answer.ok) props.onProblem?.(answer.problem);
        else props.done?.();
      }}
    >
      {busy ? t('procurement.working') : props.children}
    </button>
  );
}

/** A step's refusal, shown once above the steps. */
export function StepProblem(props: { problem: ApiProblem | null; reload: () => void }) {
  return <ProblemMessage problem={props.problem} onReload={props.reload} />;
}
