// One attestation: what it covers and until when, its document (when the viewer may read it),
// and per viewer what they can do: the vendor changes visibility and products and decides on
// access requests, and renews it with a new document; a board's FG or a sector body's reviewer
// asks for access to a restricted document. A renewal and what it replaces link to each other.
import { amsterdamDate, attestationValidity, Visibility } from '@regie/domain';
import {
  RegistryAttestationDocument,
  RegistryRequestAccessDocument,
  RegistryUpdateAttestationDocument,
  RegistryVendorDocument,
  type RegistryAttestationFragment,
  type Visibility as VisibilityValue,
} from '@regie/graphql-client';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { CheckboxGroup, FormActions, SelectField, SubmitButton } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { NotFoundPage } from '../not-found-page';
import { DataState } from '../ui/data-state';
import { AccessRequestList } from './access-requests-page';
import { Verdict } from './attestation-verdict';
import { TextAreaField } from '../forms/fields';
import { Done, ValidityBadge, VerificationBadge } from './registry-ui';
import './registry.css';

export function AttestationPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const { user, current } = useViewer();
  const attestationId = useParams().attestationId ?? '';
  const [result, reexecute] = useQuery({
    query: RegistryAttestationDocument,
    variables: { id: attestationId },
  });
  const attestation = result.data?.attestation;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const renewal = attestation?.supersededBy;
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  if (result.data && !attestation) return <NotFoundPage />;
  const title = attestation
    ? t('registry.attestation.detailTitle', {
        type: t(`attestationType.${attestation.type}`),
        vendor: attestation.vendor.name,
      })
    : t('registry.attestations.title');
  const organisationId = current?.organisation.id ?? '';
  const ownVendor = attestation?.vendor.id === organisationId;
  const reviewer = !ownVendor && may(user, 'verifyAttestation', organisationId);
  const [verdict, setVerdict] = useState<string | null>(null);
  const mayRequest =
    attestation &&
    !ownVendor &&
    attestation.visibility === 'RESTRICTED' &&
    !attestation.document &&
    may(user, 'requestAttestationAccess', organisationId);

  return (
    <>
      <PageHeading title={title} />
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(attestation)}
        retry={reload}
      >
        {attestation && (
          <>
            {notice && <Done>{notice}</Done>}
            <dl className="facts">
              <div>
                <dt>{t('registry.attestation.vendor')}</dt>
                <dd>
                  <Link to={`/vendors/${attestation.vendor.id}/attestations`}>
                    {attestation.vendor.name}
                  </Link>
                </dd>
              </div>
              <div>
                <dt>{t('registry.attestation.issuer')}</dt>
                <dd>{attestation.issuer}</dd>
              </div>
              <div>
                <dt>{t('registry.attestation.scope')}</dt>
                <dd>{attestation.scope}</dd>
              </div>
              <div>
                <dt>{t('registry.attestation.issuedOn')}</dt>
                <dd>{formatDate(attestation.issuedOn)}</dd>
              </div>
              <div>
                <dt>{t('registry.attestation.validUntil')}</dt>
                <dd>{formatDate(attestation.validUntil)}</dd>
              </div>
              <div>
                <dt>{t('registry.attestation.validity')}</dt>
                <dd>
                  <ValidityBadge
                    validity={attestationValidity(attestation.validUntil, amsterdamDate())}
                  />
                </dd>
              </div>
              <div>
                <dt>{t('registry.attestation.visibility')}</dt>
                <dd>{t(`registry.visibility.${attestation.visibility}`)}</dd>
              </div>
              <div>
                <dt>{t('registry.attestation.verification')}</dt>
                <dd>
                  <VerificationBadge status={attestation.verification} />
                  {attestation.verificationNote && <> {attestation.verificationNote}</>}
                </dd>
              </div>
              <div>
                <dt>{t('registry.attestation.products')}</dt>
                <dd>
                  {attestation.products.length
                    ? attestation.products.map((p, i) => (
                        <span key={p.id}>
                          {i > 0 && ', '}
                          <Link to={`/products/${p.id}`}>{p.name}</Link>
                        </span>
                      ))
                    : t('value.none')}
                </dd>
              </div>
              {attestation.supersedes && (
                <div>
                  <dt>{t('registry.attestation.supersedes')}</dt>
                  <dd>
                    <Link to={`/attestations/${attestation.supersedes.id}`}>
                      {t('registry.attestation.supersedesLink', {
                        type: t(`attestationType.${attestation.supersedes.type}`),
                        date: formatDate(attestation.supersedes.validUntil),
                      })}
                    </Link>
                  </dd>
                </div>
              )}
              {renewal && (
                <div>
                  <dt>{t('registry.attestation.supersededBy')}</dt>
                  <dd>
                    <Link to={`/attestations/${renewal.id}`}>
                      {t('registry.attestation.supersedesLink', {
                        type: t(`attestationType.${attestation.type}`),
                        date: formatDate(renewal.validUntil),
                      })}
                    </Link>
                  </dd>
                </div>
              )}
              <div>
                <dt>{t('registry.attestation.document')}</dt>
                <dd>
                  {attestation.document ? (
                    <a href={attestation.document.url}>
                      {t('registry.attestation.openDocument', {
                        filename: `${attestation.document.filename}, ${formatNumber(
                          attestation.document.size / 1024,
                          { maximumFractionDigits: 0 },
                        )} kB`,
                      })}
                    </a>
                  ) : (
                    t('registry.attestation.noDocument')
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('registry.attestation.sha256')}</dt>
                <dd>
                  <code>{attestation.documentSha256}</code>
                </dd>
              </div>
            </dl>
            {reviewer && (
              <section className="registry-section" aria-labelledby="verify-attestation">
                <h2 id="verify-attestation">{t('registry.attestation.verifySection')}</h2>
                <p>
                  {attestation.document
                    ? t('registry.attestation.verifyIntro')
                    : t('registry.attestation.verifyNoDocument')}
                </p>
                {verdict && <Done>{verdict}</Done>}
                <Verdict
                  attestation={attestation}
                  onDone={(text) => {
                    setVerdict(text);
                    reload();
                  }}
                />
              </section>
            )}
            {ownVendor && !renewal && may(user, 'createAttestation', organisationId) && (
              <section className="registry-section" aria-labelledby="renew-attestation">
                <h2 id="renew-attestation">{t('registry.attestation.renewSection')}</h2>
                <p>{t('registry.attestation.renewHint')}</p>
                <Link className="button" to={`/attestations/new?supersedes=${attestation.id}`}>
                  {t('registry.attestation.renew')}
                </Link>
              </section>
            )}
            {ownVendor && may(user, 'updateAttestation', organisationId) && (
              <EditAttestation attestation={attestation} onReload={reload} />
            )}
            {mayRequest && (
              <RequestAccess attestationId={attestation.id} organisationId={organisationId} />
            )}
            {(ownVendor || may(user, 'requestAttestationAccess', organisationId)) && (
              <section className="registry-section" aria-labelledby="requests-title">
                <h2 id="requests-title">
                  {ownVendor ? t('registry.requests.title') : t('registry.attestation.myRequests')}
                </h2>
                <AccessRequestList attestationId={attestation.id} />
              </section>
            )}
          </>
        )}
      </DataState>
    </>
  );
}

