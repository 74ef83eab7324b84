import { ROLES_BY_KIND, type OrganisationKind } from '@regie/domain';
import {
  MembersDocument,
  RemoveMemberDocument,
  SetMemberRolesDocument,
  type MembersQuery,
  type Role,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { CheckboxGroup, FormActions, SubmitButton } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { useOrganisation } from './organisation-layout';
import { TableFrame } from '../ui/table-frame';

type Member = MembersQuery['members'][number];

export function MembersPage() {
  const { t, formatDate, formatList } = useI18n();
  const { user, refresh: refreshViewer } = useViewer();
  const { organisation } = useOrganisation();
  const [result, reexecute] = useQuery({
    query: MembersDocument,
    variables: { organisationId: organisation.id },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [editing, setEditing] = useState<string | null>(null);
  const administer = may(user, 'setMemberRoles', organisation.id);
  const members = result.data?.members;

  const afterChange = (member: Member) => {
    setEditing(null);
    reload();
    // Changing one's own roles changes what the header and the tabs offer.
    if (member.person.id === user.id) refreshViewer();
  };

  return (
    <>
      <PageHeading title={t('members.title')} />
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(members)}
        retry={reload}
      >
        {members && (
          <TableFrame label={t('members.caption', { organisation: organisation.name })}>
            <table className="table">
              <caption className="visually-hidden">
                {t('members.caption', { organisation: organisation.name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.name')}</th>
                  <th scope="col">{t('field.email')}</th>
                  <th scope="col">{t('field.roles')}</th>
                  <th scope="col">{t('members.joinedAt')}</th>
                  {administer && <th scope="col">{t('table.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={member.person.id}>
                    <th scope="row">{member.person.name}</th>
                    <td>{member.email}</td>
                    <td>{formatList(member.roles.map((role) => t(`role.${role}`)))}</td>
                    <td>{formatDate(member.joinedAt)}</td>
                    {administer && (
                      <td>
                        {editing === member.person.id ? (
                          <EditMember
                            member={member}
                            organisationId={organisation.id}
                            kind={organisation.kind as OrganisationKind}
                            onDone={() => afterChange(member)}
                            onCancel={() => setEditing(null)}
                          />
                        ) : (
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => setEditing(member.person.id)}
                          >
                            {t('members.edit')}
                            <span className="visually-hidden"> {member.person.name}</span>
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
      </DataState>
    </>
  );
}

function EditMember(props: {
  member: Member;
  organisationId: string;
  kind: OrganisationKind;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { member } = props;
  const [, setRoles] = useMutation(SetMemberRolesDocument);
  const [, remove] = useMutation(RemoveMemberDocument);
  const [confirming, setConfirming] = useState(false);
  const [removeProblem, setRemoveProblem] = useState<ApiProblem | null>(null);
  const form = useForm({
    initialValues: { roles: member.roles as string[] },
    rules: { roles: [required] },
  });

  const onRemove = async () => {
    const result = await outcome(
      remove({ organisationId: props.organisationId, userId: member.person.id }),
    );
    if (!result.ok) {
      setRemoveProblem(result.problem);
      setConfirming(false);
      return;
    }
    props.onDone();
  };

  return (
    <div className="inline-editor">
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const result = await outcome(
            setRoles({
              input: {
                organisationId: props.organisationId,
                userId: member.person.id,
                roles: values.roles as Role[],
              },
            }),
          );
          if (!result.ok) return result.problem;
          props.onDone();
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <CheckboxGroup
          form={form}
          name="roles"
          legend={t('members.rolesOf', { name: member.person.name })}
          options={ROLES_BY_KIND[props.kind].map((role) => ({
            value: role,
            label: t(`role.${role}`),
          }))}
        />
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
            {t('members.saveRoles')}
          </SubmitButton>
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            {t('action.cancel')}
          </button>
        </FormActions>
      </form>
      <ProblemMessage problem={removeProblem} />
      {confirming ? (
        <div
          className="confirm"
          role="group"
          aria-label={t('members.removeConfirm', { name: member.person.name })}
        >
          <p>{t('members.removeConfirm', { name: member.person.name })}</p>
          <button type="button" className="button button--danger" onClick={() => void onRemove()}>
            {t('members.removeYes')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(false)}
          >
            {t('action.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--danger-outline"
          onClick={() => {
            setRemoveProblem(null);
            setConfirming(true);
          }}
        >
          {t('members.remove')}
        </button>
      )}
    </div>
  );
}
