// A picture of Product.sectorSignals: boards in force and with deviations, deviations per topic
// and reviews per risk level, as horizontal bars. Every bar is a list item whose text says
// what the bar shows (the bar itself is decoration, hidden from screen readers), so the lists
// are the text equivalent. A count the small-count rule hides (null) has no bar and says "not
// shown"; one line explains the rule (or says that the product's own vendor sees all).
import type { SectorSignalsFragment } from '@regie/graphql-client';
import { useId } from 'react';
import { useI18n, type MessageKey } from '../i18n';
import './signals.css';

interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
}

export function SectorSignalsFigure(props: {
  signals: SectorSignalsFragment;
  /** The reader is the product's own vendor: the counts are as they are. */
  ownVendor: boolean;
  /** Smaller type, for a cell of the comparison. */
  compact?: boolean;
  /** false: the small-count rule is said elsewhere (once for the comparison's row). */
  rule?: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  const id = useId();
  const s = props.signals;
  const boards = (count: number) => t('signals.boardCount', { count });
  const reviews = (count: number) => t('signals.reviewsOf', { count });
  return (
    <div className={`signals${props.compact ? ' signals--compact' : ''}`}>
      {(props.ownVendor || props.rule !== false) && (
        <p className="signals__rule">
          {t(props.ownVendor ? 'signals.ruleOwn' : 'signals.rule')}{' '}
          {t('signals.generatedAt', { at: formatDateTime(s.generatedAt) })}
        </p>
      )}
      <Bars
        id={`${id}-boards`}
        caption={t('signals.boards')}
        max={s.boardsInForce}
        format={boards}
        bars={[
          { key: 'inForce', label: t('signals.inForce'), value: s.boardsInForce ?? null },
          {
            key: 'withDeviations',
            label: t('signals.withDeviations'),
            value: s.boardsWithDeviations ?? null,
          },
        ]}
      />
      {s.deviationTopics.length ? (
        <Bars
          id={`${id}-topics`}
          caption={t('signals.topics')}
          max={s.boardsWithDeviations}
          format={boards}
          bars={s.deviationTopics.map((topic) => ({
            key: topic.topic,
            label: t(`agreements.topic.${topic.topic}` as MessageKey),
            value: topic.boards ?? null,
          }))}
        />
      ) : (
        <>
          <p className="signals__caption">{t('signals.topics')}</p>
          <p className="signals__none">
            {t(props.ownVendor ? 'signals.topicsNoneOwn' : 'signals.topicsNone')}
          </p>
        </>
      )}
      <Bars
        id={`${id}-reviews`}
        caption={`${t('signals.reviews')} (${t('signals.reviewCount', { count: s.reviewCount })})`}
        max={s.reviewCount}
        format={reviews}
        bars={s.reviewsByRisk.map((r) => ({
          key: r.riskLevel,
          label: t(`signals.risk.${r.riskLevel}`),
          value: r.reviews,
        }))}
      />
    </div>
  );
}

function Bars(props: {
  id: string;
  caption: string;
  bars: readonly Bar[];
  /** The total the bars are drawn against; without one, the largest bar. */
  max: number | null | undefined;
  format: (count: number) => string;
}) {
  const { t } = useI18n();
  const largest = Math.max(1, props.max ?? 0, ...props.bars.map((b) => b.value ?? 0));
  return (
    <>
      <p className="signals__caption" id={props.id}>
        {props.caption}
      </p>
      <ul className="signals__bars" aria-labelledby={props.id}>
        {props.bars.map((bar) => (
          <li key={bar.key} className="signals__row">
            <span className="signals__label">{bar.label}</span>
            <span className="signals__track" aria-hidden="true">
              {bar.value !== null && bar.value > 0 && (
                <span
                  className="signals__bar"
                  style={{ width: `${Math.max(2, (bar.value / largest) * 100)}%` }}
                />
              )}
            </span>
            <span
              className={`signals__value${bar.value === null ? ' signals__value--hidden' : ''}`}
            >
              <span className="visually-hidden">: </span>
              {bar.value === null ? t('signals.hidden') : props.format(bar.value)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
