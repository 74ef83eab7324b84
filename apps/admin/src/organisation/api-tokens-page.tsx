import {
  ApiTokensDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { FormActions, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { CopyButton } from '../ui/copy-button';
import { DataState } from '../ui/data-state';
import { RoleGate } from '../auth/role-gate';
import { useOrganisation } from './organisation-layout';
import { TableFrame } from '../ui/table-frame';

export function ApiTokensPage() {
  const { t } = useI18n();
  const { organisation } = useOrganisation();
  // The organisation's administrators only: to others the page says so (the API refuses them).
  return (
    <RoleGate operation="apiTokens" organisationId={organisation.id} title={t('apiTokens.title')}>
      <ApiTokens />
    </RoleGate>
  );
}

function ApiTokens() {
  const { t, formatDateTime } = useI18n();
  const { user } = useViewer();
  const { organisation } = useOrganisation();
  const [result, reexecute] = useQuery({
    query: ApiTokensDocument,
    variables: { organisationId: organisation.id },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [, create] = useMutation(CreateApiTokenDocument);
  const [, revoke] = useMutation(RevokeApiTokenDocument);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [revokeProblem, setRevokeProblem] = useState<ApiProblem | null>(null);
  const administer = may(user, 'createApiToken', organisation.id);
  const tokens = result.data?.apiTokens;
  const form = useForm({
    initialValues: { name: '' },
    rules: { name: [required, maxLength(100)] },
  });

  return (
    <>
      <PageHeading title={t('apiTokens.title')} />
      <p className="lead">{t('apiTokens.intro')}</p>
      {administer && (
        <form
          className="panel form"
          noValidate
          onSubmit={form.onSubmit(async (values) => {
            setSecret(null);
            const answer = await outcome(
              create({ input: { organisationId: organisation.id, name: values.name.trim() } }),
            );
            if (!answer.ok) return answer.problem;
            setSecret({
              name: answer.data.createApiToken.apiToken.name,
              token: answer.data.createApiToken.token,
            });
            form.reset();
            reload();
          })}
        >
          <h2>{t('apiTokens.new')}</h2>
          <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
          <TextField
            form={form}
            name="name"
            label={t('apiTokens.name')}
            hint={t('apiTokens.nameHint')}
            required
          />
          <FormActions>
            <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
              {t('apiTokens.submit')}
            </SubmitButton>
          </FormActions>
        </form>
      )}
      {secret && (
        <div className="notice notice--success secret" role="status">
          <p className="notice__title">{t('apiTokens.created', { name: secret.name })}</p>
          <p>{t('apiTokens.secretOnce')}</p>
          <p>
            <code className="secret__value" data-testid="api-token-secret">
              {secret.token}
            </code>
          </p>
          <CopyButton value={secret.token} label={t('apiTokens.copy')} />
        </div>
      )}
      <h2>{t('apiTokens.listTitle')}</h2>
      <ProblemMessage problem={revokeProblem} onReload={reload} />
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(tokens)}
        retry={reload}
      >
        {tokens && tokens.length === 0 && <p>{t('apiTokens.none')}</p>}
        {tokens && tokens.length > 0 && (
          <TableFrame label={t('apiTokens.listTitle')}>
            <table className="table">
              <caption className="visually-hidden">{t('apiTokens.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('apiTokens.name')}</th>
                  <th scope="col">{t('apiTokens.createdAt')}</th>
                  <th scope="col">{t('apiTokens.lastUsedAt')}</th>
                  <th scope="col">{t('apiTokens.status')}</th>
                  {administer && <th scope="col">{t('table.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>{formatDateTime(token.createdAt)}</td>
                    <td>
                      {token.lastUsedAt
                        ? formatDateTime(token.lastUsedAt)
                        : t('apiTokens.neverUsed')}
                    </td>
                    <td>
                      {token.revokedAt
                        ? t('apiTokens.revokedAt', { at: formatDateTime(token.revokedAt) })
                        : t('apiTokens.active')}
                    </td>
                    {administer && (
                      <td>
                        {!token.revokedAt && (
                          <button
                            type="button"
                            className="button button--danger-outline"
                            onClick={async () => {
                              setRevokeProblem(null);
                              const answer = await outcome(revoke({ id: token.id }));
                              if (!answer.ok) setRevokeProblem(answer.problem);
                              else reload();
                            }}
                          >
                            {t('apiTokens.revoke')}
                            <span className="visually-hidden"> {token.name}</span>
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
