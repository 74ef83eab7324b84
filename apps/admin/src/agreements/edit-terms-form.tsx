// Changing a draft's (or a sent-back agreement's) products and validity: only while the
// lifecycle allows `update`, with the version shown, so that a concurrent change is said.
import {
  AgreementsUpdateDocument,
  AgreementsVendorProductsDocument,
  type AgreementsDetailFragment,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { CheckboxGroup, FormActions, SubmitButton } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required } from '../forms/rules';
import { DateField } from '../forms/date-fields';
import { formatDateInput, parseDateInput } from '../forms/date-input';
import { calendarDate, endNotBefore } from '../forms/date-rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { useCalendarDate } from './agreement-ui';

export function EditTermsForm(props: { agreement: AgreementsDetailFragment; reload: () => void }) {
  const { t } = useI18n();
  const day = useCalendarDate();
  const { agreement } = props;
  const [open, setOpen] = useState(false);
  const [products] = useQuery({
    query: AgreementsVendorProductsDocument,
    variables: { vendorId: agreement.vendor.id },
    pause: !open,
  });
  const [, update] = useMutation(AgreementsUpdateDocument);
  const form = useForm({
    initialValues: {
      productIds: agreement.products.map((p) => p.id),
      validFrom: formatDateInput(agreement.validFrom),
      validUntil: formatDateInput(agreement.validUntil),
    },
    rules: (values) => ({
      productIds: [required],
      validFrom: [calendarDate],
      validUntil: [calendarDate, endNotBefore(values.validFrom, day)],
    }),
  });

  if (!open)
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('agreements.edit.open')}
      </button>
    );

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const result = await outcome(
          update({
            input: {
              agreementId: agreement.id,
              version: agreement.version,
              productIds: values.productIds,
              validFrom: parseDateInput(values.validFrom),
              validUntil: parseDateInput(values.validUntil),
            },
          }),
        );
        if (!result.ok) return result.problem;
        setOpen(false);
        props.reload();
      })}
    >
      <h3>{t('agreements.edit.title')}</h3>
      <ProblemMessage
        problem={form.problem}
        details={form.otherFieldErrors}
        onReload={props.reload}
      />
      <CheckboxGroup
        form={form}
        name="productIds"
        required
        legend={t('agreements.create.products')}
        options={(products.data?.organisation?.products ?? agreement.products).map((p) => ({
          value: p.id,
          label: p.name,
        }))}
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
        <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
          {t('action.save')}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('action.cancel')}
        </button>
      </FormActions>
    </form>
  );
}
