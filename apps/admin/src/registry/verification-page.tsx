// A sector body's reviewer: the attestations nobody has verified yet, soonest end first, each
// to verify or reject (with a note) after reading its document.
import { amsterdamDate, attestationValidity } from '@regie/domain';
import { RegistryAttestationsDocument } from '@regie/graphql-client';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { RoleGate } from '../auth/role-gate';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { TableFrame } from '../ui/table-frame';
import { Verdict } from './attestation-verdict';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import { Done, ValidityBadge } from './registry-ui';
import './registry.css';

const pageSize = 25;

export function VerificationPage() {
  const { t } = useI18n();
  // Only reviewers verify: to anyone else (a procurement officer who follows a link) the page
  // says so instead of offering buttons that the API would refuse.
  return (
    <RoleGate operation="verifyAttestation" title={t('registry.verify.title')}>
      <AwaitingVerification />
    </RoleGate>
  );
}

function AwaitingVerification() {
  const { t, formatDate } = useI18n();
  const pager = usePager();
  const context = useMemo(() => ({ additionalTypenames: ['Attestation'] }), []);
  const [result, reexecute] = useQuery({
    query: RegistryAttestationsDocument,
    variables: { filter: { verification: 'UNVERIFIED' }, first: pageSize, after: pager.after },
    context,
  });
  const [done, setDone] = useState<string | null>(null);
  const connection = result.data?.attestations;
  const today = amsterdamDate();
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <PageHeading title={t('registry.verify.title')} />
      <p className="lead">{t('registry.verify.intro')}</p>
      {done && <Done>{done}</Done>}
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(connection)}
        retry={reload}
      >
        {connection && (
          <>
            <p role="status">
              {connection.totalCount
                ? t('registry.verify.count', { count: connection.totalCount })
                : t('registry.verify.none')}
            </p>
            {connection.edges.length > 0 && (
              <TableFrame label={t('registry.verify.title')}>
                <table className="table">
                  <caption className="visually-hidden">{t('registry.verify.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('registry.attestation.type')}</th>
                      <th scope="col">{t('registry.attestation.vendor')}</th>
                      <th scope="col">{t('registry.attestation.issuer')}</th>
                      <th scope="col">{t('registry.attestation.validUntil')}</th>
                      <th scope="col">{t('table.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {connection.edges.map(({ node }) => (
                      <tr key={node.id}>
                        <th scope="row">
                          <Link to={`/attestations/${node.id}`}>
                            {t(`attestationType.${node.type}`)}
                          </Link>
                        </th>
                        <td>{node.vendor.name}</td>
                        <td>{node.issuer}</td>
                        <td>
                          {formatDate(node.validUntil)}{' '}
                          <ValidityBadge validity={attestationValidity(node.validUntil, today)} />
                        </td>
                        <td>
                          <Verdict
                            attestation={node}
                            onDone={(text) => {
                              setDone(text);
                              reload();
                            }}
                          />
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
