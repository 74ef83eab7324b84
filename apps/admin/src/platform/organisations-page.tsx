// Platform admins: every organisation, searchable by name or identifier, filtered by kind.
import { OrganisationKind } from '@regie/domain';
import { OrganisationsDocument, type OrganisationKind as Kind } from '@regie/graphql-client';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';

const pageSize = 25;
const kinds = Object.values(OrganisationKind);

export function OrganisationsPage() {
  const { t, formatCountry } = useI18n();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const kindParam = params.get('kind') ?? '';
  const kind = (kinds as string[]).includes(kindParam) ? (kindParam as Kind) : null;
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: OrganisationsDocument,
    variables: { search: search || null, kind, first: pageSize, after: pager.after },
  });
  const connection = result.data?.organisations;
  const id = useId();

  return (
    <>
      <PageHeading title={t('organisations.title')} />
      <p>
        <Link className="button" to="/platform/organisations/new">
          {t('organisations.create')}
        </Link>
      </p>
      <form
        className="filters"
        role="search"
        aria-label={t('organisations.searchLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const next = new URLSearchParams();
          const text = String(data.get('search') ?? '').trim();
          const chosenKind = String(data.get('kind') ?? '');
          if (text) next.set('search', text);
          if (chosenKind) next.set('kind', chosenKind);
          pager.restart();
          setParams(next);
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-search`}>
            {t('organisations.search')}
          </label>
          <input
            id={`${id}-search`}
            className="field__input"
            type="search"
            name="search"
            defaultValue={search}
            key={`s${search}`}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            {t('field.kind')}
          </label>
          <select
            id={`${id}-kind`}
            className="field__input"
            name="kind"
            defaultValue={kind ?? ''}
            key={`k${kind}`}
          >
            <option value="">{t('organisations.allKinds')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('organisations.apply')}
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
            <p role="status">{t('organisations.count', { count: connection.totalCount })}</p>
            {connection.edges.length > 0 && (
              <table className="table">
                <caption className="visually-hidden">{t('organisations.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('field.organisationName')}</th>
                    <th scope="col">{t('field.kind')}</th>
                    <th scope="col">{t('organisations.identifiers')}</th>
                    <th scope="col">{t('field.country')}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <th scope="row">
                        <Link to={`/organisations/${node.id}`}>{node.name}</Link>
                      </th>
                      <td>{t(`kind.${node.kind}`)}</td>
                      <td>
                        {[
                          node.boardNumber && `${t('field.boardNumberShort')} ${node.boardNumber}`,
                          node.kvkNumber && `${t('field.kvkNumberShort')} ${node.kvkNumber}`,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </td>
                      <td>{formatCountry(node.country)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Pagination pager={pager} pageSize={pageSize} connection={connection} />
          </>
        )}
      </DataState>
    </>
  );
}
