// Framework deals: published ones for everyone, and the sector body's and vendor's own drafts.
import { ProcurementDealsDocument, type DealStatus } from '@regie/graphql-client';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { may } from '../auth/permissions';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import { DealStatusBadge, useEuro } from './procurement-ui';
import { TableFrame } from '../ui/table-frame';

const PAGE = 20;
const STATUSES: readonly DealStatus[] = ['PUBLISHED', 'DRAFT', 'EXPIRED'];

export function DealsPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const { user, current } = useViewer();
  const euro = useEuro();
  const pager = usePager();
  const [status, setStatus] = useState<DealStatus | ''>('');
  const [result, reexecute] = useQuery({
    query: ProcurementDealsDocument,
    variables: { first: PAGE, after: pager.after, status: status || null },
    requestPolicy: 'cache-and-network',
  });
  const deals = result.data?.frameworkDeals;
  const create =
    current?.organisation.kind === 'SECTOR_BODY' &&
    may(user, 'createFrameworkDeal', current.organisation.id);

  return (
    <>
      <PageHeading title={t('procurement.deals.title')} />
      <p className="lead">
        {current?.organisation.kind === 'BOARD'
          ? t('procurement.deals.leadBoard')
          : t('procurement.deals.lead')}
      </p>
      {create && (
        <p>
          <Link className="button" to="/procurement/deals/new">
            {t('procurement.deals.create')}
          </Link>
        </p>
      )}
      <div className="filters">
        <div className="field">
          <label className="field__label" htmlFor="deal-status">
            {t('procurement.deal.status')}
          </label>
          <select
            id="deal-status"
            className="field__input"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as DealStatus | '');
              pager.restart();
            }}
          >
            <option value="">{t('procurement.deals.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`procurement.dealStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(deals)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {deals && deals.edges.length === 0 && <p>{t('procurement.deals.none')}</p>}
        {deals && deals.edges.length > 0 && (
          <TableFrame label={t('procurement.deals.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('procurement.deals.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('procurement.deal.title')}</th>
                  <th scope="col">{t('procurement.deal.status')}</th>
                  <th scope="col">{t('procurement.deal.validity')}</th>
                  <th scope="col">{t('procurement.deal.lowestPrice')}</th>
                  <th scope="col">{t('procurement.deal.participants')}</th>
                </tr>
              </thead>
              <tbody>
                {deals.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link to={`/procurement/deals/${node.id}`}>{node.title}</Link>
                      <br />
                      <span className="muted">
                        {node.vendor.name} · {node.products.map((p) => p.name).join(', ')}
                      </span>
                    </th>
                    <td>
                      <DealStatusBadge status={node.status} />
                    </td>
                    <td>
                      {formatDate(node.validFrom)} – {formatDate(node.validUntil)}
                    </td>
                    <td>
                      {node.priceTiers.length
                        ? euro(Math.min(...node.priceTiers.map((p) => p.pricePerStudentCents)))
                        : '—'}
                    </td>
                    <td>{formatNumber(node.participantCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
        {deals && <Pagination pager={pager} pageSize={PAGE} connection={deals} />}
      </DataState>
    </>
  );
}
