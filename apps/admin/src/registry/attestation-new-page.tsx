// Adding an attestation: the PDF first (it uploads at once, and its kind is proposed from the
// file), then issuer, scope, dates, visibility and the products it covers.
import { AttestationType, isCalendarDate, Visibility } from '@regie/domain';
import {
  RegistryCreateAttestationDocument,
  RegistryVendorDocument,
  type AttestationType as Type,
  type Visibility as VisibilityValue,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { FileUploadField } from '../files/file-upload-field';
import { CheckboxGroup, FormActions, SelectField, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, required, type Rule } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { proposeTypeForFile } from './attestation-type-guess';
import { TextAreaField, useCurrentVendor } from './registry-ui';
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

const calendarDate: Rule<string> = (value) =>
  !value || isCalendarDate(value.trim()) ? null : { key: 'field.invalid' };

export function AttestationNewPage() {
  const { t } = useI18n();
  const vendor = useCurrentVendor();
  const navigate = useNavigate();
  const [vendorResult] = useQuery({
    query: RegistryVendorDocument,
    variables: { id: vendor?.id ?? '' },
    pause: !vendor,
  });
  const [, create] = useMutation(RegistryCreateAttestationDocument);
  const [proposal, setProposal] = useState<{ type: Type | null } | null>(null);
  const form = useForm<AttestationValues>({
    initialValues: {
      documentFileId: '',
      type: '',
      issuer: '',
      scope: '',
      issuedOn: '',
      validUntil: '',
      visibility: Visibility.PUBLIC,
      productIds: [],
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
        (value) =>
          value && values.issuedOn && isCalendarDate(values.issuedOn) && value < values.issuedOn
            ? { key: 'attestation.validUntilBeforeIssuedOn' }
            : null,
      ],
      visibility: [required],
    }),
  });
  const products = vendorResult.data?.organisation?.products ?? [];

  const submit = form.onSubmit(async (values) => {
    const answer = await outcome(
      create({
        input: {
          vendorId: vendor?.id ?? '',
          documentFileId: values.documentFileId,
          type: values.type as Type,
          issuer: values.issuer.trim(),
          scope: values.scope.trim(),
          issuedOn: values.issuedOn.trim(),
          validUntil: values.validUntil.trim(),
          visibility: values.visibility as VisibilityValue,
          productIds: values.productIds,
        },
      }),
    );
    if (!answer.ok) return answer.problem;
    navigate('/attestations', { state: { notice: t('registry.attestation.created') } });
    return null;
  });

  if (!vendor) return <PageHeading title={t('registry.attestation.createTitle')} />;
  return (
    <>
      <PageHeading title={t('registry.attestation.createTitle')} />
      <form className="form" noValidate onSubmit={submit}>
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <FileUploadField
          form={form}
          name="documentFileId"
          label={t('registry.attestation.document')}
          hint={t('registry.attestation.documentHint')}
          required
          organisationId={vendor.id}
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
        <TextField
          form={form}
          name="issuedOn"
          label={t('registry.attestation.issuedOn')}
          hint={t('registry.attestation.dateHint')}
          required
        />
        <TextField
          form={form}
          name="validUntil"
          label={t('registry.attestation.validUntil')}
          hint={t('registry.attestation.dateHint')}
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
            {t('registry.attestation.submitCreate')}
          </SubmitButton>
        </FormActions>
      </form>
    </>
  );
}
