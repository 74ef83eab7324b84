import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService, type JwtModuleOptions } from '@nestjs/jwt';

/** How long one access token lasts; a person at work renews it (refreshAccessToken). */
export const ACCESS_TOKEN_SECONDS = 30 * 60;

/** How long renewals may stretch one sign-in: a working day, then sign in again. */
export const SIGN_IN_MAX_SECONDS = 12 * 60 * 60;

/** The one algorithm issued and accepted: no 'none', no RS* or ES* with the secret as a public key, no HS384/512. */
const ALGORITHM = 'HS256';

/**
 * How far a token's `iat` may lie ahead of this clock: another process of the same
 * Regie may run a second or two ahead, nothing legitimate runs a minute ahead.
 */
const CLOCK_SKEW_SECONDS = 60;

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

/**
 * The JWT module's options for access tokens. The key is made once: handed a string,
 * jsonwebtoken first tries (and fails) to read it as a public key on every verify,
 * which cost most of the time of each request's token check (bench/token-verify.ts).
 * Buffer.from(secret) is what jsonwebtoken did with the string, so tokens signed
 * before stay valid.
 */
export function accessTokenJwtOptions(secret: string): JwtModuleOptions {
  return {
    secret: createSecretKey(Buffer.from(secret, 'utf8')),
    signOptions: { algorithm: ALGORITHM },
    verifyOptions: { algorithms: [ALGORITHM] },
  };
}

/**
 * Short-lived HS256 access tokens. A token is accepted only as Regie issues it: HS256,
 * with `iat` and `exp`, lasting no longer than ACCESS_TOKEN_SECONDS, and ending within
 * SIGN_IN_MAX_SECONDS of its sign-in. A token made with the key some other way (a
 * tool, a bug, a leaked key used carelessly) that never expires is refused.
 */
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
    // `iat` is written by the library as `nowSeconds` (the same clock, the same second
    // or the next): `exp` is set from it here so that exp - iat is exactly `seconds`.
    const accessToken = await this.jwt.signAsync(
      { ...claims, iat: nowSeconds, exp: nowSeconds + seconds },
      { algorithm: ALGORITHM },
    );
    return { accessToken, expiresAt: new Date((nowSeconds + seconds) * 1000) };
  }

  /** The user id of a valid access token, or null for anything else. */
  async verify(token: string): Promise<string | null> {
    return (await this.read(token))?.userId ?? null;
  }

  /** What a valid access token says, or null for anything else. */
  async read(token: string): Promise<AccessTokenFacts | null> {
    let claims: Partial<AccessClaims> & { iat?: unknown; exp?: unknown };
    try {
      // Synchronous: the key is at hand, and a promise per request buys nothing.
      claims = this.jwt.verify(token, { algorithms: [ALGORITHM] });
    } catch {
      return null;
    }
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') return null;
    const { iat, exp } = claims;
    // jsonwebtoken checks `exp` only when it is there; Regie requires it.
    if (typeof iat !== 'number' || typeof exp !== 'number') return null;
    if (exp - iat > ACCESS_TOKEN_SECONDS) return null;
    if (iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) return null;
    const signedInAt = claims.auth ?? iat;
    if (typeof signedInAt !== 'number' || signedInAt > iat) return null;
    if (exp > signedInAt + SIGN_IN_MAX_SECONDS) return null;
    return { userId: claims.sub, signedInAt };
  }
}
