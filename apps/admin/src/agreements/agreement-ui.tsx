// Small pieces the agreements pages share: the status badge, the lifecycle picture, and how a
// calendar date is shown.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { lifecycleSteps } from './lifecycle-steps';
import { waitingWords } from './waiting-on';
import './agreements.css';

type Status = Parameters<typeof lifecycleSteps>[0];
type Source = Parameters<typeof lifecycleSteps>[1];

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span className={`agreement-status agreement-status--${status}`}>
      {t(`agreementStatus.${status}`)}
    </span>
  );
}

/** The steps as a numbered list: the picture and its text at once for a screen reader. */
export function Lifecycle({ status, source }: { status: Status; source: Source }) {
  const { t } = useI18n();
  const stateText = {
    done: t('agreements.detail.stepDone'),
    current: t('agreements.detail.stepCurrent'),
    todo: t('agreements.detail.stepTodo'),
  };
  return (
    <ol className="lifecycle" aria-label={t('agreements.detail.lifecycle')}>
      {lifecycleSteps(status, source).map((step) => (
        <li
          key={step.status}
          className={`lifecycle__step lifecycle__step--${step.state}`}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          {t(`agreementStatus.${step.status}`)}
          <span className="lifecycle__state">{stateText[step.state]}</span>
        </li>
      ))}
    </ol>
  );
}

/** A calendar date (YYYY-MM-DD) in words, read as a day in the Netherlands. */
export function useCalendarDate() {
  const { formatDate } = useI18n();
  // Noon UTC is the same calendar day in Europe/Amsterdam all year.
  return (date: string) => formatDate(`${date}T12:00:00Z`);
}

export function Section(props: { title: string; id: string; children: ReactNode }) {
  return (
    <section className="panel agreement-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** A step's outcome: said in a live region, so that it is heard where the focus stays. */
export function Said({ text }: { text: string | null }) {
  return (
    <p role="status" className={text ? 'notice notice--success' : 'visually-hidden'}>
      {text ?? ''}
    </p>
  );
}

/**
 * "Wacht op de leverancier", "Wacht op jou": whose turn the agreement is, for this reader;
 * null when nothing waits.
 */
export function useWaitingText() {
  const { t, formatList } = useI18n();
  return (
    waitingOn: readonly ('BOARD' | 'VENDOR')[],
    viewerParty: 'BOARD' | 'VENDOR' | null | undefined,
  ): string | null => {
    const words = waitingWords(waitingOn, viewerParty);
    return words.length
      ? t('agreements.waiting.line', { parties: formatList(words.map((w) => t(w))) })
      : null;
  };
}
