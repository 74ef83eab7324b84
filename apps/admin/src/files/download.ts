// Downloads that need the access token (the processor register's CSV and XLSX): fetched with
// the token, then handed to the browser as a file. Documents need none of this: their
// FileInfo.url is signed for a few minutes and works as a plain link.
import type { ApiProblem } from '../api/api-problem';
import { requestHeaders } from '../api/graphql-client';

export async function downloadWithToken(
  path: string,
  filename: string,
): Promise<{ ok: true } | { ok: false; problem: ApiProblem }> {
  let response: Response;
  try {
    response = await fetch(path, { headers: requestHeaders() });
  } catch {
    return { ok: false, problem: { kind: 'network' } };
  }
  if (!response.ok) return { ok: false, problem: { kind: 'network', status: response.status } };
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the bytes once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true };
}
