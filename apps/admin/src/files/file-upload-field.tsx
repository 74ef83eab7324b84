// A document field: choosing a PDF uploads it at once, with a progress bar, and the form's
// value becomes the stored file's id. A refused file (too large, not a PDF) is said beside the
// field and nothing else in the form is lost.
import { useRef, useState } from 'react';
import type { ApiProblem } from '../api/api-problem';
import { describedBy, FieldFrame } from '../forms/fields';
import type { FormState } from '../forms/use-form';
import { useI18n } from '../i18n';
import { uploadFile, type UploadedFile } from './upload-file';

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];

function problemText(problem: ApiProblem, fallback: string): string {
  return 'message' in problem ? problem.message : fallback;
}

export function FileUploadField<V extends Record<string, unknown>>(props: {
  form: FormState<V>;
  name: StringKeys<V>;
  label: string;
  hint?: string;
  required?: boolean;
  organisationId: string;
  /** Called once the bytes are stored, e.g. to read the document's type from the file. */
  onUploaded?: (file: UploadedFile, chosen: File) => void;
}) {
  const { t, formatNumber } = useI18n();
  const { form, name } = props;
  const ids = form.ids(name);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploaded, setUploaded] = useState<UploadedFile | null>(null);
  const [refused, setRefused] = useState<string | undefined>();
  const request = useRef<AbortController | null>(null);
  const message = refused ?? form.error(name);

  const choose = async (chosen: File | undefined) => {
    request.current?.abort();
    setRefused(undefined);
    setUploaded(null);
    form.set(name, '' as V[typeof name]);
    if (!chosen) return;
    const controller = new AbortController();
    request.current = controller;
    setProgress(0);
    const outcome = await uploadFile(chosen, {
      organisationId: props.organisationId,
      onProgress: setProgress,
      signal: controller.signal,
    });
    if (controller.signal.aborted) return;
    setProgress(null);
    if (!outcome.ok) {
      setRefused(problemText(outcome.problem, t('upload.failed')));
      return;
    }
    setUploaded(outcome.file);
    form.set(name, outcome.file.id as V[typeof name]);
    props.onUploaded?.(outcome.file, chosen);
  };

  return (
    <FieldFrame
      ids={ids}
      label={props.label}
      hint={props.hint}
      required={props.required}
      message={message}
    >
      <input
        id={ids.control}
        name={String(name)}
        className="field__input"
        type="file"
        accept="application/pdf,.pdf"
        aria-required={props.required || undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(ids, Boolean(props.hint), Boolean(message))}
        onChange={(event) => void choose(event.target.files?.[0])}
        onBlur={() => form.touch(name)}
      />
      {progress !== null && (
        <div className="upload-progress">
          <progress value={progress} max={1} aria-label={t('upload.progress')} />
          <span aria-live="polite">
            {formatNumber(progress, { style: 'percent', maximumFractionDigits: 0 })}
          </span>
        </div>
      )}
      {uploaded && (
        <p className="field__hint" role="status">
          {t('upload.done', {
            filename: uploaded.filename,
            size: formatNumber(uploaded.size / 1024, { maximumFractionDigits: 0 }),
          })}
        </p>
      )}
    </FieldFrame>
  );
}
