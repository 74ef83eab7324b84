// The CERT types in an advisory: what is going on, what boards should do, how serious, who may
// read it (TLP), CVEs and the products. Publishing binds (every board with an agreement in
// force on a product is told at once and it cannot be withdrawn), so a dialog asks first.
import { Severity, Tlp } from '@regie/domain';
import {
  AdvisoriesPublishDocument,
  type Severity as SeverityValue,
  type Tlp as TlpValue,
} from '@regie/graphql-client';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { FormActions, SelectField, SubmitButton, TextAreaField, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, required, type Rule } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { mayPublish } from './advisory-ui';
import { ProductPicker } from './product-picker';
import { TlpChoice } from './tlp-choice';
import { useConfirmation } from './use-confirmation';
import './advisories.css';

export const SEVERITIES: readonly SeverityValue[] = [
  Severity.LOW,
  Severity.MEDIUM,
  Severity.HIGH,
  Severity.CRITICAL,
];

const CVE = /^CVE-\d{4}-\d{4,19}$/i;

/** The CVE identifiers typed, separated by spaces, commas or semicolons. */
export function splitCves(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((cve) => cve.trim())
    .filter((cve) => cve.length > 0);
}

// The same check as the API's, on each identifier typed.
const cves: Rule<string> = (value) =>
  splitCves(value).every((cve) => CVE.test(cve)) ? null : { key: 'advisory.cve' };

/** The API names a wrong CVE by its place in the list; the form has one field for all. */
export function withCvesField(problem: ApiProblem): ApiProblem {
  if (problem.kind !== 'invalidInput') return problem;
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(problem.fields)) {
    const field = name.startsWith('cves.') ? 'cves' : name;
    fields[field] ??= message;
  }
  return { ...problem, fields };
}

export function PublishAdvisoryPage() {
  const { t } = useI18n();
  const { user, current } = useViewer();
  const publisherId =
    current && mayPublish({ user, membership: current }) ? current.organisation.id : null;
  return (
    <>
      <PageHeading title={t('advisories.publish.title')} />
      {publisherId ? (
        <PublishForm publisherId={publisherId} />
      ) : (
        <p>{t('advisories.publish.notAllowed')}</p>
      )}
    </>
  );
}

function PublishForm({ publisherId }: { publisherId: string }) {
  const { t, formatList } = useI18n();
  const navigate = useNavigate();
  const [, publish] = useMutation(AdvisoriesPublishDocument);
  const confirmation = useConfirmation();
  // The chosen products' names, for the question in the dialog.
  const [labels, setLabels] = useState<Record<string, string>>({});
  const initialValues = useMemo(
    () => ({
      title: '',
      summary: '',
      recommendedAction: '',
      severity: '',
      tlp: Tlp.AMBER as string,
      cves: '',
      productIds: [] as string[],
    }),
    [],
  );
  const form = useForm({
    initialValues,
    rules: {
      title: [required, maxLength(300)],
      summary: [required, maxLength(20_000)],
      recommendedAction: [maxLength(20_000)],
      severity: [required],
      tlp: [required],
      cves: [cves],
      productIds: [required],
    },
  });

  return (
    <>
      <p className="lead">{t('advisories.publish.lead')}</p>
      <form
        className="panel form"
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          if (!(await confirmation.ask())) return null;
          const result = await outcome(
            publish({
              input: {
                publisherId,
                title: values.title.trim(),
                summary: values.summary.trim(),
                recommendedAction: values.recommendedAction.trim() || null,
                severity: values.severity as SeverityValue,
                tlp: values.tlp as TlpValue,
                cves: splitCves(values.cves),
                productIds: values.productIds,
              },
            }),
          );
          confirmation.close();
          if (!result.ok) return withCvesField(result.problem);
          const advisory = result.data.publishAdvisory;
          navigate(`/advisories/${advisory.id}`, {
            state: { published: advisory.affectedBoardCount ?? 0 },
          });
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <TextField form={form} name="title" label={t('advisories.field.title')} required />
        <TextAreaField
          form={form}
          name="summary"
          label={t('advisories.field.summary')}
          hint={t('advisories.field.summaryHint')}
          required
        />
        <TextAreaField
          form={form}
          name="recommendedAction"
          label={t('advisories.field.action')}
          hint={t('advisories.field.actionHint')}
        />
        <SelectField
          form={form}
          name="severity"
          label={t('advisories.field.severity')}
          required
          options={[
            { value: '', label: t('advisories.field.severityChoose') },
            ...SEVERITIES.map((s) => ({ value: s, label: t(`advisories.severity.${s}`) })),
          ]}
        />
        <TlpChoice form={form} name="tlp" legend={t('advisories.field.tlp')} required />
        <TextField
          form={form}
          name="cves"
          label={t('advisories.field.cves')}
          hint={t('advisories.field.cvesHint')}
        />
        <ProductPicker
          form={form}
          name="productIds"
          legend={t('advisories.field.products')}
          hint={t('advisories.field.productsHint')}
          required
          labels={labels}
          onLabel={(id, label) => setLabels((previous) => ({ ...previous, [id]: label }))}
        />
        <FormActions>
          <SubmitButton busy={confirmation.dialog.busy} busyLabel={t('advisories.publish.busy')}>
            {t('advisories.publish.submit')}
          </SubmitButton>
        </FormActions>
      </form>
      <ConfirmDialog
        {...confirmation.dialog}
        title={t('advisories.publish.confirmTitle')}
        confirmLabel={t('advisories.publish.confirm')}
        busyLabel={t('advisories.publish.busy')}
      >
        <p>
          {t('advisories.publish.confirmText', {
            title: form.values.title.trim(),
            products: formatList(form.values.productIds.map((id) => labels[id] ?? id)),
          })}
        </p>
      </ConfirmDialog>
    </>
  );
}
