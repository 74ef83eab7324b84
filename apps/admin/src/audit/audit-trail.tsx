// The audit trail, newest first, a page at a time, filtered by what was acted on. The filters
// live in the address, so a filtered view survives a reload and can be shared.
import { AuditEventsDocument } from '@regie/graphql-client';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';

const pageSize = 25;

export function AuditTrail(props: { organisationId?: string }) {
  const { t, formatDateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const entityType = params.get('entityType') ?? '';
  const entityId = params.get('entityId') ?? '';
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: AuditEventsDocument,
    variables: {
      first: pageSize,
      after: pager.after,
      filter: {
        organisationId: props.organisationId ?? null,
        entityType: entityType || null,
        entityId: entityId || null,
      },
    },
  });
  const connection = result.data?.auditEvents;
  const id = useId();

  return (
    <>
      <form
        className="filters"
        role="search"
        aria-label={t('audit.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const next = new URLSearchParams();
          for (const name of ['entityType', 'entityId']) {
            const value = String(data.get(name) ?? '').trim();
            if (value) next.set(name, value);
          }
          pager.restart();
          setParams(next);
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-type`}>
            {t('audit.entityType')}
          </label>
          <input
            id={`${id}-type`}
            className="field__input"
            name="entityType"
            defaultValue={entityType}
            key={`t${entityType}`}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-entity`}>
            {t('audit.entityId')}
          </label>
          <input
            id={`${id}-entity`}
            className="field__input"
            name="entityId"
            defaultValue={entityId}
            key={`e${entityId}`}
          />
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('audit.filter')}
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
            <p role="status">{t('audit.count', { count: connection.totalCount })}</p>
            {connection.edges.length > 0 && (
              <table className="table">
                <caption className="visually-hidden">{t('audit.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.at')}</th>
                    <th scope="col">{t('audit.actor')}</th>
                    <th scope="col">{t('audit.organisation')}</th>
                    <th scope="col">{t('audit.action')}</th>
                    <th scope="col">{t('audit.entity')}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>
                        <time dateTime={node.at}>{formatDateTime(node.at)}</time>
                      </td>
                      <td>{node.actor?.name ?? t('audit.system')}</td>
                      <td>{node.organisation?.name ?? t('value.none')}</td>
                      <td>
                        <code>{node.action}</code>
                      </td>
                      <td>
                        {node.entityType} <code className="muted">{node.entityId.slice(0, 8)}</code>
                      </td>
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
