// Uploads and downloads over real HTTP, as a browser or script would send them.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '../../apps/api/src/config/app-config';
import { APP_CONFIG } from '../../apps/api/src/config/config.module';
import type { TestApp } from './test-app';

export interface FileInfoJson {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  url: string;
}

export interface UploadResult {
  status: number;
  body: Record<string, unknown>;
}

/** POST /api/files with a multipart body: `file` (and `organisationId` when given). */
export async function upload(
  app: TestApp,
  token: string | undefined,
  bytes: Buffer,
  options: { filename?: string; organisationId?: string; type?: string } = {},
): Promise<UploadResult> {
  const form = new FormData();
  if (options.organisationId) form.append('organisationId', options.organisationId);
  form.append(
    'file',
    new Blob([bytes], { type: options.type ?? 'application/pdf' }),
    options.filename ?? 'document.pdf',
  );
  const res = await fetch(`${app.url}/api/files`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Uploads a PDF that must be accepted; its FileInfo. */
export async function uploadPdf(
  app: TestApp,
  token: string,
  bytes: Buffer,
  options: { filename?: string; organisationId?: string } = {},
): Promise<FileInfoJson> {
  const res = await upload(app, token, bytes, options);
  if (res.status !== 201)
    throw new Error(`upload refused: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as unknown as FileInfoJson;
}

/** GET a file's URL (relative, as FileInfo.url gives it), with or without a token. */
export function download(app: TestApp, url: string, token?: string): Promise<Response> {
  return fetch(`${app.url}${url}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** Every file under the app's file storage, relative paths, incomplete uploads included. */
export async function storedFiles(app: TestApp): Promise<string[]> {
  const root = join(app.running.app.get<AppConfig>(APP_CONFIG).dataDir, 'files');
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
