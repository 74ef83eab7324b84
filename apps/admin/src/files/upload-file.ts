// Uploading a document to POST /api/files (RUNTIME.md). XMLHttpRequest rather than fetch:
// only it reports upload progress, which a progress bar needs for a large PDF on a slow line.
// The answer is the stored FileInfo, or the API's refusal (too large, not a PDF) in the
// person's language, as the API words it.
import { requestHeaders } from '../api/graphql-client';
import type { ApiProblem } from '../api/api-problem';

export interface UploadedFile {
  readonly id: string;
  readonly filename: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly url: string;
}

export type UploadOutcome =
  | { readonly ok: true; readonly file: UploadedFile }
  | { readonly ok: false; readonly problem: ApiProblem };

export interface UploadOptions {
  /** The organisation the file belongs to (needed when the person is in several). */
  readonly organisationId: string;
  /** Called with the share sent so far, 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
  readonly url?: string;
}

function refusal(status: number, body: string): ApiProblem {
  let message: string | undefined;
  try {
    const parsed = JSON.parse(body) as { statusMessage?: unknown; message?: unknown };
    const text = parsed.statusMessage ?? parsed.message;
    if (typeof text === 'string') message = text;
  } catch {
    // Not JSON (a proxy's page): the status alone says it.
  }
  if (message === undefined) return { kind: 'network', status };
  if (status === 401) return { kind: 'unauthenticated', message };
  if (status === 403) return { kind: 'forbidden', message };
  return { kind: 'invalidInput', message, fields: { file: message } };
}

export function uploadFile(file: File, options: UploadOptions): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', options.url ?? '/api/files');
    for (const [name, value] of Object.entries(requestHeaders()))
      request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201) {
        options.onProgress?.(1);
        resolve({ ok: true, file: JSON.parse(request.responseText) as UploadedFile });
      } else {
        resolve({ ok: false, problem: refusal(request.status, request.responseText) });
      }
    };
    request.onerror = () => resolve({ ok: false, problem: { kind: 'network' } });
    request.onabort = () => resolve({ ok: false, problem: { kind: 'network' } });
    options.signal?.addEventListener('abort', () => request.abort());
    const body = new FormData();
    // The organisation goes before the file: the API reads the fields as the body streams in.
    body.append('organisationId', options.organisationId);
    body.append('file', file, file.name);
    request.send(body);
  });
}
