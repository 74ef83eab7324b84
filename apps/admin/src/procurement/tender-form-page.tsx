// A tender's draft: created and changed by the sector body's negotiator. Title, description,
// category, the minimum standard, the two deadlines and the award criteria with their weights.
import { ProductCategory } from '@regie/domain';
import {
  ProcurementCreateTenderDocument,
  ProcurementStandardsDocument,
  ProcurementTenderDocument,
  ProcurementUpdateTenderDocument,
  type ProductCategory as Category,
  type ProcurementTenderFragment,
} from '@regie/graphql-client';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { FormActions, SelectField, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { DateTimeField } from '../forms/date-fields';
import { formatDateTimeInput, parseDateTimeInput } from '../forms/date-input';
import { dateTime, dateTimeAfter } from '../forms/date-rules';
import { maxLength, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { PlainField } from './row-fields';
import {
  criteriaRule,
  toCriteriaInput,
  weightError,
  weightTotal,
  type CriterionRow,
} from './tender-form';
import './procurement.css';

const DAY = 86_400_000;

export function NewTenderPage() {
  return <TenderForm tender={null} />;
}

export function EditTenderPage() {
  const { t } = useI18n();
  const { tenderId = '' } = useParams();
  const [result, reexecute] = useQuery({
    query: ProcurementTenderDocument,
    variables: { id: tenderId },
    requestPolicy: 'network-only',
  });
  const tender = result.data?.tender;
  return (
    <DataState
      fetching={result.fetching}
      error={result.error}
      hasData={result.data !== undefined}
      retry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {tender ? <TenderForm tender={tender} /> : <PageHeading title={t('procurement.notFound')} />}
    </DataState>
  );
}

function TenderForm({ tender }: { tender: ProcurementTenderFragment | null }) {
  const { t, formatNumber } = useI18n();
  const navigate = useNavigate();
  const { user, current } = useViewer();
  const [standards] = useQuery({ query: ProcurementStandardsDocument });
  const [, create] = useMutation(ProcurementCreateTenderDocument);
  const [, update] = useMutation(ProcurementUpdateTenderDocument);
  // A new tender gets deadlines a fortnight and a month ahead: a usual rhythm, easy to change.
  const start = Date.now();
  const form = useForm({
    initialValues: {
      title: tender?.title ?? '',
      description: tender?.description ?? '',
      category: (tender?.category ?? ProductCategory.LEARNING_PLATFORM) as string,
      standardId: tender?.standard?.id ?? '',
      interestDeadline: formatDateTimeInput(tender?.interestDeadline ?? new Date(start + 14 * DAY)),
      offerDeadline: formatDateTimeInput(tender?.offerDeadline ?? new Date(start + 35 * DAY)),
      criteria: (tender?.criteria.map((c) => ({ name: c.name, weight: String(c.weight) })) ?? [
        { name: t('procurement.criterion.price'), weight: '40' },
        { name: t('procurement.criterion.quality'), weight: '35' },
        { name: t('procurement.criterion.privacy'), weight: '25' },
      ]) as readonly CriterionRow[],
    },
    rules: (values) => ({
      title: [required, maxLength(200)],
      description: [required],
      interestDeadline: [required, dateTime],
      offerDeadline: [
        required,
        dateTime,
        dateTimeAfter(values.interestDeadline, { key: 'tender.deadlineOrder' }),
      ],
      criteria: [criteriaRule],
    }),
  });
  const sectorBodyId = tender?.sectorBody.id ?? current?.organisation.id ?? '';
  const title = tender ? t('procurement.tenderForm.editTitle') : t('procurement.tenderForm.title');

  if (!may(user, tender ? 'updateTender' : 'createTender', sectorBodyId)) {
    return (
      <>
        <PageHeading title={title} />
        <p>{t('procurement.tenderForm.notAllowed')}</p>
      </>
    );
  }

  const rows = form.values.criteria;
  const setRow = (index: number, patch: Partial<CriterionRow>) =>
    form.set(
      'criteria',
      rows.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    );
  const publishedStandards =
    standards.data?.minimumStandards.filter(
      (s) => s.status === 'PUBLISHED' && s.subject === 'PRODUCT',
    ) ?? [];

  return (
    <>
      <PageHeading title={title} />
      <form
        className="panel form"
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const input = {
            title: values.title.trim(),
            description: values.description.trim(),
            standardId: values.standardId || null,
            interestDeadline: parseDateTimeInput(values.interestDeadline)!,
            offerDeadline: parseDateTimeInput(values.offerDeadline)!,
            criteria: toCriteriaInput(values.criteria),
          };
          if (tender) {
            const answer = await outcome(update({ id: tender.id, input }));
            if (!answer.ok) return answer.problem;
            navigate(`/procurement/tenders/${tender.id}`, { state: { saved: true } });
          } else {
            const answer = await outcome(
              create({
                input: { ...input, sectorBodyId, category: values.category as Category },
              }),
            );
            if (!answer.ok) return answer.problem;
            navigate(`/procurement/tenders/${answer.data.createTender.id}`, {
              state: { created: true },
            });
          }
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <TextField form={form} name="title" label={t('procurement.tender.title')} required />
        <PlainField
          id={form.ids('description').control}
          label={t('procurement.tender.description')}
          value={form.values.description}
          onChange={(v) => form.set('description', v)}
          error={form.error('description')}
          multiline
          required
        />
        {!tender && (
          <SelectField
            form={form}
            name="category"
            label={t('procurement.tender.category')}
            options={Object.values(ProductCategory).map((c) => ({
              value: c,
              label: t(`productCategory.${c}`),
            }))}
            required
          />
        )}
        <SelectField
          form={form}
          name="standardId"
          label={t('procurement.tender.standard')}
          hint={t('procurement.tender.standardHint')}
          options={[
            { value: '', label: t('procurement.tender.noStandard') },
            ...publishedStandards.map((s) => ({ value: s.id, label: `${s.name} ${s.version}` })),
          ]}
        />
        <DateTimeField
          form={form}
          name="interestDeadline"
          label={t('procurement.deadline.interest')}
          hint={t('procurement.deadline.interestHint')}
          required
        />
        <DateTimeField
          form={form}
          name="offerDeadline"
          label={t('procurement.deadline.offer')}
          hint={t('procurement.deadline.offerHint')}
          required
        />
        <fieldset className="field field--group procurement-rows">
          <legend className="field__label">{t('procurement.criteria.legend')}</legend>
          <p className="field__hint">{t('procurement.criteria.hint')}</p>
          {rows.map((row, index) => (
            <div className="procurement-row" key={index}>
              <PlainField
                id={index === 0 ? form.ids('criteria').control : undefined}
                label={t('procurement.criteria.name', { number: index + 1 })}
                value={row.name}
                onChange={(name) => setRow(index, { name })}
                required
              />
              <PlainField
                label={t('procurement.criteria.weight', { number: index + 1 })}
                value={row.weight}
                inputMode="numeric"
                onChange={(weight) => setRow(index, { weight })}
                error={
                  row.weight && weightError(row) ? t('procurement.criteria.weightError') : undefined
                }
                required
              />
              {rows.length > 1 && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() =>
                    form.set(
                      'criteria',
                      rows.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('procurement.criteria.remove', { number: index + 1 })}
                </button>
              )}
            </div>
          ))}
          <p className="procurement-total" aria-live="polite">
            {t('procurement.criteria.total', { total: formatNumber(weightTotal(rows)) })}
          </p>
          <p id={form.ids('criteria').error} className="field__error" aria-live="polite">
            {form.error('criteria')}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => form.set('criteria', [...rows, { name: '', weight: '' }])}
          >
            {t('procurement.criteria.add')}
          </button>
        </fieldset>
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
            {tender ? t('action.save') : t('procurement.tenderForm.submit')}
          </SubmitButton>
        </FormActions>
      </form>
    </>
  );
}
