// A sector body's reviewer: the attestations nobody has verified yet, soonest end first, each
// to verify or reject (with a note) after reading its document.
import { amsterdamDate, attestationValidity } from '@regie/domain';
import {
  RegistryAttestationsDocument,
  RegistryVerifyAttestationDocument,
  type RegistryAttestationRowFragment,
} from '@regie/graphql-client';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import { Done, ValidityBadge } from './registry-ui';
import './registry.css';

const pageSize = 25;

export function VerificationPage() {
  const { t, formatDate } = useI18n();
  const pager = usePager();
  const context = useMemo(() => ({ additionalTypenames: ['Attestation'] }), []);
  const [result, reexecute] = useQuery({
    query: RegistryAttestationsDocument,
    variables: { filter: { verification: 'UNVERIFIED' }, first: pageSize, after: pager.after },
    context,
  });
  const [done, setDone] = useState<string | null>(null);
  const connection = result.data?.attestations;
  const today = amsterdamDate();
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <PageHeading title={t('registry.verify.title')} />
      <p className="lead">{t('registry.verify.intro')}</p>
      {done && <Done>{done}</Done>}
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(connection)}
        retry={reload}
      >
        {connection && (
          <>
            <p role="status">
              {connection.totalCount
                ? t('registry.verify.count', { count: connection.totalCount })
                : t('registry.verify.none')}
            </p>
            {connection.edges.length > 0 && (
              <table className="table">
                <caption className="visually-hidden">{t('registry.verify.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('registry.attestation.type')}</th>
                    <th scope="col">{t('registry.attestation.vendor')}</th>
                    <th scope="col">{t('registry.attestation.issuer')}</th>
                    <th scope="col">{t('registry.attestation.validUntil')}</th>
                    <th scope="col">{t('table.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <th scope="row">
                        <Link to={`/attestations/${node.id}`}>
                          {t(`attestationType.${node.type}`)}
                        </Link>
                      </th>
                      <td>{node.vendor.name}</td>
                      <td>{node.issuer}</td>
                      <td>
                        {formatDate(node.validUntil)}{' '}
                        <ValidityBadge validity={attestationValidity(node.validUntil, today)} />
                      </td>
                      <td>
                        <Verdict
                          attestation={node}
                          onDone={(text) => {
                            setDone(text);
                            reload();
                          }}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Pagination pager={pager} pageSize={pageSize} connection={connection} />
          </>
        )}
      </DataState>
    </>
  );
}

function Verdict(props: {
  attestation: RegistryAttestationRowFragment;
  onDone(text: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [, verify] = useMutation(RegistryVerifyAttestationDocument);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const { attestation } = props;
  const type = t(`attestationType.${attestation.type}`);

  const send = async (status: 'VERIFIED' | 'REJECTED') => {
    if (busy) return;
    if (status === 'REJECTED' && !note.trim()) {
      setNoteError(t('registry.verify.noteRequired'));
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    const answer = await outcome(
      verify({ input: { attestationId: attestation.id, status, note: note.trim() || null } }),
    );
    setBusy(false);
    if (!answer.ok) {
      if (answer.problem.kind === 'invalidInput' && answer.problem.fields['note'])
        setNoteError(answer.problem.fields['note']);
      else setProblem(answer.problem);
      return;
    }
    props.onDone(
      t('registry.verify.done', {
        type,
        vendor: attestation.vendor.name,
        status:
          status === 'VERIFIED'
            ? t('registry.verify.doneVerified')
            : t('registry.verify.doneRejected'),
      }),
    );
  };

  return (
    <div className="registry-verify">
      <ProblemMessage problem={problem} />
      <div className={`field${noteError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-note`}>
          {t('registry.verify.note')}
          <span className="visually-hidden">
            {' '}
            ({type}, {attestation.vendor.name})
          </span>
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {t('registry.verify.noteHint')}
        </p>
        <input
          id={`${id}-note`}
          className="field__input"
          value={note}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={`${id}-hint${noteError ? ` ${id}-error` : ''}`}
          onChange={(event) => {
            setNote(event.target.value);
            if (event.target.value.trim()) setNoteError(undefined);
          }}
        />
        <p id={`${id}-error`} className="field__error" aria-live="polite">
          {noteError}
        </p>
      </div>
      <div className="registry-actions">
        <button
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => void send('VERIFIED')}
        >
          {t('registry.verify.verify')}
          <span className="visually-hidden">
            {' '}
            {type}, {attestation.vendor.name}
          </span>
        </button>
        <button
          type="button"
          className="button button--danger-outline"
          aria-disabled={busy || undefined}
          onClick={() => void send('REJECTED')}
        >
          {t('registry.verify.reject')}
          <span className="visually-hidden">
            {' '}
            {type}, {attestation.vendor.name}
          </span>
        </button>
      </div>
    </div>
  );
}
