// Short-lived signed URLs, so that a browser can fetch a file with a plain link (an
// <a href> sends no Authorization header). The signature names the file, the person
// and the expiry; it proves who asked, not that they may read: that is checked again
// on every fetch, so a revoked grant closes the URLs already handed out at once.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SignedUrlVerifier } from '../auth/route-operation.decorator';
import type { Viewer } from '../auth/viewer';
import { isUuid } from '../common/ids';

/** How long a signed URL works. */
export const SIGNED_URL_SECONDS = 10 * 60;

export interface SignedUrlQuery {
  readonly user?: unknown;
  readonly expires?: unknown;
  readonly signature?: unknown;
}

export class FileUrls implements SignedUrlVerifier {
  constructor(private readonly key: Buffer) {}

  /** The URL of FileInfo.url: signed for a person, bare for an API token (it sends its header). */
  urlFor(fileId: string, viewer: Viewer | null, now: number = Date.now()): string {
    const path = `/api/files/${fileId}`;
    if (!viewer?.userId) return path;
    const expires = Math.floor(now / 1000) + SIGNED_URL_SECONDS;
    const signature = this.sign(fileId, viewer.userId, expires);
    return `${path}?user=${viewer.userId}&expires=${expires}&signature=${signature}`;
  }

  /** The person a signed URL was handed to, or null when it is forged, altered or expired. */
  verify(fileId: string, query: SignedUrlQuery, now: number = Date.now()): string | null {
    const { user, expires, signature } = query;
    if (typeof user !== 'string' || typeof expires !== 'string' || typeof signature !== 'string')
      return null;
    if (!isUuid(user) || !/^\d{1,12}$/.test(expires)) return null;
    if (Number(expires) * 1000 <= now) return null;
    const expected = Buffer.from(this.sign(fileId, user, Number(expires)));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? user : null;
  }

  private sign(fileId: string, userId: string, expires: number): string {
    return createHmac('sha256', this.key)
      .update(`${fileId.toLowerCase()}\n${userId.toLowerCase()}\n${expires}`)
      .digest('base64url');
  }
}

/** The URL-signing key, kept apart from the JWT key it is derived from. */
export function fileUrlKey(jwtSecret: string): Buffer {
  return createHmac('sha256', jwtSecret).update('regie:file-urls').digest();
}
