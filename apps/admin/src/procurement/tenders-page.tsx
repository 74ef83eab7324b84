// The tenders a person sees: the sector body's own drafts and every opened tender, newest first,
// with the deadline each now waits for.
import { ProcurementTendersDocument } from '@regie/graphql-client';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { may } from '../auth/permissions';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import { Countdown, TenderStatusBadge, useNow } from './procurement-ui';
import { nextDeadline } from './tender-view';
import { TableFrame } from '../ui/table-frame';

const PAGE = 20;

export function TendersPage() {
  const { t, formatNumber, formatDateTime } = useI18n();
  const { user, current } = useViewer();
  const now = useNow();
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: ProcurementTendersDocument,
    variables: { first: PAGE, after: pager.after },
    requestPolicy: 'cache-and-network',
  });
  const tenders = result.data?.tenders;
  const create =
    current?.organisation.kind === 'SECTOR_BODY' &&
    may(user, 'createTender', current.organisation.id);

  return (
    <>
      <PageHeading title={t('procurement.tenders.title')} />
      <p className="lead">{t('procurement.tenders.lead')}</p>
      {create && (
        <p>
          <Link className="button" to="/procurement/tenders/new">
            {t('procurement.tenders.create')}
          </Link>
        </p>
      )}
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(tenders)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {tenders && tenders.edges.length === 0 && <p>{t('procurement.tenders.none')}</p>}
        {tenders && tenders.edges.length > 0 && (
          <TableFrame label={t('procurement.tenders.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('procurement.tenders.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('procurement.tender.title')}</th>
                  <th scope="col">{t('procurement.tender.status')}</th>
                  <th scope="col">{t('procurement.tender.nextDeadline')}</th>
                  <th scope="col">{t('procurement.tender.demand')}</th>
                </tr>
              </thead>
              <tbody>
                {tenders.edges.map(({ node }) => {
                  const deadline = nextDeadline(node);
                  return (
                    <tr key={node.id}>
                      <th scope="row">
                        <Link to={`/procurement/tenders/${node.id}`}>{node.title}</Link>
                        <br />
                        <span className="muted">
                          {t(`productCategory.${node.category}`)} · {node.sectorBody.name}
                        </span>
                      </th>
                      <td>
                        <TenderStatusBadge status={node.status} />
                      </td>
                      <td>
                        {deadline ? (
                          <>
                            {t(`procurement.deadline.${deadline.kind}`)}:{' '}
                            {formatDateTime(deadline.at)}
                            <br />
                            <Countdown deadline={deadline.at} now={now} />
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        {t('procurement.demand.short', {
                          boards: formatNumber(node.interestedBoards),
                          students: formatNumber(node.totalStudents),
                        })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableFrame>
        )}
        {tenders && <Pagination pager={pager} pageSize={PAGE} connection={tenders} />}
      </DataState>
    </>
  );
}
