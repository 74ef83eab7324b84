// Editing a product's leaflet draft: every field of the leaflet, with sub-processors, locations
// and retention periods as groups that can be added and removed. Saving keeps it a draft; the
// product page publishes it.
import {
  DataSubject,
  isCountryCode,
  isInEea,
  PersonalDataCategory,
  TransferMechanism,
} from '@regie/domain';
import {
  RegistryProductDocument,
  RegistrySaveLeafletDraftDocument,
  type RegistryProductFragment,
} from '@regie/graphql-client';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import {
  CheckboxGroup,
  describedBy,
  FieldFrame,
  FieldMessage,
  FormActions,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { may } from '../auth/permissions';
import { NotForYourRole } from '../auth/role-gate';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { NotFoundPage } from '../not-found-page';
import { DataState } from '../ui/data-state';
import {
  emptySubprocessor,
  leafletInput,
  leafletRules,
  leafletValues,
  rowMessages,
  type LeafletValues,
} from './leaflet-form';
import './registry.css';

export function LeafletDraftPage() {
  const { t } = useI18n();
  const { user } = useViewer();
  const productId = useParams().productId ?? '';
  const [result, reexecute] = useQuery({
    query: RegistryProductDocument,
    variables: { id: productId },
  });
  const product = result.data?.product;
  if (result.data && !product) return <NotFoundPage />;
  const title = t('registry.leaflet.draftTitle', { name: product?.name ?? '' });
  // Only the vendor's editors write its leaflets; anyone else is told so, not shown a form.
  if (product && !may(user, 'saveLeafletDraft', product.vendor.id))
    return <NotForYourRole operation="saveLeafletDraft" title={title} />;
  return (
    <>
      <PageHeading title={title} />
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(product)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {product && (
          <LeafletDraftForm
            product={product}
            reload={() => reexecute({ requestPolicy: 'network-only' })}
          />
        )}
      </DataState>
    </>
  );
}

function newest(product: RegistryProductFragment) {
  return [...product.leaflets].sort((a, b) => b.version - a.version)[0];
}

type RowList = 'subprocessors' | 'locations' | 'retention';

function LeafletDraftForm(props: { product: RegistryProductFragment; reload: () => void }) {
  const { t, shared } = useI18n();
  const navigate = useNavigate();
  const { product } = props;
  const base = newest(product);
  const version = base ? (base.status === 'DRAFT' ? base.version : base.version + 1) : 1;
  const [, save] = useMutation(RegistrySaveLeafletDraftDocument);
  const form = useForm<LeafletValues>({ initialValues: leafletValues(base), rules: leafletRules });
  const [showRows, setShowRows] = useState(false);
  const [touchedRows, setTouchedRows] = useState<Record<string, boolean>>({});
  const { values } = form;
  const rowProblems = rowMessages(values);

  const rowError = (path: string): string | undefined => {
    const fromServer = form.error(path as keyof LeafletValues);
    if (fromServer) return fromServer;
    const own = rowProblems[path];
    return own && (showRows || touchedRows[path]) ? shared(own) : undefined;
  };
  const touchRow = (path: string) =>
    setTouchedRows((previous) => (previous[path] ? previous : { ...previous, [path]: true }));
  const setRow = <L extends RowList>(
    list: L,
    index: number,
    patch: Partial<LeafletValues[L][number]>,
  ) => {
    const rows = values[list].map((row, i) => (i === index ? { ...row, ...patch } : row));
    form.set(list, rows as LeafletValues[L]);
  };
  const addRow = <L extends RowList>(
    list: L,
    row: LeafletValues[L][number],
    firstField: string,
  ) => {
    form.set(list, [...values[list], row] as LeafletValues[L]);
    const index = values[list].length;
    // The new group's first field takes the focus, so that the person can fill it in at once.
    requestAnimationFrame(() =>
      document.getElementById(rowId(`${list}.${index}.${firstField}`))?.focus(),
    );
  };
  const removeRow = (list: RowList, index: number, focusAfter: string) => {
    form.set(list, values[list].filter((_, i) => i !== index) as never);
    requestAnimationFrame(() => document.getElementById(focusAfter)?.focus());
  };

  const submitToApi = form.onSubmit(async (current) => {
    const answer = await outcome(save({ input: leafletInput(product.id, current) }));
    if (!answer.ok) {
      setShowRows(true);
      return answer.problem;
    }
    navigate(`/products/${product.id}`, { state: { notice: t('registry.leaflet.draftSaved') } });
    return null;
  });

  const submit = (event: FormEvent) => {
    const first = Object.keys(rowProblems)[0];
    if (first) {
      event.preventDefault();
      setShowRows(true);
      // The top-level fields are checked too, and say their messages.
      form.touch('purposes');
      document.getElementById(rowId(first))?.focus();
      return;
    }
    submitToApi(event);
  };

  const mechanisms = Object.values(TransferMechanism).map((value) => ({
    value,
    label: t(`transferMechanism.${value}`),
  }));
  const categories = Object.values(PersonalDataCategory).map((value) => ({
    value,
    label: t(`dataCategory.${value}`),
  }));

  return (
    <form className="form" noValidate onSubmit={submit}>
      <p className="lead">{t('registry.leaflet.draftIntro', { version })}</p>
      <ProblemMessage
        problem={form.problem}
        details={form.otherFieldErrors}
        onReload={props.reload}
      />
      <TextAreaField
        form={form}
        name="purposes"
        label={t('registry.leaflet.purposes')}
        hint={t('registry.leaflet.purposesHint')}
        required
      />
      <CheckboxGroup
        form={form}
        name="dataSubjects"
        legend={t('registry.leaflet.dataSubjects')}
        required
        options={Object.values(DataSubject).map((value) => ({
          value,
          label: t(`dataSubject.${value}`),
        }))}
      />
      <CheckboxGroup
        form={form}
        name="dataCategories"
        legend={t('registry.leaflet.dataCategories')}
        required
        options={categories}
      />

      <h2>{t('registry.leaflet.subprocessors')}</h2>
      {values.subprocessors.map((s, i) => {
        const outside = isCountryCode(s.country.trim().toUpperCase()) && !isInEea(s.country.trim());
        const p = `subprocessors.${i}`;
        return (
          <fieldset key={i} className="registry-repeat">
            <legend>{t('registry.leaflet.subprocessorN', { n: i + 1 })}</legend>
            <div className="registry-repeat__fields">
              <RowInput
                path={`${p}.name`}
                label={t('registry.leaflet.subName')}
                value={s.name}
                error={rowError(`${p}.name`)}
                onBlur={touchRow}
                onChange={(v) => setRow('subprocessors', i, { name: v })}
              />
              <RowInput
                path={`${p}.service`}
                label={t('registry.leaflet.subService')}
                value={s.service}
                error={rowError(`${p}.service`)}
                onBlur={touchRow}
                onChange={(v) => setRow('subprocessors', i, { service: v })}
              />
              <RowInput
                path={`${p}.country`}
                label={t('registry.leaflet.country')}
                hint={t('registry.leaflet.countryHint')}
                value={s.country}
                error={rowError(`${p}.country`)}
                onBlur={touchRow}
                onChange={(v) => setRow('subprocessors', i, { country: v })}
              />
              <RowSelect
                path={`${p}.transferMechanism`}
                label={t('registry.leaflet.transfer')}
                hint={t('registry.leaflet.transferHint')}
                value={s.transferMechanism}
                options={mechanisms}
                error={rowError(`${p}.transferMechanism`)}
                onBlur={touchRow}
                onChange={(v) => setRow('subprocessors', i, { transferMechanism: v })}
              />
            </div>
            {outside && s.transferMechanism === TransferMechanism.NONE && (
              <p className="registry-flag registry-flag--danger">
                <span aria-hidden="true">⚠ </span>
                {t('registry.leaflet.noneWarning')}
              </p>
            )}
            <button
              type="button"
              className="button button--danger-outline"
              onClick={() => removeRow('subprocessors', i, 'add-subprocessor')}
            >
              {t('registry.leaflet.removeSubprocessor', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button
          id="add-subprocessor"
          type="button"
          className="button button--secondary"
          onClick={() => addRow('subprocessors', emptySubprocessor(), 'name')}
        >
          {t('registry.leaflet.addSubprocessor')}
        </button>
      </p>

      <h2>{t('registry.leaflet.locations')}</h2>
      {values.locations.map((l, i) => {
        const p = `locations.${i}`;
        return (
          <fieldset key={i} className="registry-repeat">
            <legend>{t('registry.leaflet.locationN', { n: i + 1 })}</legend>
            <div className="registry-repeat__fields">
              <RowInput
                path={`${p}.country`}
                label={t('registry.leaflet.country')}
                hint={t('registry.leaflet.countryHint')}
                value={l.country}
                error={rowError(`${p}.country`)}
                onBlur={touchRow}
                onChange={(v) => setRow('locations', i, { country: v })}
              />
              <RowInput
                path={`${p}.activity`}
                label={t('registry.leaflet.activity')}
                hint={t('registry.leaflet.activityHint')}
                value={l.activity}
                error={rowError(`${p}.activity`)}
                onBlur={touchRow}
                onChange={(v) => setRow('locations', i, { activity: v })}
              />
            </div>
            <button
              type="button"
              className="button button--danger-outline"
              onClick={() => removeRow('locations', i, 'add-location')}
            >
              {t('registry.leaflet.removeLocation', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <FieldMessage id={form.ids('locations').error} message={form.error('locations')} />
      <p>
        <button
          id="add-location"
          type="button"
          className="button button--secondary"
          onClick={() => addRow('locations', { country: '', activity: '' }, 'country')}
        >
          {t('registry.leaflet.addLocation')}
        </button>
      </p>

      <h2>{t('registry.leaflet.retention')}</h2>
      {values.retention.map((r, i) => {
        const p = `retention.${i}`;
        return (
          <fieldset key={i} className="registry-repeat">
            <legend>{t('registry.leaflet.retentionN', { n: i + 1 })}</legend>
            <div className="registry-repeat__fields">
              <RowSelect
                path={`${p}.category`}
                label={t('registry.leaflet.retentionCategory')}
                value={r.category}
                options={[{ value: '', label: t('value.none') }, ...categories]}
                error={rowError(`${p}.category`)}
                onBlur={touchRow}
                onChange={(v) => setRow('retention', i, { category: v })}
              />
              <RowInput
                path={`${p}.period`}
                label={t('registry.leaflet.retentionPeriod')}
                hint={t('registry.leaflet.retentionPeriodHint')}
                value={r.period}
                error={rowError(`${p}.period`)}
                onBlur={touchRow}
                onChange={(v) => setRow('retention', i, { period: v })}
              />
            </div>
            <button
              type="button"
              className="button button--danger-outline"
              onClick={() => removeRow('retention', i, 'add-retention')}
            >
              {t('registry.leaflet.removeRetention', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button
          id="add-retention"
          type="button"
          className="button button--secondary"
          onClick={() => addRow('retention', { category: '', period: '' }, 'category')}
        >
          {t('registry.leaflet.addRetention')}
        </button>
      </p>

      <TextField
        form={form}
        name="breachNotificationHours"
        label={t('registry.leaflet.breachHours')}
        inputMode="numeric"
        required
      />
      <TextField
        form={form}
        name="privacyContactEmail"
        type="email"
        label={t('registry.leaflet.contact')}
      />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
          {t('registry.leaflet.saveDraft')}
        </SubmitButton>
        <Link to={`/products/${product.id}`}>{t('registry.leaflet.backToProduct')}</Link>
      </FormActions>
    </form>
  );
}

/** One id per row field, from its API path, so that a message or a failed submit can find it. */
function rowId(path: string) {
  return `leaflet-${path.replace(/\./g, '-')}`;
}

interface RowProps {
  path: string;
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
  onBlur(path: string): void;
}

/** A row's field frame and control attributes: the id comes from the row's path. */
function rowParts(props: RowProps) {
  const id = rowId(props.path);
  const ids = { control: id, hint: `${id}-hint`, error: `${id}-error` };
  return {
    frame: { ids, label: props.label, hint: props.hint, required: true, message: props.error },
    control: {
      id,
      className: 'field__input',
      value: props.value,
      'aria-required': true,
      'aria-invalid': props.error ? true : undefined,
      'aria-describedby': describedBy(ids, Boolean(props.hint), Boolean(props.error)),
      onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
      onBlur: () => props.onBlur(props.path),
    },
  } as const;
}

function RowInput(props: RowProps) {
  const { frame, control } = rowParts(props);
  return (
    <FieldFrame {...frame}>
      <input {...control} />
    </FieldFrame>
  );
}

function RowSelect(props: RowProps & { options: { value: string; label: string }[] }) {
  const { frame, control } = rowParts(props);
  return (
    <FieldFrame {...frame}>
      <select {...control}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
