// The board's 72-hour clock in a list or a card: the countdown while it runs, else what stopped
// it (the decision, or no personal data). Others than the board see no clock at all.
import type { IncidentsSummaryFragment } from '@regie/graphql-client';
import { useI18n } from '../i18n';
import { ownClockStart } from './authority-window';
import { Countdown } from './countdown';

export function AuthorityClock(props: {
  incident: IncidentsSummaryFragment;
  organisationId: string;
}) {
  const { t } = useI18n();
  const own = props.incident.notices.find((n) => n.board.id === props.organisationId);
  const start = ownClockStart(props.incident, props.organisationId);
  if (start) return <Countdown compact start={start} />;
  if (own?.authorityClockRunning == null) return <>—</>;
  if (own.authorityDecision) return <>{t(`incidents.decision.${own.authorityDecision}`)}</>;
  return <>{t('incidents.window.noClock')}</>;
}
