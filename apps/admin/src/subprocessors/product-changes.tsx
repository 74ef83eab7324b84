// A product's announced changes of subprocessors, on its page: each with its status and date,
// linking to the change itself (its diff, its objections). Shown to whoever sees any: the
// product's vendor and the boards that were told.
import type { SubprocessorChangeSummaryFragment } from '@regie/graphql-client';
import { Link } from 'react-router';
import { useI18n } from '../i18n';
import { changePath } from './announce-panel';
import { ChangeStatusBadge } from './subprocessor-change-ui';

export function ProductChangesSection(props: {
  productId: string;
  changes: readonly SubprocessorChangeSummaryFragment[];
}) {
  const { t, formatDate, formatNumber } = useI18n();
  if (props.changes.length === 0) return null;
  return (
    <section className="registry-section" aria-labelledby="subprocessor-changes-title">
      <h2 id="subprocessor-changes-title">{t('subprocessors.product.title')}</h2>
      <table className="table">
        <caption className="visually-hidden">{t('subprocessors.product.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('subprocessors.list.effectiveOn')}</th>
            <th scope="col">{t('subprocessors.list.status')}</th>
            <th scope="col">{t('subprocessors.list.objections')}</th>
          </tr>
        </thead>
        <tbody>
          {props.changes.map((change) => (
            <tr key={change.id}>
              <th scope="row">
                <Link to={changePath(props.productId, change.id)}>
                  {formatDate(change.effectiveOn)}
                </Link>
              </th>
              <td>
                <ChangeStatusBadge status={change.status} />
              </td>
              <td>
                {change.objectionCount === null || change.objectionCount === undefined
                  ? t('subprocessors.change.hiddenCount')
                  : formatNumber(change.objectionCount)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
