import { Sector } from '@regie/domain';
import { UpdateOrganisationDocument, type Sector as SectorValue } from '@regie/graphql-client';
import { useState } from 'react';
import { useMutation } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { CheckboxGroup, FormActions, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, required, webUrl, wholeNumber } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { useOrganisation, type OrganisationContext } from './organisation-layout';

export function OrganisationProfilePage() {
  const { t, formatDate, formatNumber, formatList, formatCountry } = useI18n();
  const { user } = useViewer();
  const context = useOrganisation();
  const { organisation } = context;
  const none = <span className="muted">{t('value.none')}</span>;
  const facts: [string, React.ReactNode][] = [
    [t('field.kind'), t(`kind.${organisation.kind}`)],
    ...(organisation.kind === 'BOARD'
      ? ([
          [t('field.boardNumber'), organisation.boardNumber ?? none],
          [
            t('field.sectors'),
            organisation.sectors.length
              ? formatList(organisation.sectors.map((s) => t(`sector.${s}`)))
              : none,
          ],
          [
            t('field.studentCount'),
            organisation.studentCount == null ? none : formatNumber(organisation.studentCount),
          ],
        ] as [string, React.ReactNode][])
      : []),
    [t('field.kvkNumber'), organisation.kvkNumber ?? none],
    [t('field.oin'), organisation.oin ?? none],
    [t('field.country'), formatCountry(organisation.country)],
    [
      t('field.website'),
      organisation.website ? <a href={organisation.website}>{organisation.website}</a> : none,
    ],
    [t('organisation.createdAt'), formatDate(organisation.createdAt)],
  ];

  return (
    <>
      <PageHeading title={t('organisation.profile.title')} />
      <dl className="facts panel">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {may(user, 'updateOrganisation', organisation.id) && (
        <EditProfile key={organisation.id + organisation.name} {...context} />
      )}
    </>
  );
}

function EditProfile({ organisation, reload }: OrganisationContext) {
  const { t } = useI18n();
  const [, update] = useMutation(UpdateOrganisationDocument);
  const [saved, setSaved] = useState(false);
  const board = organisation.kind === 'BOARD';
  const form = useForm({
    initialValues: {
      name: organisation.name,
      website: organisation.website ?? '',
      studentCount: organisation.studentCount == null ? '' : String(organisation.studentCount),
      sectors: organisation.sectors as string[],
    },
    rules: {
      name: [required, maxLength(200)],
      website: [webUrl],
      studentCount: [wholeNumber(0, 10_000_000)],
    },
  });

  return (
    <form
      className="panel form"
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setSaved(false);
        const result = await outcome(
          update({
            id: organisation.id,
            input: {
              name: values.name.trim(),
              website: values.website.trim() || null,
              ...(board
                ? {
                    studentCount: values.studentCount.trim() ? Number(values.studentCount) : null,
                    sectors: values.sectors as SectorValue[],
                  }
                : {}),
            },
          }),
        );
        if (!result.ok) return result.problem;
        setSaved(true);
        reload();
      })}
    >
      <h2>{t('organisation.profile.edit')}</h2>
      <ProblemMessage problem={form.problem} details={form.otherFieldErrors} onReload={reload} />
      <TextField form={form} name="name" label={t('field.organisationName')} required />
      <TextField
        form={form}
        name="website"
        label={t('field.website')}
        type="url"
        hint={t('hint.website')}
      />
      {board && (
        <>
          <TextField
            form={form}
            name="studentCount"
            label={t('field.studentCount')}
            inputMode="numeric"
          />
          <CheckboxGroup
            form={form}
            name="sectors"
            legend={t('field.sectors')}
            options={Object.values(Sector).map((s) => ({ value: s, label: t(`sector.${s}`) }))}
          />
        </>
      )}
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
          {t('action.save')}
        </SubmitButton>
        <span role="status">{saved ? t('action.saved') : ''}</span>
      </FormActions>
    </form>
  );
}
