// A new minimum standard: a name, a version, whom it measures (vendors' products or boards
// themselves) and its requirements (code, title, description, mandatory or not; for products
// which attestation types count as evidence, for boards the minimum maturity level and a
// development line). It stays a draft, seen only by its sector body, until it is published.
import { AttestationType } from '@regie/domain';
import {
  ProcurementCreateStandardDocument,
  type AttestationType as Evidence,
} from '@regie/graphql-client';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import type { Rule } from '../forms/rules';
import { FormActions, SelectField, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { parseDateInput } from '../forms/date-input';
import { PlainField } from './row-fields';
import './procurement.css';

interface RequirementRow {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly mandatory: boolean;
  readonly evidenceTypes: readonly string[];
  /** BOARD standards: levels as chosen ('' for none) and the target date as typed. */
  readonly minimumLevel: string;
  readonly targetLevel: string;
  readonly targetDate: string;
}

type Subject = 'PRODUCT' | 'BOARD';

const empty: RequirementRow = {
  code: '',
  title: '',
  description: '',
  mandatory: true,
  evidenceTypes: [],
  minimumLevel: '3',
  targetLevel: '',
  targetDate: '',
};

const LEVELS = ['1', '2', '3', '4', '5'];

const requirementsRule: Rule<readonly RequirementRow[]> = (rows) => {
  if (rows.length === 0) return { key: 'field.notEmpty' };
  if (rows.some((r) => !r.code.trim() || !r.title.trim() || !r.description.trim()))
    return { key: 'field.required' };
  const codes = rows.map((r) => r.code.trim());
  return codes.some((c, i) => codes.indexOf(c) !== i) ? { key: 'standard.duplicateCode' } : null;
};

export function NewStandardPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { user, current } = useViewer();
  const [, create] = useMutation(ProcurementCreateStandardDocument);
  const form = useForm({
    initialValues: {
      name: '',
      version: '1.0',
      subject: 'PRODUCT' as Subject,
      requirements: [empty] as readonly RequirementRow[],
    },
    rules: { name: [required], version: [required], requirements: [requirementsRule] },
  });
  const board = form.values.subject === 'BOARD';
  const sectorBodyId = current?.organisation.id ?? '';
  if (!may(user, 'createMinimumStandard', sectorBodyId))
    return (
      <>
        <PageHeading title={t('procurement.standardForm.title')} />
        <p>{t('procurement.tenderForm.notAllowed')}</p>
      </>
    );
  const rows = form.values.requirements;
  const setRow = (index: number, patch: Partial<RequirementRow>) =>
    form.set(
      'requirements',
      rows.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    );
  const shown = form.error('requirements');
  /** The API's message for a requirement's level field (`requirements.0.targetLevel`). */
  const levelError = (index: number, field: string) =>
    form.problem?.kind === 'invalidInput'
      ? form.problem.fields[`requirements.${index}.${field}`]
      : undefined;

  return (
    <>
      <PageHeading title={t('procurement.standardForm.title')} />
      <form
        className="panel form"
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const answer = await outcome(
            create({
              input: {
                sectorBodyId,
                name: values.name.trim(),
                version: values.version.trim(),
                subject: values.subject,
                requirements: values.requirements.map((r) => ({
                  code: r.code.trim(),
                  title: r.title.trim(),
                  description: r.description.trim(),
                  mandatory: r.mandatory,
                  ...(values.subject === 'BOARD'
                    ? {
                        evidenceTypes: [],
                        minimumLevel: r.minimumLevel ? Number(r.minimumLevel) : null,
                        targetLevel: r.targetLevel ? Number(r.targetLevel) : null,
                        targetDate: r.targetDate.trim()
                          ? (parseDateInput(r.targetDate) ?? r.targetDate.trim())
                          : null,
                      }
                    : { evidenceTypes: r.evidenceTypes as Evidence[] }),
                })),
              },
            }),
          );
          if (!answer.ok) return answer.problem;
          navigate(`/procurement/standards/${answer.data.createMinimumStandard.id}`);
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <TextField form={form} name="name" label={t('procurement.standard.name')} required />
        <TextField form={form} name="version" label={t('procurement.standard.version')} required />
        <SelectField
          form={form}
          name="subject"
          label={t('procurement.standard.subject')}
          hint={t('procurement.standard.subjectHint')}
          options={(['PRODUCT', 'BOARD'] as const).map((value) => ({
            value,
            label: t(`procurement.standard.subject.${value}`),
          }))}
        />
        {rows.map((row, index) => (
          <fieldset key={index} className="field field--group procurement-rows">
            <legend className="field__label">
              {t('procurement.requirement.legend', { number: index + 1 })}
            </legend>
            <div className="procurement-row">
              <PlainField
                id={index === 0 ? form.ids('requirements').control : undefined}
                label={t('procurement.requirement.code')}
                value={row.code}
                onChange={(code) => setRow(index, { code })}
                error={shown && !row.code.trim() ? t('procurement.required') : undefined}
                required
              />
              <PlainField
                label={t('procurement.requirement.title')}
                value={row.title}
                onChange={(title) => setRow(index, { title })}
                error={shown && !row.title.trim() ? t('procurement.required') : undefined}
                required
              />
            </div>
            <PlainField
              label={t('procurement.requirement.description')}
              value={row.description}
              onChange={(description) => setRow(index, { description })}
              error={shown && !row.description.trim() ? t('procurement.required') : undefined}
              multiline
              required
            />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={row.mandatory}
                onChange={(e) => setRow(index, { mandatory: e.target.checked })}
              />
              {t('procurement.requirement.mandatory')}
            </label>
            {board && (
              <div className="procurement-row">
                <LevelSelect
                  label={t('procurement.requirement.minimumLevel')}
                  value={row.minimumLevel}
                  empty={t('procurement.requirement.chooseLevel')}
                  onChange={(minimumLevel) => setRow(index, { minimumLevel })}
                  error={
                    levelError(index, 'minimumLevel') ??
                    (shown && row.minimumLevel === '' ? t('procurement.required') : undefined)
                  }
                />
                <LevelSelect
                  label={t('procurement.requirement.targetLevel')}
                  value={row.targetLevel}
                  empty={t('procurement.requirement.noTarget')}
                  onChange={(targetLevel) => setRow(index, { targetLevel })}
                  error={levelError(index, 'targetLevel')}
                />
                <PlainField
                  label={t('procurement.requirement.targetDate')}
                  hint={t('field.dateFormat')}
                  value={row.targetDate}
                  onChange={(targetDate) => setRow(index, { targetDate })}
                  error={levelError(index, 'targetDate')}
                />
              </div>
            )}
            {!board && (
              <fieldset className="field field--group">
                <legend className="field__label">{t('procurement.requirement.evidence')}</legend>
                {Object.values(AttestationType).map((type) => (
                  <label key={type} className="checkbox">
                    <input
                      type="checkbox"
                      checked={row.evidenceTypes.includes(type)}
                      onChange={(e) =>
                        setRow(index, {
                          evidenceTypes: e.target.checked
                            ? [...row.evidenceTypes, type]
                            : row.evidenceTypes.filter((x) => x !== type),
                        })
                      }
                    />
                    {t(`attestationType.${type}`)}
                  </label>
                ))}
              </fieldset>
            )}
            {rows.length > 1 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  form.set(
                    'requirements',
                    rows.filter((_, i) => i !== index),
                  )
                }
              >
                {t('procurement.requirement.remove', { number: index + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <p id={form.ids('requirements').error} className="field__error" aria-live="polite">
          {shown}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => form.set('requirements', [...rows, empty])}
        >
          {t('procurement.requirement.add')}
        </button>
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
            {t('procurement.standardForm.submit')}
          </SubmitButton>
        </FormActions>
      </form>
    </>
  );
}

/** A maturity level 1-5 (or none) as a native select, labelled, with its message. */
function LevelSelect(props: {
  label: string;
  value: string;
  empty: string;
  onChange(value: string): void;
  error?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      <select
        id={id}
        className="field__input"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{props.empty}</option>
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {t('procurement.requirement.level', { level })}
          </option>
        ))}
      </select>
      {props.error && (
        <p id={`${id}-error`} className="field__error">
          {props.error}
        </p>
      )}
    </div>
  );
}
