// The 72-hour window as a picture and in words: a bar that fills as time passes, and the time
// left (or how long ago it passed) with the deadline. The bar is decoration; the text says it all.
import { useI18n } from '../i18n';
import { authorityWindow } from './authority-window';
import { useNow } from './use-now';

export function Countdown(props: { start: string; compact?: boolean }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const now = useNow();
  const w = authorityWindow(props.start, now);
  const state = w.overdue ? 'overdue' : w.urgent ? 'urgent' : 'running';
  const time = { hours: formatNumber(w.hours), minutes: formatNumber(w.minutes) };
  return (
    <div className={`countdown countdown--${state}${props.compact ? ' countdown--compact' : ''}`}>
      <div className="countdown__bar" aria-hidden="true">
        <span className="countdown__fill" style={{ width: `${Math.round(w.elapsed * 100)}%` }} />
      </div>
      <p className="countdown__text">
        {state !== 'running' && <span aria-hidden="true">⚠ </span>}
        <strong>
          {w.overdue ? t('incidents.countdown.overdue', time) : t('incidents.countdown.left', time)}
        </strong>
        {w.urgent && <> · {t('incidents.countdown.urgent')}</>}
        {!props.compact && (
          <> · {t('incidents.countdown.deadline', { at: formatDateTime(w.deadline) })}</>
        )}
      </p>
    </div>
  );
}
