// Adding an attestation: the PDF first (it uploads at once, and its kind is proposed from the
// file), then issuer, scope, dates, visibility and the products it covers. Renewing one
// (?supersedes=<id>) is the same form with the old attestation's kind, issuer, products and
// visibility filled in; the new one then names the old one as the one it replaces.
import { AttestationType, Visibility } from '@regie/domain';
import {
  RegistryAttestationDocument,
  RegistryCreateAttestationDocument,
  RegistryVendorDocument,
  type AttestationType as Type,
  type RegistryAttestationFragment,
  type Visibility as VisibilityValue,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { FileUploadField } from '../files/file-upload-field';
import { DateField } from '../forms/date-fields';
import { parseDateInput } from '../forms/date-input';
import { calendarDate, endNotBefore } from '../forms/date-rules';
import { CheckboxGroup, FormActions, SelectField, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { may } from '../auth/permissions';
import { NotForYourRole } from '../auth/role-gate';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { NotFoundPage } from '../not-found-page';
import { DataState } from '../ui/data-state';
import { proposeTypeForFile } from './attestation-type-guess';
import { TextAreaField } from '../forms/fields';
import { useCurrentVendor } from './registry-ui';
import './registry.css';

type AttestationValues = {
  documentFileId: string;
  type: string;
  issuer: string;
  scope: string;
  issuedOn: string;
  validUntil: string;
  visibility: string;
  productIds: string[];
};

export function AttestationNewPage() {
  const { t } = useI18n();
  const { user } = useViewer();
  const vendor = useCurrentVendor();
  const supersedesId = useSearchParams()[0].get('supersedes') ?? '';
  const [previous, reexecute] = useQuery({
    query: RegistryAttestationDocument,
    variables: { id: supersedesId },
    pause: !supersedesId,
  });
  const title = supersedesId
    ? t('registry.attestation.renewTitle')
    : t('registry.attestation.createTitle');
  if (!vendor || !may(user, 'createAttestation', vendor.id))
    return <NotForYourRole operation="createAttestation" title={title} />;
  if (!supersedesId)
    return (
      <>
        <PageHeading title={title} />
        <AttestationForm vendorId={vendor.id} previous={null} />
      </>
    );
  if (previous.data && !previous.data.attestation) return <NotFoundPage />;
  return (
    <>
      <PageHeading title={title} />
      <DataState
        fetching={previous.fetching}
        error={previous.error}
        hasData={Boolean(previous.data?.attestation)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {previous.data?.attestation && (
          <AttestationForm vendorId={vendor.id} previous={previous.data.attestation} />
        )}
      </DataState>
    </>
  );
}

function AttestationForm(props: {
  vendorId: string;
  /** The attestation this one renews, if any. */
  previous: RegistryAttestationFragment | null;
}) {
  const { t, formatDate } = useI18n();
  const { vendorId, previous } = props;
  const navigate = useNavigate();
  const [vendorResult] = useQuery({ query: RegistryVendorDocument, variables: { id: vendorId } });
  const [, create] = useMutation(RegistryCreateAttestationDocument);
  const [proposal, setProposal] = useState<{ type: Type | null } | null>(null);
  const form = useForm<AttestationValues>({
    initialValues: {
      documentFileId: '',
      type: previous?.type ?? '',
      issuer: previous?.issuer ?? '',
      scope: '',
      issuedOn: '',
      validUntil: '',
      visibility: previous?.visibility ?? Visibility.PUBLIC,
      productIds: previous?.products.map((p) => p.id) ?? [],
    },
    rules: (values) => ({
      documentFileId: [required],
      type: [required],
      issuer: [required, maxLength(200)],
      scope: [required, maxLength(5000)],
      issuedOn: [required, calendarDate],
      validUntil: [
        required,
        calendarDate,
        endNotBefore(values.issuedOn, { key: 'attestation.validUntilBeforeIssuedOn' }),
      ],
      visibility: [required],
    }),
  });
  const products = vendorResult.data?.organisation?.products ?? [];

  const submit = form.onSubmit(async (values) => {
    const answer = await outcome(
      create({
        input: {
          vendorId,
          documentFileId: values.documentFileId,
          type: values.type as Type,
          issuer: values.issuer.trim(),
          scope: values.scope.trim(),
          issuedOn: parseDateInput(values.issuedOn) ?? '',
          validUntil: parseDateInput(values.validUntil) ?? '',
          visibility: values.visibility as VisibilityValue,
          productIds: values.productIds,
          supersedesId: previous?.id ?? null,
        },
      }),
    );
    if (!answer.ok) return answer.problem;
    if (previous)
      navigate(`/attestations/${answer.data.createAttestation.id}`, {
        state: { notice: t('registry.attestation.renewed') },
      });
    else navigate('/attestations', { state: { notice: t('registry.attestation.created') } });
    return null;
  });

  return (
    <>
      {previous && (
        <p className="lead">
          {t('registry.attestation.renewLead', {
            type: t(`attestationType.${previous.type}`),
            issuer: previous.issuer,
            date: formatDate(previous.validUntil),
          })}
        </p>
      )}
      <form className="form" noValidate onSubmit={submit}>
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <FileUploadField
          form={form}
          name="documentFileId"
          label={t('registry.attestation.document')}
          hint={t('registry.attestation.documentHint')}
          required
          organisationId={vendorId}
          onUploaded={(_, chosen) => {
            void proposeTypeForFile(chosen).then((type) => {
              setProposal({ type });
              // A proposal, never an override of what the person already chose.
              if (type && !form.values.type) form.set('type', type);
            });
          }}
        />
        {/* The proposal is said once it is made; the field's hint keeps it in view. */}
        <p role="status" className="visually-hidden">
          {proposal?.type
            ? t('registry.attestation.typeProposed', {
                type: t(`attestationType.${proposal.type}`),
              })
            : ''}
        </p>
        <SelectField
          form={form}
          name="type"
          label={t('registry.attestation.type')}
          hint={
            proposal
              ? proposal.type
                ? t('registry.attestation.typeProposed', {
                    type: t(`attestationType.${proposal.type}`),
                  })
                : t('registry.attestation.typeNotRecognised')
              : undefined
          }
          required
          options={[
            { value: '', label: t('value.none') },
            ...Object.values(AttestationType).map((value) => ({
              value,
              label: t(`attestationType.${value}`),
            })),
          ]}
        />
        <TextField
          form={form}
          name="issuer"
          label={t('registry.attestation.issuer')}
          hint={t('registry.attestation.issuerHint')}
          required
        />
        <TextAreaField form={form} name="scope" label={t('registry.attestation.scope')} required />
        <DateField
          form={form}
          name="issuedOn"
          label={t('registry.attestation.issuedOn')}
          required
        />
        <DateField
          form={form}
          name="validUntil"
          label={t('registry.attestation.validUntil')}
          required
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
            hint={t('registry.attestation.productsHint')}
            options={products.map((p) => ({ value: p.id, label: p.name }))}
          />
        )}
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
            {previous
              ? t('registry.attestation.submitRenew')
              : t('registry.attestation.submitCreate')}
          </SubmitButton>
        </FormActions>
      </form>
    </>
  );
}
