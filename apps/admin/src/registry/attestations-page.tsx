// Attestations: a vendor sees its own (and adds new ones); everyone else sees those they may
// see, filtered by vendor (also reached as /vendors/:vendorId/attestations), and from there can
// ask for access to a restricted document.
import { amsterdamDate, attestationValidity, AttestationValidity } from '@regie/domain';
import {
  OrganisationsDocument,
  RegistryAttestationsDocument,
  RegistryVendorDocument,
  type AttestationValidity as Validity,
} from '@regie/graphql-client';
import { useId, useMemo } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { may } from '../auth/permissions';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import { daysBetween } from './expiry-timeline';
import { Done, useCurrentVendor, ValidityBadge, VerificationBadge } from './registry-ui';
import './registry.css';

const pageSize = 25;
const validities = Object.values(AttestationValidity);

export function AttestationsPage() {
  const { t, formatDate } = useI18n();
  const { user } = useViewer();
  const own = useCurrentVendor();
  const routeVendor = useParams().vendorId;
  const [params, setParams] = useSearchParams();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const vendorId = routeVendor ?? params.get('vendor') ?? (own ? own.id : null);
  const validityParam = params.get('validity') ?? '';
  const validity = (validities as string[]).includes(validityParam)
    ? (validityParam as Validity)
    : null;
  const isOwn = Boolean(own && vendorId === own.id);
  const pager = usePager();
  const id = useId();
  const context = useMemo(() => ({ additionalTypenames: ['Attestation'] }), []);
  const [result, reexecute] = useQuery({
    query: RegistryAttestationsDocument,
    variables: {
      filter: { vendorId, validity },
      first: pageSize,
      after: pager.after,
    },
    context,
  });
  const [vendorResult] = useQuery({
    query: RegistryVendorDocument,
    variables: { id: vendorId ?? '' },
    pause: !vendorId || isOwn,
  });
  // The vendor filter offers the vendors by name; a few thousand fit no list, so the first
  // hundred, and the vendor page of each reaches the rest.
  const [vendors] = useQuery({
    query: OrganisationsDocument,
    variables: { kind: 'VENDOR', first: 100 },
    pause: isOwn || Boolean(routeVendor),
  });
  const connection = result.data?.attestations;
  const today = amsterdamDate();
  const vendorName = isOwn ? own?.name : vendorResult.data?.organisation?.name;
  const title =
    !isOwn && vendorId && vendorName
      ? t('registry.attestations.vendorTitle', { vendor: vendorName })
      : t('registry.attestations.title');

  return (
    <>
      <PageHeading title={title} />
      <p className="lead">
        {isOwn
          ? t('registry.attestations.ownIntro', { organisation: own?.name ?? '' })
          : t('registry.attestations.othersIntro')}
      </p>
      {notice && <Done>{notice}</Done>}
      {own && (
        <p className="registry-actions">
          {may(user, 'createAttestation', own.id) && (
            <Link className="button" to="/attestations/new">
              {t('registry.attestations.create')}
            </Link>
          )}
          <Link className="button button--secondary" to="/attestations/access-requests">
            {t('registry.attestations.accessRequests')}
          </Link>
        </p>
      )}
      {!own && may(user, 'requestAttestationAccess', null) && (
        <p>
          <Link to="/attestations/access-requests">
            {t('registry.attestations.accessRequests')}
          </Link>
        </p>
      )}
      <form
        className="filters"
        role="search"
        aria-label={t('registry.attestations.searchLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const next = new URLSearchParams();
          const chosenVendor = String(data.get('vendor') ?? '');
          const chosenValidity = String(data.get('validity') ?? '');
          if (chosenVendor) next.set('vendor', chosenVendor);
          if (chosenValidity) next.set('validity', chosenValidity);
          pager.restart();
          setParams(next);
        }}
      >
        {!isOwn && !routeVendor && (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-vendor`}>
              {t('registry.attestations.vendorFilter')}
            </label>
            <select
              id={`${id}-vendor`}
              className="field__input"
              name="vendor"
              defaultValue={vendorId ?? ''}
              key={`v${vendorId}${vendors.data ? 'l' : ''}`}
            >
              <option value="">{t('registry.attestations.allVendors')}</option>
              {vendors.data?.organisations.edges.map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-validity`}>
            {t('registry.attestations.validityFilter')}
          </label>
          <select
            id={`${id}-validity`}
            className="field__input"
            name="validity"
            defaultValue={validity ?? ''}
            key={`va${validity}`}
          >
            <option value="">{t('registry.attestations.anyValidity')}</option>
            {validities.map((v) => (
              <option key={v} value={v}>
                {t(`attestationValidity.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('registry.attestations.apply')}
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
            <p role="status">
              {t('registry.attestations.count', { count: connection.totalCount })}
            </p>
            {connection.edges.length > 0 && (
              <table className="table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('registry.attestation.type')}</th>
                    {!isOwn && <th scope="col">{t('registry.attestation.vendor')}</th>}
                    <th scope="col">{t('registry.attestation.issuer')}</th>
                    <th scope="col">{t('registry.attestation.validUntil')}</th>
                    <th scope="col">{t('registry.attestation.validity')}</th>
                    <th scope="col">{t('registry.attestation.visibility')}</th>
                    <th scope="col">{t('registry.attestation.verification')}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => {
                    const days = daysBetween(today, node.validUntil);
                    return (
                      <tr key={node.id}>
                        <th scope="row">
                          <Link to={`/attestations/${node.id}`}>
                            {t(`attestationType.${node.type}`)}
                          </Link>
                        </th>
                        {!isOwn && (
                          <td>
                            <Link to={`/vendors/${node.vendor.id}/attestations`}>
                              {node.vendor.name}
                            </Link>
                          </td>
                        )}
                        <td>{node.issuer}</td>
                        <td>
                          {formatDate(node.validUntil)}
                          {attestationValidity(node.validUntil, today) === 'EXPIRING' && (
                            <>
                              {' '}
                              (
                              {t('registry.attestations.validUntilDays', {
                                days,
                              })}
                              )
                            </>
                          )}
                        </td>
                        <td>
                          <ValidityBadge validity={attestationValidity(node.validUntil, today)} />
                        </td>
                        <td>{t(`registry.visibility.${node.visibility}`)}</td>
                        <td>
                          <VerificationBadge status={node.verification} />
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
    </>
  );
}
