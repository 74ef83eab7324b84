import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

/** How long a sign-in lasts before the client must sign in again. */
export const ACCESS_TOKEN_SECONDS = 30 * 60;

interface AccessClaims {
  sub: string;
  typ: 'access';
}

/** Short-lived HS256 access tokens; nothing else (no 'none', no RS*) is accepted. */
@Injectable()
export class AccessTokensService {
  constructor(private readonly jwt: JwtService) {}

  async issue(userId: string): Promise<{ accessToken: string; expiresAt: Date }> {
    const claims: AccessClaims = { sub: userId, typ: 'access' };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      expiresIn: ACCESS_TOKEN_SECONDS,
    });
    return { accessToken, expiresAt: new Date(Date.now() + ACCESS_TOKEN_SECONDS * 1000) };
  }

  /** The user id of a valid access token, or null for anything else. */
  async verify(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
      return claims.typ === 'access' && typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
