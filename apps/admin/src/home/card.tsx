// The frame of a home-page card and what every card needs: for whom it is (appliesTo) and its
// loading and failed states. Cards are listed in dashboard-cards.tsx, each area adding its own.
import type { ComponentType, ReactNode } from 'react';
import { useI18n } from '../i18n';
import type { WorkContext } from '../layout/work-context';

export type DashboardContext = WorkContext;

export interface DashboardCard {
  readonly id: string;
  appliesTo(context: DashboardContext): boolean;
  readonly Component: ComponentType<DashboardContext>;
}

export function Card(props: {
  id: string;
  title: string;
  figure?: string;
  attention?: boolean;
  children: ReactNode;
}) {
  const titleId = `card-${props.id}`;
  return (
    <section
      className={`card${props.attention ? ' card--attention' : ''}`}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="card__title">
        {props.title}
      </h2>
      {props.figure !== undefined && <p className="card__figure">{props.figure}</p>}
      {props.children}
    </section>
  );
}

export function Loading() {
  const { t } = useI18n();
  return <p className="card__text">{t('loading')}</p>;
}

export function Failed() {
  const { t } = useI18n();
  return <p className="card__text">{t('dashboard.unavailable')}</p>;
}
