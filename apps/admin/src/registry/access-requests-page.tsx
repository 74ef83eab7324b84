// Requests to read a restricted attestation's document. The vendor decides (grant or refuse)
// and can revoke a grant; the organisations that asked see how their requests stand.
import { AccessRequestStatus } from '@regie/domain';
import {
  RegistryAccessRequestsDocument,
  RegistryDecideAccessDocument,
  RegistryRevokeAccessDocument,
  type AccessRequestStatus as Status,
  type RegistryAccessRequestFragment,
} from '@regie/graphql-client';
import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import { AccessBadge, Done, useCurrentVendor } from './registry-ui';
import './registry.css';

const pageSize = 25;
const statuses = Object.values(AccessRequestStatus);

export function AccessRequestsPage() {
  const { t } = useI18n();
  const vendor = useCurrentVendor();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status') ?? (vendor ? 'PENDING' : '');
  const status = (statuses as string[]).includes(statusParam) ? (statusParam as Status) : null;
  const id = useId();
  return (
    <>
      <PageHeading title={t('registry.requests.title')} />
      <p className="lead">
        {vendor ? t('registry.requests.intro') : t('registry.requests.requesterIntro')}
      </p>
      <div className="filters">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            {t('registry.requests.status')}
          </label>
          <select
            id={`${id}-status`}
            className="field__input"
            value={status ?? ''}
            onChange={(event) => setParams({ status: event.target.value || 'ALL' })}
          >
            <option value="">{t('registry.requests.anyStatus')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`registry.access.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <AccessRequestList key={status ?? ''} status={status} />
    </>
  );
}

export function AccessRequestList(props: { status?: Status | null; attestationId?: string }) {
  const { t, formatDateTime } = useI18n();
  const { user } = useViewer();
  const vendor = useCurrentVendor();
  const pager = usePager();
  const context = useMemo(() => ({ additionalTypenames: ['AttestationAccessRequest'] }), []);
  const [result, reexecute] = useQuery({
    query: RegistryAccessRequestsDocument,
    variables: {
      status: props.status ?? null,
      attestationId: props.attestationId ?? null,
      first: pageSize,
      after: pager.after,
    },
    context,
  });
  const [, decide] = useMutation(RegistryDecideAccessDocument);
  const [, revoke] = useMutation(RegistryRevokeAccessDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const connection = result.data?.attestationAccessRequests;
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  const act = async (
    request: RegistryAccessRequestFragment,
    action: 'grant' | 'deny' | 'revoke',
  ) => {
    setProblem(null);
    setDone(null);
    const answer =
      action === 'revoke'
        ? await outcome(revoke({ requestId: request.id }))
        : await outcome(decide({ input: { requestId: request.id, grant: action === 'grant' } }));
    if (!answer.ok) {
      setProblem(answer.problem);
      return;
    }
    const key =
      action === 'grant'
        ? 'registry.requests.granted'
        : action === 'deny'
          ? 'registry.requests.denied'
          : 'registry.requests.revoked';
    setDone(t(key, { organisation: request.requester.name }));
    reload();
  };

  return (
    <DataState
      fetching={result.fetching}
      error={result.error}
      hasData={Boolean(connection)}
      retry={reload}
    >
      {done && <Done>{done}</Done>}
      <ProblemMessage problem={problem} onReload={reload} />
      {connection && (
        <>
          <p role="status">
            {connection.totalCount
              ? t('registry.requests.count', { count: connection.totalCount })
              : t('registry.requests.none')}
          </p>
          {connection.edges.length > 0 && (
            <table className="table">
              <caption className="visually-hidden">{t('registry.requests.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('registry.requests.requester')}</th>
                  <th scope="col">{t('registry.requests.attestation')}</th>
                  <th scope="col">{t('registry.requests.reason')}</th>
                  <th scope="col">{t('registry.requests.createdAt')}</th>
                  <th scope="col">{t('registry.requests.status')}</th>
                  <th scope="col">{t('table.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }) => {
                  const ownsIt = vendor?.id === node.attestation.vendor.id;
                  const decides = ownsIt && may(user, 'decideAttestationAccess', vendor.id);
                  const names = {
                    organisation: node.requester.name,
                    type: t(`attestationType.${node.attestation.type}`),
                  };
                  return (
                    <tr key={node.id}>
                      <th scope="row">{node.requester.name}</th>
                      <td>
                        <Link to={`/attestations/${node.attestation.id}`}>{names.type}</Link>
                        {!ownsIt && ` · ${node.attestation.vendor.name}`}
                      </td>
                      <td>{node.reason}</td>
                      <td>{formatDateTime(node.createdAt)}</td>
                      <td>
                        <AccessBadge status={node.status} />
                      </td>
                      <td>
                        <div className="registry-actions">
                          {decides && node.status === 'PENDING' && (
                            <>
                              <button
                                type="button"
                                className="button"
                                aria-label={t('registry.requests.grantLabel', names)}
                                onClick={() => void act(node, 'grant')}
                              >
                                {t('registry.requests.grant')}
                              </button>
                              <button
                                type="button"
                                className="button button--danger-outline"
                                aria-label={t('registry.requests.denyLabel', names)}
                                onClick={() => void act(node, 'deny')}
                              >
                                {t('registry.requests.deny')}
                              </button>
                            </>
                          )}
                          {decides && node.status === 'GRANTED' && (
                            <button
                              type="button"
                              className="button button--danger-outline"
                              aria-label={t('registry.requests.revokeLabel', names)}
                              onClick={() => void act(node, 'revoke')}
                            >
                              {t('registry.requests.revoke')}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <Pagination pager={pager} pageSize={pageSize} connection={connection} />
        </>
      )}
    </DataState>
  );
}
