// The changes of subprocessors the person sees: a vendor's own, or those announced to the
// boards they work for; newest first, a page at a time.
import { SubprocessorChangesDocument } from '@regie/graphql-client';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import { changePath } from './announce-panel';
import { ChangeStatusBadge } from './subprocessor-change-ui';
import './subprocessors.css';

const pageSize = 25;

export function ChangesPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: SubprocessorChangesDocument,
    variables: { first: pageSize, after: pager.after },
    // Changes move on without this browser (objections, the daily job): always asked again.
    requestPolicy: 'cache-and-network',
  });
  const connection = result.data?.subprocessorChanges;
  return (
    <>
      <PageHeading title={t('subprocessors.list.title')} />
      <p className="lead">{t('subprocessors.list.lead')}</p>
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(connection)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {connection && connection.edges.length === 0 && <p>{t('subprocessors.list.none')}</p>}
        {connection && connection.edges.length > 0 && (
          <>
            <p className="muted">
              {t('subprocessors.list.count', { count: connection.totalCount })}
            </p>
            <table className="table">
              <caption className="visually-hidden">{t('subprocessors.list.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('subprocessors.list.product')}</th>
                  <th scope="col">{t('subprocessors.list.vendor')}</th>
                  <th scope="col">{t('subprocessors.list.status')}</th>
                  <th scope="col">{t('subprocessors.list.effectiveOn')}</th>
                  <th scope="col">{t('subprocessors.list.objections')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link to={changePath(node.product.id, node.id)}>{node.product.name}</Link>
                    </th>
                    <td>{node.product.vendor.name}</td>
                    <td>
                      <ChangeStatusBadge status={node.status} />
                    </td>
                    <td>{formatDate(node.effectiveOn)}</td>
                    <td>
                      {node.objectionCount === null || node.objectionCount === undefined
                        ? t('subprocessors.change.hiddenCount')
                        : formatNumber(node.objectionCount)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pagination pager={pager} pageSize={pageSize} connection={connection} />
          </>
        )}
      </DataState>
    </>
  );
}