function EditAttestation(props: { attestation: RegistryAttestationFragment; onReload(): void }) {
  const { t } = useI18n();
  const { attestation } = props;
  const [vendor] = useQuery({
    query: RegistryVendorDocument,
    variables: { id: attestation.vendor.id },
  });
  const [, update] = useMutation(RegistryUpdateAttestationDocument);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    initialValues: {
      visibility: attestation.visibility as string,
      productIds: attestation.products.map((p) => p.id),
    },
    rules: { visibility: [required] },
  });
  const products = vendor.data?.organisation?.products ?? [];
  const submit = form.onSubmit(async (values) => {
    setSaved(false);
    const answer = await outcome(
      update({
        id: attestation.id,
        input: { visibility: values.visibility as VisibilityValue, productIds: values.productIds },
      }),
    );
    if (!answer.ok) return answer.problem;
    setSaved(true);
    return null;
  });
  return (
    <section className="registry-section" aria-labelledby="edit-attestation">
      <h2 id="edit-attestation">{t('registry.attestation.edit')}</h2>
      <form className="form" noValidate onSubmit={submit}>
        {saved && <Done>{t('registry.attestation.saved')}</Done>}
        <ProblemMessage
          problem={form.problem}
          details={form.otherFieldErrors}
          onReload={props.onReload}
        />
        <SelectField
          form={form}
          name="visibility"
          label={t('registry.attestation.visibility')}
          required
          options={Object.values(Visibility).map((value) => ({
            value,
            label: t(`registry.visibility.${value}`),
          }))}
        />
        {products.length > 0 && (
          <CheckboxGroup
            form={form}
            name="productIds"
            legend={t('registry.attestation.products')}
            options={products.map((p) => ({ value: p.id, label: p.name }))}
          />
        )}
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
            {t('action.save')}
          </SubmitButton>
        </FormActions>
      </form>
    </section>
  );
}

function RequestAccess(props: { attestationId: string; organisationId: string }) {
  const { t } = useI18n();
  const [, request] = useMutation(RegistryRequestAccessDocument);
  const [sent, setSent] = useState(false);
  const form = useForm({
    initialValues: { reason: '' },
    rules: { reason: [required, maxLength(2000)] },
  });
  const submit = form.onSubmit(async (values) => {
    const answer = await outcome(
      request({
        input: {
          attestationId: props.attestationId,
          organisationId: props.organisationId,
          reason: values.reason.trim(),
        },
      }),
    );
    if (!answer.ok) return answer.problem;
    setSent(true);
    form.reset();
    return null;
  });
  return (
    <section className="registry-section" aria-labelledby="request-access">
      <h2 id="request-access">{t('registry.attestation.requestAccess')}</h2>
      {sent && <Done>{t('registry.attestation.requested')}</Done>}
      <form className="form" noValidate onSubmit={submit}>
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <TextAreaField
          form={form}
          name="reason"
          label={t('registry.attestation.requestReason')}
          required
        />
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
            {t('registry.attestation.requestSubmit')}
          </SubmitButton>
        </FormActions>
      </form>
    </section>
  );
}
