// The agreements of the organisation the person works for, newest first: filtered by status
// and by the other party, a page at a time. The filter lives in the address, so a filtered
// list can be bookmarked and the back button restores it.
import { AgreementStatus } from '@regie/domain';
import {
  AgreementsCounterpartiesDocument,
  AgreementsListDocument,
  type AgreementStatus as Status,
} from '@regie/graphql-client';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { may } from '../auth/permissions';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import { StatusBadge, useCalendarDate } from './agreement-ui';
import { TableFrame } from '../ui/table-frame';
import { waitingWords } from './waiting-on';

const pageSize = 25;
const statuses = Object.values(AgreementStatus);

export function AgreementsPage() {
  const { t, formatList } = useI18n();
  const { user, current } = useViewer();
  const day = useCalendarDate();
  const [params, setParams] = useSearchParams();
  const pager = usePager();
  const id = useId();
  const organisation = current?.organisation;
  const isBoard = organisation?.kind === 'BOARD';
  const isVendor = organisation?.kind === 'VENDOR';
  const statusParam = params.get('status') ?? '';
  const status = (statuses as string[]).includes(statusParam) ? (statusParam as Status) : null;
  const party = params.get('party') ?? '';
  const ownParty = isBoard ? 'BOARD' : 'VENDOR';
  /** "wacht op jou", "wacht op de leverancier": whose turn each agreement is. */
  const turnOf = (waitingOn: readonly ('BOARD' | 'VENDOR')[]) => {
    const words = waitingWords(waitingOn, ownParty);
    return words.length
      ? t('agreements.waiting.line', { parties: formatList(words.map((w) => t(w))) })
      : t('agreements.waiting.nobody');
  };

  const filter = organisation
    ? {
        ...(isBoard ? { boardId: organisation.id } : { vendorId: organisation.id }),
        ...(party ? (isBoard ? { vendorId: party } : { boardId: party }) : {}),
        ...(status ? { status: [status] } : {}),
      }
    : null;
  const [result, reexecute] = useQuery({
    query: AgreementsListDocument,
    variables: { filter, first: pageSize, after: pager.after },
    pause: !(isBoard || isVendor),
  });
  const [parties] = useQuery({
    query: AgreementsCounterpartiesDocument,
    variables: { kind: isBoard ? 'VENDOR' : 'BOARD' },
    pause: !(isBoard || isVendor),
  });
  const connection = result.data?.agreements;

  if (!organisation || !(isBoard || isVendor)) {
    return (
      <>
        <PageHeading title={t('agreements.list.title')} />
        <p>{t('agreements.list.notForOrganisation')}</p>
      </>
    );
  }

  return (
    <>
      <PageHeading title={t('agreements.list.title')} />
      <p>{t('agreements.list.intro', { organisation: organisation.name })}</p>
      {may(user, 'createAgreement', organisation.id) && (
        <p>
          <Link className="button" to="/agreements/new">
            {t('agreements.list.create')}
          </Link>
        </p>
      )}
      <form
        className="filters"
        role="search"
        aria-label={t('agreements.list.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const next = new URLSearchParams();
          const chosenStatus = String(data.get('status') ?? '');
          const chosenParty = String(data.get('party') ?? '');
          if (chosenStatus) next.set('status', chosenStatus);
          if (chosenParty) next.set('party', chosenParty);
          pager.restart();
          setParams(next);
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            {t('agreements.list.status')}
          </label>
          <select
            id={`${id}-status`}
            className="field__input"
            name="status"
            defaultValue={status ?? ''}
            key={`s${status}`}
          >
            <option value="">{t('agreements.list.allStatuses')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`agreementStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-party`}>
            {isBoard ? t('agreements.list.vendor') : t('agreements.list.board')}
          </label>
          <select
            id={`${id}-party`}
            className="field__input"
            name="party"
            defaultValue={party}
            key={`p${party}${parties.data ? 'loaded' : ''}`}
          >
            <option value="">{t('agreements.list.allParties')}</option>
            {parties.data?.organisations.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('agreements.list.apply')}
          </button>
        </div>
      </form>
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(connection)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {connection && (
          <>
            <p role="status">{t('agreements.list.count', { count: connection.totalCount })}</p>
            {connection.edges.length === 0 ? (
              <p>{t('agreements.list.empty')}</p>
            ) : (
              <TableFrame label={t('agreements.list.title')}>
                <table className="table table--wrap">
                  <caption className="visually-hidden">{t('agreements.list.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('agreements.list.counterparty')}</th>
                      <th scope="col">{t('agreements.list.products')}</th>
                      <th scope="col">{t('agreements.list.status')}</th>
                      <th scope="col">{t('agreements.list.turn')}</th>
                      <th scope="col">{t('agreements.list.validity')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {connection.edges.map(({ node }) => (
                      <tr key={node.id}>
                        <th scope="row">
                          <Link to={`/agreements/${node.id}`}>
                            {isBoard ? node.vendor.name : node.board.name}
                          </Link>
                        </th>
                        <td>{formatList(node.products.map((p) => p.name))}</td>
                        <td>
                          <StatusBadge status={node.status} />
                        </td>
                        <td>{turnOf(node.waitingOn)}</td>
                        <td>
                          {[
                            node.validFrom
                              ? t('agreements.list.from', { date: day(node.validFrom) })
                              : null,
                            node.validUntil
                              ? t('agreements.list.until', { date: day(node.validUntil) })
                              : node.validFrom
                                ? t('agreements.detail.validUntilOpen')
                                : t('agreements.list.open'),
                          ]
                            .filter(Boolean)
                            .join(node.validUntil ? ' ' : ', ')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableFrame>
            )}
            <Pagination pager={pager} pageSize={pageSize} connection={connection} />
          </>
        )}
      </DataState>
    </>
  );
}
