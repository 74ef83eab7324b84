// Regie as an OpenID Connect relying party (SURFconext, Entree Federatie): passport
// with openid-client's strategy, which does discovery, PKCE, state and nonce. The
// strategy keeps its per-sign-in state in `req.session`; a signed, HttpOnly,
// ten-minute cookie (cookie-session) is that session, so no server-side store is
// needed and any process can take the callback.
import { Inject, Injectable, Logger } from '@nestjs/common';
import cookieSession from 'cookie-session';
import type { NextFunction, Request, Response } from 'express';
import type { AuthenticateOptions } from 'openid-client/passport' with {
  'resolution-mode': 'import',
};
import { Passport } from 'passport';
import type { AppConfig, OidcConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { jwtSigningSecret } from './secrets';

const STRATEGY = 'oidc';
const STATE_COOKIE = 'regie_sso';
const STATE_MINUTES = 10;

/** What the provider says about the person signing in. */
export interface OidcIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly email: string | undefined;
  readonly emailVerified: boolean;
  readonly name: string | undefined;
}

/** The state kept across the round trip to the provider. */
interface SsoSession {
  returnTo?: string;
  [strategyState: string]: unknown;
}

type SessionRequest = Request & { session?: SsoSession | null };

@Injectable()
export class OidcRelyingParty {
  private readonly logger = new Logger(OidcRelyingParty.name);
  private passport?: Promise<InstanceType<typeof Passport>>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.oidc !== undefined;
  }

  get displayName(): string | undefined {
    return this.config.oidc?.displayName;
  }

  /** Sends the browser to the provider; `returnTo` is where the admin goes afterwards. */
  async start(req: Request, res: Response, returnTo: string): Promise<void> {
    const passport = await this.ready();
    await this.useSession(req, res);
    (req as SessionRequest).session!.returnTo = returnTo;
    await new Promise<void>((resolve, reject) => {
      // On success the strategy redirects and calls nothing back.
      res.once('finish', resolve);
      passport.authenticate(STRATEGY, this.options(req))(req, res, reject as NextFunction);
    });
  }

  /**
   * Completes the round trip: exchanges the code (checking state, nonce and PKCE)
   * and reads who signed in. Null when the provider or the browser's state says no.
   */
  async finish(
    req: Request,
    res: Response,
  ): Promise<{ identity: OidcIdentity | null; returnTo: string | undefined }> {
    const passport = await this.ready();
    await this.useSession(req, res);
    const session = (req as SessionRequest).session;
    const returnTo = session?.returnTo;
    const identity = await new Promise<OidcIdentity | null>((resolve, reject) => {
      passport.authenticate(
        STRATEGY,
        this.options(req),
        (error: unknown, user: OidcIdentity | false, info: unknown) => {
          if (error) reject(error);
          else {
            if (!user) this.logger.warn(`single sign-on refused: ${JSON.stringify(info)}`);
            resolve(user || null);
          }
        },
      )(req, res, reject as NextFunction);
    });
    (req as SessionRequest).session = null; // the state is spent: clear the cookie
    return { identity, returnTo };
  }

  private options(req: Request): AuthenticateOptions {
    const base = this.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    return { session: false, callbackURL: `${base}/auth/oidc/callback` };
  }

  private async useSession(req: Request, res: Response): Promise<void> {
    const secret = await jwtSigningSecret(this.config.jwtSecret, this.config.dataDir);
    const middleware = cookieSession({
      name: STATE_COOKIE,
      keys: [secret],
      path: '/auth/oidc',
      httpOnly: true,
      // The provider sends the browser back with a top-level GET: Lax still sends it.
      sameSite: 'lax',
      secure: req.secure,
      maxAge: STATE_MINUTES * 60 * 1000,
    });
    await new Promise<void>((resolve, reject) =>
      middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
    );
  }

  /** Discovery happens on first use, and again after a failure (the provider was down). */
  private ready(): Promise<InstanceType<typeof Passport>> {
    const oidc = this.config.oidc;
    if (!oidc) return Promise.reject(new Error('single sign-on is not configured'));
    this.passport ??= discover(oidc).catch((error: unknown) => {
      this.passport = undefined;
      throw error;
    });
    return this.passport;
  }
}

async function discover(oidc: OidcConfig): Promise<InstanceType<typeof Passport>> {
  // openid-client is an ES module; this file is compiled to CommonJS.
  const client = await import('openid-client');
  const { Strategy } = await import('openid-client/passport');
  const configuration = await client.discovery(
    oidc.issuer,
    oidc.clientId,
    oidc.clientSecret,
    undefined,
    // app-config allows http only for a provider on this machine (tests, development).
    oidc.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
  );
  const passport = new Passport();
  passport.use(
    STRATEGY,
    new Strategy(
      { config: configuration, scope: 'openid email profile', name: STRATEGY, sessionKey: 'oidc' },
      (tokens, verified) => {
        const claims = tokens.claims();
        if (!claims) return verified(new Error('the provider sent no ID token'));
        const fromToken = {
          email: claims.email,
          email_verified: claims.email_verified,
          name: claims.name,
        };
        // Many providers put e-mail and name only in the userinfo response.
        const userinfo =
          typeof fromToken.email === 'string'
            ? Promise.resolve(fromToken)
            : client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
        userinfo.then(
          (info) =>
            verified(null, {
              issuer: claims.iss,
              subject: claims.sub,
              email: typeof info.email === 'string' ? info.email : undefined,
              emailVerified: info.email_verified === true,
              name: typeof info.name === 'string' ? info.name : undefined,
            } satisfies OidcIdentity),
          (error: unknown) => verified(error),
        );
      },
    ),
  );
  return passport;
}
