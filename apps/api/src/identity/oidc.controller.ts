// The browser's side of single sign-on. The admin app learns the outcome from where
// it is sent back to: the access token in the fragment of /sign-in/complete (a
// fragment never reaches a server log), or /sign-in?error=<why>.
import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OidcRelyingParty } from '../auth/oidc-relying-party';
import { notFound } from '../common/errors/app-error';
import { SsoSignInService } from './sso-sign-in.service';
import { RouteOperation } from '../auth/route-operation.decorator';

/** Only a path of this site: never another origin (an open redirect). */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/';
}

@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger(OidcController.name);

  constructor(
    private readonly relyingParty: OidcRelyingParty,
    private readonly sso: SsoSignInService,
  ) {}

  /** Whether the sign-in page shows the single sign-on button, and its name. */
  @Get('status')
  @RouteOperation('oidcStatus')
  status() {
    return { enabled: this.relyingParty.enabled, name: this.relyingParty.displayName ?? null };
  }

  @Get('login')
  @RouteOperation('oidcLogin')
  async login(@Req() req: Request, @Res() res: Response, @Query('returnTo') returnTo: unknown) {
    if (!this.relyingParty.enabled) throw notFound();
    try {
      await this.relyingParty.start(req, res, safeReturnTo(returnTo));
    } catch (error) {
      this.fail(res, error);
    }
  }

  @Get('callback')
  @RouteOperation('oidcCallback')
  async callback(@Req() req: Request, @Res() res: Response) {
    if (!this.relyingParty.enabled) throw notFound();
    try {
      const { identity, returnTo } = await this.relyingParty.finish(req, res);
      if (!identity) return res.redirect(302, '/sign-in?error=sso_failed');
      const result = await this.sso.signIn(identity);
      if (!result.ok) return res.redirect(302, `/sign-in?error=${result.refusal}`);
      const fragment = new URLSearchParams({
        accessToken: result.auth.accessToken,
        expiresAt: result.auth.expiresAt.toISOString(),
        returnTo: safeReturnTo(returnTo),
      });
      return res.redirect(302, `/sign-in/complete#${fragment}`);
    } catch (error) {
      return this.fail(res, error);
    }
  }

  private fail(res: Response, error: unknown) {
    this.logger.error(
      `single sign-on failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (!res.headersSent) res.redirect(302, '/sign-in?error=sso_failed');
  }
}
