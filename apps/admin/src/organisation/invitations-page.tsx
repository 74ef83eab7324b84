import { ROLES_BY_KIND, type OrganisationKind } from '@regie/domain';
import {
  InvitationsDocument,
  InviteMemberDocument,
  RevokeInvitationDocument,
  type Role,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { CheckboxGroup, FormActions, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { email, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { CopyButton } from '../ui/copy-button';
import { DataState } from '../ui/data-state';
import { invitationStatus } from './invitation-status';
import { useOrganisation } from './organisation-layout';
import { TableFrame } from '../ui/table-frame';

interface Created {
  readonly email: string;
  readonly link: string;
}

export function InvitationsPage() {
  const { t, formatDate, formatList } = useI18n();
  const { user } = useViewer();
  const { organisation } = useOrganisation();
  const [result, reexecute] = useQuery({
    query: InvitationsDocument,
    variables: { organisationId: organisation.id },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [, revoke] = useMutation(RevokeInvitationDocument);
  const [revokeProblem, setRevokeProblem] = useState<ApiProblem | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const administer = may(user, 'inviteMember', organisation.id);
  const invitations = result.data?.invitations;
  // Set by the create-organisation page: the next step is inviting the first administrator.
  const createdOrganisation = (useLocation().state as { created?: string } | null)?.created;

  return (
    <>
      <PageHeading title={t('invitations.title')} />
      {createdOrganisation && !created && (
        <div className="notice notice--success" role="status">
          <p>{t('invitations.organisationCreated', { name: createdOrganisation })}</p>
        </div>
      )}
      {administer && (
        <InviteForm
          organisationId={organisation.id}
          kind={organisation.kind as OrganisationKind}
          onCreated={(value) => {
            setCreated(value);
            reload();
          }}
        />
      )}
      {created && (
        <div className="notice notice--success secret" role="status">
          <p className="notice__title">{t('invitations.created', { email: created.email })}</p>
          <p>{t('invitations.linkOnce')}</p>
          <p>
            <code className="secret__value" data-testid="invitation-link">
              {created.link}
            </code>
          </p>
          <CopyButton value={created.link} label={t('invitations.copyLink')} />
        </div>
      )}
      <h2>{t('invitations.listTitle')}</h2>
      <ProblemMessage problem={revokeProblem} onReload={reload} />
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(invitations)}
        retry={reload}
      >
        {invitations && invitations.length === 0 && <p>{t('invitations.none')}</p>}
        {invitations && invitations.length > 0 && (
          <TableFrame label={t('invitations.listTitle')}>
            <table className="table">
              <caption className="visually-hidden">{t('invitations.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.email')}</th>
                  <th scope="col">{t('field.roles')}</th>
                  <th scope="col">{t('invitations.status')}</th>
                  <th scope="col">{t('invitations.expiresAt')}</th>
                  {administer && <th scope="col">{t('table.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => {
                  const status = invitationStatus(invitation);
                  return (
                    <tr key={invitation.id}>
                      <th scope="row">{invitation.email}</th>
                      <td>{formatList(invitation.roles.map((role) => t(`role.${role}`)))}</td>
                      <td>
                        <span className={`badge badge--${status}`}>
                          {t(`invitations.status.${status}`)}
                        </span>
                      </td>
                      <td>{formatDate(invitation.expiresAt)}</td>
                      {administer && (
                        <td>
                          {status === 'pending' && (
                            <button
                              type="button"
                              className="button button--danger-outline"
                              onClick={async () => {
                                setRevokeProblem(null);
                                const answer = await outcome(revoke({ id: invitation.id }));
                                if (!answer.ok) setRevokeProblem(answer.problem);
                                else reload();
                              }}
                            >
                              {t('invitations.revoke')}
                              <span className="visually-hidden"> {invitation.email}</span>
                            </button>
                          )}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableFrame>
        )}
      </DataState>
    </>
  );
}

function InviteForm(props: {
  organisationId: string;
  kind: OrganisationKind;
  onCreated: (created: Created) => void;
}) {
  const { t } = useI18n();
  const [, invite] = useMutation(InviteMemberDocument);
  const roles = ROLES_BY_KIND[props.kind];
  const form = useForm({
    // An organisation's first member is usually its administrator.
    initialValues: {
      email: '',
      roles: roles.length === 1 ? [roles[0] as string] : ([] as string[]),
    },
    rules: { email: [required, email], roles: [required] },
  });

  return (
    <form
      className="panel form"
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const result = await outcome(
          invite({
            input: {
              organisationId: props.organisationId,
              email: values.email.trim(),
              roles: values.roles as Role[],
            },
          }),
        );
        if (!result.ok) return result.problem;
        const token = result.data.inviteMember.token ?? '';
        props.onCreated({
          email: result.data.inviteMember.email,
          link: `${window.location.origin}/invitations/accept#${new URLSearchParams({ token })}`,
        });
        form.reset();
      })}
    >
      <h2>{t('invitations.new')}</h2>
      <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
      <TextField
        form={form}
        name="email"
        label={t('field.email')}
        type="email"
        autoComplete="off"
        required
      />
      <CheckboxGroup
        form={form}
        name="roles"
        legend={t('field.roles')}
        options={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        required
      />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
          {t('invitations.submit')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}
