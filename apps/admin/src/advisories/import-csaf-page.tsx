// The CERT imports a CSAF 2.0 document (JSON, as national CERTs and vendors publish them). The
// browser reads the chosen file and names its title and tracking id; the API validates it
// against the standard's schema and says where it fails (the document's path and the schema's),
// beside the file field. TLP, severity and products are asked only as fall-backs for what the
// document does not give. Importing publishes and binds, so a dialog asks first.
import {
  AdvisoriesImportCsafDocument,
  type Severity as SeverityValue,
  type Tlp as TlpValue,
} from '@regie/graphql-client';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { FieldFrame, FormActions, SelectField, SubmitButton, controlProps } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required, type Rule } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { mayPublish } from './advisory-ui';
import { ProductPicker } from './product-picker';
import { SEVERITIES } from './publish-advisory-page';
import { TlpChoice } from './tlp-choice';
import { useConfirmation } from './use-confirmation';
import './advisories.css';

/** As the API measures it: at most 1 MiB of UTF-8. */
const MAX_BYTES = 1024 * 1024;
const withinSize: Rule<string> = (value) =>
  new TextEncoder().encode(value).length > MAX_BYTES ? { key: 'advisory.csafTooLarge' } : null;

interface Preview {
  filename: string;
  title?: string;
  trackingId?: string;
  version?: string;
}

/** What the chosen file says of itself, if it is a CSAF document at all (the API decides). */
export function previewOf(filename: string, text: string): Preview {
  try {
    const tracking = (JSON.parse(text) as { document?: { title?: unknown; tracking?: unknown } })
      .document;
    const t = tracking?.tracking as { id?: unknown; version?: unknown } | undefined;
    if (typeof tracking?.title === 'string' && typeof t?.id === 'string')
      return {
        filename,
        title: tracking.title,
        trackingId: t.id,
        version: typeof t.version === 'string' ? t.version : '',
      };
  } catch {
    // Not JSON: the API says so, beside the field.
  }
  return { filename };
}

export function ImportCsafPage() {
  const { t } = useI18n();
  const { user, current } = useViewer();
  const publisherId =
    current && mayPublish({ user, membership: current }) ? current.organisation.id : null;
  return (
    <>
      <PageHeading title={t('advisories.import.title')} />
      {publisherId ? (
        <ImportForm publisherId={publisherId} />
      ) : (
        <p>{t('advisories.publish.notAllowed')}</p>
      )}
    </>
  );
}

function ImportForm({ publisherId }: { publisherId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [, importCsaf] = useMutation(AdvisoriesImportCsafDocument);
  const confirmation = useConfirmation();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const initialValues = useMemo(
    () => ({ document: '', tlp: '', severity: '', productIds: [] as string[] }),
    [],
  );
  const form = useForm({ initialValues, rules: { document: [required, withinSize] } });
  const documentProps = controlProps(form, 'document', {
    hint: t('advisories.field.documentHint'),
    required: true,
  });

  const problemOf = (problem: ApiProblem): ApiProblem =>
    problem.kind === 'conflict' && problem.reason === 'ALREADY_EXISTS'
      ? { ...problem, message: t('advisories.import.exists') }
      : problem;

  return (
    <>
      <p className="lead">{t('advisories.import.lead')}</p>
      <form
        className="panel form"
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          if (!(await confirmation.ask())) return null;
          const result = await outcome(
            importCsaf({
              input: {
                publisherId,
                document: values.document,
                tlp: (values.tlp || null) as TlpValue | null,
                severity: (values.severity || null) as SeverityValue | null,
                productIds: values.productIds.length ? values.productIds : null,
              },
            }),
          );
          confirmation.close();
          if (!result.ok) return problemOf(result.problem);
          const advisory = result.data.importCsafAdvisory;
          navigate(`/advisories/${advisory.id}`, {
            state: { published: advisory.affectedBoardCount ?? 0 },
          });
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <FieldFrame
          ids={form.ids('document')}
          label={t('advisories.field.document')}
          hint={t('advisories.field.documentHint')}
          required
          message={form.error('document')}
        >
          <input
            {...documentProps}
            className="field__input"
            type="file"
            accept="application/json,.json"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (!file) {
                setPreview(null);
                form.set('document', '');
                return;
              }
              const text = await file.text();
              setPreview(previewOf(file.name, text));
              form.set('document', text);
            }}
          />
          <p className="field__hint" role="status">
            {preview?.title
              ? t('advisories.import.chosen', {
                  filename: preview.filename,
                  title: preview.title,
                  trackingId: preview.trackingId ?? '',
                  version: preview.version ?? '',
                })
              : preview
                ? t('advisories.import.chosenFile', { filename: preview.filename })
                : ''}
          </p>
        </FieldFrame>
        <TlpChoice
          form={form}
          name="tlp"
          legend={t('advisories.field.tlpFallback')}
          fallback={t('advisories.field.tlpDefault')}
        />
        <SelectField
          form={form}
          name="severity"
          label={t('advisories.field.severityFallback')}
          options={[
            { value: '', label: t('advisories.field.severityFromDocument') },
            ...SEVERITIES.map((s) => ({ value: s, label: t(`advisories.severity.${s}`) })),
          ]}
        />
        <ProductPicker
          form={form}
          name="productIds"
          legend={t('advisories.field.productsFallback')}
          hint={t('advisories.field.productsFallbackHint')}
          labels={labels}
          onLabel={(id, label) => setLabels((previous) => ({ ...previous, [id]: label }))}
        />
        <FormActions>
          <SubmitButton busy={confirmation.dialog.busy} busyLabel={t('advisories.import.busy')}>
            {t('advisories.import.submit')}
          </SubmitButton>
        </FormActions>
      </form>
      <ConfirmDialog
        {...confirmation.dialog}
        title={t('advisories.import.confirmTitle')}
        confirmLabel={t('advisories.import.confirm')}
        busyLabel={t('advisories.import.busy')}
      >
        <p>
          {t('advisories.import.confirmText', {
            title: preview?.title ?? preview?.filename ?? '',
          })}
        </p>
      </ConfirmDialog>
    </>
  );
}
