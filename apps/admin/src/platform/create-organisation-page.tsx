// Platform admins add an organisation. Identifiers are checked as they are typed with the same
// rules (and messages) as the API: board number 5 digits, KvK 8, OIN 20, ISO country code.
import { OrganisationKind, Sector } from '@regie/domain';
import {
  CreateOrganisationDocument,
  type OrganisationKind as Kind,
  type Sector as SectorValue,
} from '@regie/graphql-client';
import { useMutation } from 'urql';
import { useNavigate } from 'react-router';
import { outcome } from '../api/run-mutation';
import { isPlatformAdmin } from '../auth/permissions';
import { CheckboxGroup, FormActions, SelectField, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import {
  boardNumber,
  countryCode,
  kvkNumber,
  maxLength,
  oin,
  required,
  webUrl,
  wholeNumber,
} from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { NotForYourRole } from '../auth/role-gate';

const creatableKinds = [
  OrganisationKind.BOARD,
  OrganisationKind.VENDOR,
  OrganisationKind.SECTOR_BODY,
  OrganisationKind.SUPERVISOR,
];

export function CreateOrganisationPage() {
  const { user } = useViewer();
  const { t } = useI18n();
  if (!isPlatformAdmin(user))
    return <NotForYourRole operation="createOrganisation" title={t('organisations.create')} />;
  return <CreateOrganisationForm />;
}

function CreateOrganisationForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [, create] = useMutation(CreateOrganisationDocument);
  const initialValues = {
    kind: OrganisationKind.BOARD as string,
    name: '',
    boardNumber: '',
    kvkNumber: '',
    oin: '',
    country: 'NL',
    website: '',
    studentCount: '',
    sectors: [] as string[],
  };
  const form = useForm({
    initialValues,
    rules: (values) => ({
      kind: [required],
      name: [required, maxLength(200)],
      kvkNumber: [kvkNumber],
      oin: [oin],
      country: [required, countryCode],
      website: [webUrl],
      // Board-only fields are checked (and sent) only for a board.
      ...(values.kind === OrganisationKind.BOARD
        ? { boardNumber: [required, boardNumber], studentCount: [wholeNumber(0, 10_000_000)] }
        : {}),
    }),
  });
  const board = form.values.kind === OrganisationKind.BOARD;

  return (
    <>
      <PageHeading title={t('createOrganisation.title')} />
      <form
        className="panel form"
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const result = await outcome(
            create({
              input: {
                kind: values.kind as Kind,
                name: values.name.trim(),
                kvkNumber: values.kvkNumber.trim() || null,
                oin: values.oin.trim() || null,
                country: values.country.trim(),
                website: values.website.trim() || null,
                ...(board
                  ? {
                      boardNumber: values.boardNumber.trim(),
                      sectors: values.sectors as SectorValue[],
                      studentCount: values.studentCount.trim() ? Number(values.studentCount) : null,
                    }
                  : {}),
              },
            }),
          );
          if (!result.ok) return result.problem;
          navigate(`/organisations/${result.data.createOrganisation.id}/invitations`, {
            state: { created: result.data.createOrganisation.name },
          });
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <SelectField
          form={form}
          name="kind"
          label={t('field.kind')}
          options={creatableKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          required
        />
        <TextField form={form} name="name" label={t('field.organisationName')} required />
        {board && (
          <TextField
            form={form}
            name="boardNumber"
            label={t('field.boardNumber')}
            hint={t('hint.boardNumber')}
            inputMode="numeric"
            required
          />
        )}
        <TextField
          form={form}
          name="kvkNumber"
          label={t('field.kvkNumber')}
          hint={t('hint.kvkNumber')}
          inputMode="numeric"
        />
        <TextField
          form={form}
          name="oin"
          label={t('field.oin')}
          hint={t('hint.oin')}
          inputMode="numeric"
        />
        <TextField
          form={form}
          name="country"
          label={t('field.country')}
          hint={t('hint.country')}
          required
          maxLength={2}
        />
        <TextField
          form={form}
          name="website"
          label={t('field.website')}
          hint={t('hint.website')}
          type="url"
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
            {t('createOrganisation.submit')}
          </SubmitButton>
        </FormActions>
      </form>
    </>
  );
}
