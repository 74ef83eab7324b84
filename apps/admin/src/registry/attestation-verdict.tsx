// A sector body's reviewer's verdict on one attestation: verify, or reject with a note (the
// API requires one). Used on the list of attestations awaiting verification and on the
// attestation's own page, where the reviewer reads its document first.
import {
  RegistryVerifyAttestationDocument,
  type RegistryAttestationRowFragment,
} from '@regie/graphql-client';
import { useId, useState } from 'react';
import { useMutation } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';

export function Verdict(props: {
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
