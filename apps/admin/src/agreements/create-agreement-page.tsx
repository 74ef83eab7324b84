// A new agreement as a draft: a board chooses a vendor and its products; a vendor chooses a
// board and its own products. Validity dates are optional (open start, open end).
import {
  AgreementsCounterpartiesDocument,
  AgreementsCreateDocument,
  AgreementsVendorProductsDocument,
} from '@regie/graphql-client';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { CheckboxGroup, FormActions, SelectField, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required } from '../forms/rules';
import { DateField } from '../forms/date-fields';
import { parseDateInput } from '../forms/date-input';
import { calendarDate, endNotBefore } from '../forms/date-rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { useCalendarDate } from './agreement-ui';

const initialValues = {
  party: '',
  productIds: [] as string[],
  modelVersion: '4.0',
  validFrom: '',
  validUntil: '',
};

export function CreateAgreementPage() {
  const { t } = useI18n();
  const { user, current } = useViewer();
  const navigate = useNavigate();
  const day = useCalendarDate();
  const organisation = current?.organisation;
  const isBoard = organisation?.kind === 'BOARD';
  const allowed = organisation ? may(user, 'createAgreement', organisation.id) : false;
  const form = useForm({
    initialValues,
    rules: (values) => ({
      party: [required],
      productIds: [required],
      modelVersion: [required],
      validFrom: [calendarDate],
      validUntil: [calendarDate, endNotBefore(values.validFrom, day)],
    }),
  });
  const [parties] = useQuery({
    query: AgreementsCounterpartiesDocument,
    variables: { kind: isBoard ? 'VENDOR' : 'BOARD' },
    pause: !allowed,
  });
  const vendorId = isBoard ? form.values.party : (organisation?.id ?? '');
  const [products] = useQuery({
    query: AgreementsVendorProductsDocument,
    variables: { vendorId },
    pause: !allowed || !vendorId,
  });
  const [, create] = useMutation(AgreementsCreateDocument);
  const { set } = form;
  const shownVendor = useRef(vendorId);

  // Another vendor's products do not belong to this agreement.
  useEffect(() => {
    if (shownVendor.current === vendorId) return;
    shownVendor.current = vendorId;
    set('productIds', []);
  }, [vendorId, set]);

  if (!organisation || !allowed) {
    return (
      <>
        <PageHeading title={t('agreements.create.title')} />
        <p>{t('agreements.list.notForOrganisation')}</p>
      </>
    );
  }

  const productOptions = (products.data?.organisation?.products ?? []).map((p) => ({
    value: p.id,
    label: p.name,
  }));

  return (
    <>
      <PageHeading title={t('agreements.create.title')} />
      <p>{t('agreements.create.intro')}</p>
      <form
        className="form panel"
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const result = await outcome(
            create({
              input: {
                boardId: isBoard ? organisation.id : values.party,
                vendorId: isBoard ? values.party : organisation.id,
                productIds: values.productIds,
                modelVersion: values.modelVersion.trim(),
                validFrom: parseDateInput(values.validFrom),
                validUntil: parseDateInput(values.validUntil),
              },
            }),
          );
          if (!result.ok) return result.problem;
          navigate(`/agreements/${result.data.createAgreement.id}`);
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <SelectField
          form={form}
          name="party"
          required
          label={isBoard ? t('agreements.create.vendor') : t('agreements.create.board')}
          options={[
            { value: '', label: t('agreements.create.choose') },
            ...(parties.data?.organisations.edges.map(({ node }) => ({
              value: node.id,
              label: node.name,
            })) ?? []),
          ]}
        />
        {!vendorId ? (
          <p className="field__hint">{t('agreements.create.chooseVendorFirst')}</p>
        ) : products.data && productOptions.length === 0 ? (
          <p className="field__hint">{t('agreements.create.noProducts')}</p>
        ) : (
          <CheckboxGroup
            form={form}
            name="productIds"
            required
            legend={t('agreements.create.products')}
            hint={t('agreements.create.productsHint')}
            options={productOptions}
          />
        )}
        <TextField
          form={form}
          name="modelVersion"
          required
          label={t('agreements.create.modelVersion')}
        />
        <DateField
          form={form}
          name="validFrom"
          label={t('agreements.create.validFrom')}
          hint={t('agreements.create.validFromHint')}
        />
        <DateField
          form={form}
          name="validUntil"
          label={t('agreements.create.validUntil')}
          hint={t('agreements.create.validUntilHint')}
        />
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('agreements.create.busy')}>
            {t('agreements.create.submit')}
          </SubmitButton>
        </FormActions>
      </form>
    </>
  );
}
