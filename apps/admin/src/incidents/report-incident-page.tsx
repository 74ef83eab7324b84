// A vendor's editor reports an incident for some of its products. The API works out which
// boards are affected (active agreements on those products) and tells them at once; the page
// then shows the incident with the boards told.
import { OrganisationKind, Severity } from '@regie/domain';
import {
  IncidentsReportDocument,
  IncidentsVendorProductsDocument,
  type Severity as SeverityValue,
} from '@regie/graphql-client';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { CheckboxGroup, FormActions, SelectField, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { DateTimeField } from '../forms/date-fields';
import { formatDateTimeInput, parseDateTimeInput } from '../forms/date-input';
import { dateTime, dateTimeNotInFuture } from '../forms/date-rules';
import { maxLength, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { TextAreaField } from '../forms/fields';
import { CheckboxField } from './incident-fields';
import './incidents.css';

const severities = [Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL];

// The same checks as the API: a date and time, and not in the future.
const discoveredAtRules = [
  required,
  dateTime,
  dateTimeNotInFuture({ key: 'incident.discoveredInFuture' }),
];

export function ReportIncidentPage() {
  const { t } = useI18n();
  const { user, current } = useViewer();
  const vendor =
    current?.organisation.kind === OrganisationKind.VENDOR &&
    may(user, 'reportIncident', current.organisation.id)
      ? current.organisation
      : null;
  return (
    <>
      <PageHeading title={t('incidents.report.title')} />
      {vendor ? (
        <ReportIncidentForm vendorId={vendor.id} />
      ) : (
        <p>{t('incidents.report.notAllowed')}</p>
      )}
    </>
  );
}

function ReportIncidentForm({ vendorId }: { vendorId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [products, reexecute] = useQuery({
    query: IncidentsVendorProductsDocument,
    variables: { id: vendorId },
  });
  const [, report] = useMutation(IncidentsReportDocument);
  const initialValues = useMemo(
    () => ({
      title: '',
      description: '',
      severity: '',
      personalDataInvolved: false,
      discoveredAt: formatDateTimeInput(new Date()),
      productIds: [] as string[],
    }),
    [],
  );
  const form = useForm({
    initialValues,
    rules: {
      title: [required, maxLength(200)],
      description: [required, maxLength(10_000)],
      severity: [required],
      discoveredAt: discoveredAtRules,
      productIds: [required],
    },
  });
  const list = products.data?.organisation?.products ?? [];

  return (
    <>
      <p className="lead">{t('incidents.report.lead')}</p>
      <DataState
        fetching={products.fetching}
        error={products.error}
        hasData={Boolean(products.data)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {list.length === 0 ? (
          <p>{t('incidents.report.noProducts')}</p>
        ) : (
          <form
            className="panel form"
            noValidate
            onSubmit={form.onSubmit(async (values) => {
              const result = await outcome(
                report({
                  input: {
                    vendorId,
                    title: values.title.trim(),
                    description: values.description.trim(),
                    severity: values.severity as SeverityValue,
                    personalDataInvolved: values.personalDataInvolved,
                    discoveredAt: parseDateTimeInput(values.discoveredAt) ?? '',
                    productIds: values.productIds,
                  },
                }),
              );
              if (!result.ok) return result.problem;
              const incident = result.data.reportIncident;
              navigate(`/incidents/${incident.id}`, {
                state: { reported: incident.affectedBoardCount },
              });
            })}
          >
            <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
            <TextField form={form} name="title" label={t('incidents.field.title')} required />
            <TextAreaField
              form={form}
              name="description"
              label={t('incidents.field.description')}
              hint={t('incidents.field.descriptionHint')}
              required
            />
            <SelectField
              form={form}
              name="severity"
              label={t('incidents.field.severity')}
              required
              options={[
                { value: '', label: t('incidents.field.severityChoose') },
                ...severities.map((s) => ({ value: s, label: t(`incidents.severity.${s}`) })),
              ]}
            />
            <CheckboxField
              form={form}
              name="personalDataInvolved"
              label={t('incidents.field.personalData')}
            />
            <DateTimeField
              form={form}
              name="discoveredAt"
              label={t('incidents.field.discoveredAt')}
              hint={t('incidents.field.discoveredAtHint')}
              required
            />
            <CheckboxGroup
              form={form}
              name="productIds"
              legend={t('incidents.field.products')}
              hint={t('incidents.field.productsHint')}
              options={list.map((p) => ({ value: p.id, label: p.name }))}
              required
            />
            <FormActions>
              <SubmitButton busy={form.submitting} busyLabel={t('incidents.report.busy')}>
                {t('incidents.report.submit')}
              </SubmitButton>
            </FormActions>
          </form>
        )}
      </DataState>
    </>
  );
}
