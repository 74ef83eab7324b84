// A framework deal from direct negotiation: the sector body records the vendor, products,
// terms, price tiers and validity; the vendor's signatory accepts it before it is published.
import { addDays, amsterdamDate } from '@regie/domain';
import {
  ProcurementCreateDealDocument,
  ProcurementVendorProductsDocument,
  ProcurementVendorsDocument,
} from '@regie/graphql-client';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { CheckboxGroup, FormActions, SelectField, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required } from '../forms/rules';
import { DateField } from '../forms/date-fields';
import { formatDateInput, parseDateInput } from '../forms/date-input';
import { calendarDate, endNotBefore } from '../forms/date-rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { tierErrors, tiersRule, toTiersInput, type TierRow } from './offer-form';
import { PlainField } from './row-fields';
import './procurement.css';

export function NewDealPage() {
  const { t, shared } = useI18n();
  const navigate = useNavigate();
  const { user, current } = useViewer();
  const [vendors] = useQuery({ query: ProcurementVendorsDocument, variables: {} });
  const [, create] = useMutation(ProcurementCreateDealDocument);
  const today = amsterdamDate();
  const form = useForm({
    initialValues: {
      title: '',
      vendorId: '',
      productIds: [] as string[],
      terms: '',
      validFrom: formatDateInput(today),
      validUntil: formatDateInput(addDays(today, 3 * 365)),
      tiers: [{ minStudents: '0', price: '' }] as readonly TierRow[],
    },
    rules: (values) => ({
      title: [required],
      vendorId: [required],
      productIds: [required],
      terms: [required],
      validFrom: [required, calendarDate],
      validUntil: [
        required,
        calendarDate,
        endNotBefore(values.validFrom, { key: 'deal.validUntilBeforeValidFrom' }),
      ],
      tiers: [tiersRule],
    }),
  });
  const [products] = useQuery({
    query: ProcurementVendorProductsDocument,
    variables: { vendorId: form.values.vendorId },
    pause: !form.values.vendorId,
  });
  const sectorBodyId = current?.organisation.id ?? '';
  if (!may(user, 'createFrameworkDeal', sectorBodyId))
    return (
      <>
        <PageHeading title={t('procurement.dealForm.title')} />
        <p>{t('procurement.tenderForm.notAllowed')}</p>
      </>
    );
  const rows = form.values.tiers;
  const errors = tierErrors(rows);
  const setRow = (index: number, patch: Partial<TierRow>) =>
    form.set(
      'tiers',
      rows.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    );

  return (
    <>
      <PageHeading title={t('procurement.dealForm.title')} />
      <form
        className="panel form"
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const answer = await outcome(
            create({
              input: {
                sectorBodyId,
                vendorId: values.vendorId,
                productIds: values.productIds,
                title: values.title.trim(),
                terms: values.terms.trim(),
                validFrom: parseDateInput(values.validFrom)!,
                validUntil: parseDateInput(values.validUntil)!,
                priceTiers: toTiersInput(values.tiers),
              },
            }),
          );
          if (!answer.ok) return answer.problem;
          navigate(`/procurement/deals/${answer.data.createFrameworkDeal.id}`);
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <TextField form={form} name="title" label={t('procurement.deal.title')} required />
        <SelectField
          form={form}
          name="vendorId"
          label={t('procurement.deal.vendor')}
          options={[
            { value: '', label: t('procurement.dealForm.chooseVendor') },
            ...(vendors.data?.organisations.edges.map((e) => ({
              value: e.node.id,
              label: e.node.name,
            })) ?? []),
          ]}
          required
        />
        {form.values.vendorId && (
          <CheckboxGroup
            form={form}
            name="productIds"
            legend={t('procurement.deal.products')}
            options={
              products.data?.organisation?.products.map((p) => ({ value: p.id, label: p.name })) ??
              []
            }
            required
          />
        )}
        <PlainField
          id={form.ids('terms').control}
          label={t('procurement.deal.terms')}
          value={form.values.terms}
          onChange={(v) => form.set('terms', v)}
          error={form.error('terms')}
          multiline
          required
        />
        <fieldset className="field field--group procurement-rows">
          <legend className="field__label">{t('procurement.tier.legend')}</legend>
          <p className="field__hint">{t('procurement.tier.hint')}</p>
          {rows.map((row, index) => (
            <div className="procurement-row" key={index}>
              <PlainField
                id={index === 0 ? form.ids('tiers').control : undefined}
                label={t('procurement.tier.fromLabel', { number: index + 1 })}
                value={row.minStudents}
                inputMode="numeric"
                onChange={(minStudents) => setRow(index, { minStudents })}
                error={
                  form.error('tiers') && errors[index].minStudents
                    ? shared(errors[index].minStudents!)
                    : undefined
                }
                required
              />
              <PlainField
                label={t('procurement.tier.priceLabel', { number: index + 1 })}
                value={row.price}
                inputMode="decimal"
                onChange={(price) => setRow(index, { price })}
                error={
                  form.error('tiers') && errors[index].price
                    ? shared(errors[index].price!)
                    : undefined
                }
                required
              />
            </div>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => form.set('tiers', [...rows, { minStudents: '', price: '' }])}
          >
            {t('procurement.tier.add')}
          </button>
        </fieldset>
        <DateField form={form} name="validFrom" label={t('procurement.deal.validFrom')} required />
        <DateField
          form={form}
          name="validUntil"
          label={t('procurement.deal.validUntil')}
          required
        />
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
            {t('procurement.dealForm.submit')}
          </SubmitButton>
        </FormActions>
      </form>
    </>
  );
}
