import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

/** How long one access token lasts; a person at work renews it (refreshAccessToken). */
export const ACCESS_TOKEN_SECONDS = 30 * 60;

/** How long renewals may stretch one sign-in: a working day, then sign in again. */
export const SIGN_IN_MAX_SECONDS = 12 * 60 * 60;

interface AccessClaims {
  sub: string;
  typ: 'access';
  /** When the person signed in (seconds since the epoch): renewals keep it. */
  auth?: number;
}

export interface AccessTokenFacts {
  readonly userId: string;
  /** Seconds since the epoch; a token without it counts from its own issue. */
  readonly signedInAt: number;
}

/** Short-lived HS256 access tokens; nothing else (no 'none', no RS*) is accepted. */
@Injectable()
export class AccessTokensService {
  constructor(private readonly jwt: JwtService) {}

  /**
   * A token for `userId`. `signedInAt` (seconds) carries a renewed sign-in's start; the token
   * never outlives SIGN_IN_MAX_SECONDS from it.
   */
  async issue(
    userId: string,
    signedInAt = Math.floor(Date.now() / 1000),
  ): Promise<{ accessToken: string; expiresAt: Date }> {
    const claims: AccessClaims = { sub: userId, typ: 'access', auth: signedInAt };
    const nowSeconds = Math.floor(Date.now() / 1000);
    const seconds = Math.min(ACCESS_TOKEN_SECONDS, signedInAt + SIGN_IN_MAX_SECONDS - nowSeconds);
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      expiresIn: seconds,
    });
    return { accessToken, expiresAt: new Date((nowSeconds + seconds) * 1000) };
  }

  /** The user id of a valid access token, or null for anything else. */
  async verify(token: string): Promise<string | null> {
    return (await this.read(token))?.userId ?? null;
  }

  /** What a valid access token says, or null for anything else. */
  async read(token: string): Promise<AccessTokenFacts | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims & { iat?: number }>(token, {
        algorithms: ['HS256'],
      });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string') return null;
      const signedInAt = typeof claims.auth === 'number' ? claims.auth : (claims.iat ?? 0);
      return { userId: claims.sub, signedInAt };
    } catch {
      return null;
    }
  }
}
