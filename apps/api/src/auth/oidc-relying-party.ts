// Regie as an OpenID Connect relying party (SURFconext, Entree Federatie): passport
// with openid-client's strategy, which does discovery, the code exchange and the ID
// token's checks. Every sign-in carries PKCE, a `state` and a `nonce`; the strategy
// keeps them in `req.session`, and a signed, HttpOnly, ten-minute cookie
// (cookie-session) is that session, so that any process can take the callback. A
// state is good for one callback: the cookie is cleared when it is used, and the
// state is written to `sso_used_state`, so that a copy of the cookie is refused too.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import cookieSession from 'cookie-session';
import type { NextFunction, Request, Response } from 'express';
import type { AuthenticateOptions } from 'openid-client/passport' with {
  'resolution-mode': 'import',
};
import { Passport } from 'passport';
import { DataSource } from 'typeorm';
import type { AppConfig, OidcConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SIGNING_SECRET, sha256 } from './secrets';

const STRATEGY = 'oidc';
/** Where the strategy keeps its state (code verifier, state, nonce) in the session. */
const STRATEGY_KEY = 'oidc';
const STATE_COOKIE = 'regie_sso';
const STATE_MINUTES = 10;
/**
 * How long a used state is remembered: the cookie's validity, doubled so that clocks of
 * different processes (which write `startedAt`) and of the database may disagree a little.
 */
const USED_STATE_MINUTES = 2 * STATE_MINUTES;

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
  /**
   * When the round trip began (epoch milliseconds). The cookie's own expiry binds only
   * the browser; this binds a copy of its value.
   */
  startedAt?: number;
  [STRATEGY_KEY]?: { code_verifier?: string; state?: string; nonce?: string };
}

type SessionRequest = Request & { session?: SsoSession | null };

@Injectable()
export class OidcRelyingParty {
  private readonly logger = new Logger(OidcRelyingParty.name);
  private passport?: Promise<InstanceType<typeof Passport>>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SIGNING_SECRET) private readonly secret: string,
  ) {}

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
    const session = (req as SessionRequest).session!;
    session.returnTo = returnTo;
    session.startedAt = Date.now();
    await new Promise<void>((resolve, reject) => {
      // On success the strategy redirects and calls nothing back.
      res.once('finish', resolve);
      passport.authenticate(STRATEGY, this.options(req))(req, res, reject as NextFunction);
    });
  }

  /**
   * Completes the round trip: checks that this browser started it, in the last ten
   * minutes, and that its state has not been used before; then exchanges the code
   * (checking state, nonce and PKCE) and reads who signed in. Null when the provider or
   * the browser's state says no. The cookie is cleared whatever the outcome.
   */
  async finish(
    req: Request,
    res: Response,
  ): Promise<{ identity: OidcIdentity | null; returnTo: string | undefined }> {
    const passport = await this.ready();
    await this.useSession(req, res);
    const session = (req as SessionRequest).session;
    const returnTo = session?.returnTo;
    try {
      const refusal = await this.spend(session);
      if (refusal) {
        this.logger.warn(`single sign-on refused: ${refusal}`);
        return { identity: null, returnTo };
      }
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
      return { identity, returnTo };
    } finally {
      (req as SessionRequest).session = null; // the state is spent: clear the cookie
    }
  }

  /**
   * Uses up the round trip's state, before the code is exchanged: why not, or null when
   * this is its first callback. The provider's check of the code does not stand in for
   * this: the same authorization request sent to it again gives a new code for the
   * same state, which a copy of the cookie would otherwise accept.
   */
  private async spend(session: SsoSession | null | undefined): Promise<string | null> {
    const state = session?.[STRATEGY_KEY]?.state;
    const startedAt = session?.startedAt;
    if (!state || typeof startedAt !== 'number') return 'no sign-on state in this browser';
    const age = Date.now() - startedAt;
    if (age > STATE_MINUTES * 60_000 || age < -60_000) return 'the sign-on state has expired';
    await this.dataSource.query(
      `DELETE FROM sso_used_state WHERE used_at < now() - make_interval(mins => $1)`,
      [USED_STATE_MINUTES],
    );
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO sso_used_state (state_hash) VALUES ($1)
       ON CONFLICT (state_hash) DO NOTHING RETURNING state_hash`,
      [sha256(state)],
    );
    return inserted.length === 1 ? null : 'the sign-on state was used before';
  }

  private options(req: Request): AuthenticateOptions {
    const base = this.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    return { session: false, callbackURL: `${base}/auth/oidc/callback` };
  }

  private async useSession(req: Request, res: Response): Promise<void> {
    const middleware = cookieSession({
      name: STATE_COOKIE,
      keys: [this.secret],
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
  /**
   * openid-client's strategy sends `state` only to a provider without PKCE, and `nonce`
   * only when the ID token comes from the authorization endpoint. Regie sends both
   * always: state binds the callback to this browser's round trip, nonce binds the ID
   * token to it. The strategy keeps what the request carries and checks both on the
   * callback.
   */
  class RoundTripStrategy extends Strategy {
    override authorizationRequestParams<TOptions extends AuthenticateOptions>(
      req: Request,
      options: TOptions,
    ): URLSearchParams {
      const params = new URLSearchParams(super.authorizationRequestParams(req, options));
      params.set('state', client.randomState());
      params.set('nonce', client.randomNonce());
      return params;
    }
  }
  const passport = new Passport();
  passport.use(
    STRATEGY,
    new RoundTripStrategy(
      {
        config: configuration,
        scope: 'openid email profile',
        name: STRATEGY,
        sessionKey: STRATEGY_KEY,
      },
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
