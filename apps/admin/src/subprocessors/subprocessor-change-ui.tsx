// What the subprocessor-change pages share: the diff of subprocessors (added, removed) as a
// table, the status badge, and the facts of a change that depend on the day.
import { amsterdamDate, lastObjectionDay, SubprocessorChangeStatus } from '@regie/domain';
import type { SubprocessorChangeSummaryFragment } from '@regie/graphql-client';
import { useI18n } from '../i18n';

/** One subprocessor as a change lists it. */
export type ChangedSubprocessor = SubprocessorChangeSummaryFragment['added'][number];

const badgeClass: Record<`${SubprocessorChangeStatus}`, string> = {
  [SubprocessorChangeStatus.ANNOUNCED]: 'badge--pending',
  [SubprocessorChangeStatus.IN_EFFECT]: 'badge--accepted',
  [SubprocessorChangeStatus.WITHDRAWN]: 'badge--revoked',
};

type Status = `${SubprocessorChangeStatus}`;

export function ChangeStatusBadge(props: { status: Status }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${badgeClass[props.status]}`}>
      {t(`subprocessors.status.${props.status}`)}
    </span>
  );
}

/** Whether a notified board may still object today: ANNOUNCED and before effectiveOn. */
export function objectionOpen(
  change: { status: `${SubprocessorChangeStatus}`; effectiveOn: string },
  today = amsterdamDate(),
): boolean {
  return change.status === SubprocessorChangeStatus.ANNOUNCED && today < change.effectiveOn;
}

export { lastObjectionDay };

/** Added and removed subprocessors, one row each, with everything that makes one. */
export function SubprocessorDiffTable(props: {
  added: readonly ChangedSubprocessor[];
  removed: readonly ChangedSubprocessor[];
}) {
  const { t } = useI18n();
  const rows = [
    ...props.added.map((s) => ({ s, kind: 'added' as const })),
    ...props.removed.map((s) => ({ s, kind: 'removed' as const })),
  ];
  return (
    <table className="table subprocessor-diff">
      <caption>{t('subprocessors.diff.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('subprocessors.diff.change')}</th>
          <th scope="col">{t('subprocessors.diff.name')}</th>
          <th scope="col">{t('subprocessors.diff.service')}</th>
          <th scope="col">{t('subprocessors.diff.country')}</th>
          <th scope="col">{t('subprocessors.diff.transfer')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ s, kind }) => (
          <tr
            key={`${kind}-${s.name}-${s.service}-${s.country}-${s.transferMechanism}`}
            className={`subprocessor-diff__${kind}`}
          >
            <td>
              <span aria-hidden="true">{kind === 'added' ? '+ ' : '− '}</span>
              {t(`subprocessors.diff.${kind}`)}
            </td>
            <th scope="row">{s.name}</th>
            <td>{s.service}</td>
            <td>
              {s.country} (
              {s.inEea ? t('subprocessors.diff.inEea') : t('subprocessors.diff.outsideEea')})
            </td>
            <td>
              {t(`transferMechanism.${s.transferMechanism}`)}
              {s.transferWithoutSafeguards && (
                <>
                  {' '}
                  <span className="registry-flag registry-flag--danger">
                    <span aria-hidden="true">⚠ </span>
                    {t('registry.flag.withoutSafeguards')}
                  </span>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
