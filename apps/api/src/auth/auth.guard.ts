import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { localeFromAcceptLanguage } from '@regie/domain';
import { forbidden, notFound, unauthenticated } from '../common/errors/app-error';
import type { RequestContext } from '../common/request-context';
import { mayAttempt, ruleFor } from './permissions';
import {
  ROUTE_OPERATION,
  SignedUrlVerifier,
  type GuardedRequest,
  type RouteOperationMetadata,
} from './route-operation.decorator';
import type { Viewer } from './viewer';
import { ViewerService } from './viewer.service';

/**
 * Every GraphQL operation and every REST endpoint passes here before its handler runs.
 * Deny by default: an operation that permissions.ts does not name cannot be reached by
 * anyone. Mutations (and REST requests that change something) refuse API tokens. The
 * exact per-organisation check is the service's `authorize`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly viewers: ViewerService,
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() === 'http') return this.canActivateRoute(context);
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<{ fieldName: string; parentType: { name: string } }>();
    const ctx = gql.getContext<RequestContext>();
    const { viewer, invalid } = await this.viewers.authenticate(ctx.req);
    ctx.viewer = viewer;
    if (viewer && !ctx.req.headers['accept-language']) ctx.locale = viewer.locale;
    else ctx.locale = localeFromAcceptLanguage(ctx.req.headers['accept-language']);

    const rule = ruleFor(info.fieldName);
    if (!rule || (info.parentType.name !== 'Query' && info.parentType.name !== 'Mutation'))
      throw forbidden();
    // A token that is present but not valid is an error even where none is needed:
    // the client should learn that its sign-in has ended. Signing in again is the exception.
    if (invalid && info.fieldName !== 'login' && info.fieldName !== 'acceptInvitation')
      throw unauthenticated();
    if (rule.access !== 'public' && !viewer) throw unauthenticated();
    if (info.parentType.name === 'Mutation' && viewer?.kind === 'apiToken') throw forbidden();
    if (!mayAttempt(viewer, rule)) throw forbidden();
    return true;
  }

  /** A REST endpoint: the same table, the same refusals, as `{ status, statusMessage }`. */
  private async canActivateRoute(context: ExecutionContext): Promise<boolean> {
    const route = this.reflector.get<RouteOperationMetadata | undefined>(
      ROUTE_OPERATION,
      context.getHandler(),
    );
    const rule = route ? ruleFor(route.operation) : undefined;
    if (!route || !rule) throw notFound();
    const req = context.switchToHttp().getRequest<GuardedRequest>();
    let viewer: Viewer | null = null;
    const signature = route.signedUrl ? this.signedUrlUser(req) : undefined;
    if (signature !== undefined) {
      // A signed URL names its person; forged, altered or expired, it names no one.
      viewer = signature ? await this.viewers.forUser(signature) : null;
      if (!viewer) throw unauthenticated();
    } else {
      const authentication = await this.viewers.authenticate(req);
      if (authentication.invalid) throw unauthenticated();
      viewer = authentication.viewer;
    }
    req.viewer = viewer;
    if (rule.access !== 'public' && !viewer) throw unauthenticated();
    if (req.method !== 'GET' && req.method !== 'HEAD' && viewer?.kind === 'apiToken')
      throw forbidden();
    if (!mayAttempt(viewer, rule)) throw forbidden();
    return true;
  }

  /** The person a signed URL on this request names, null when it is not valid, undefined without one. */
  private signedUrlUser(req: GuardedRequest): string | null | undefined {
    const query = req.query as Record<string, unknown>;
    if (query.signature === undefined) return undefined;
    const verifier = this.moduleRef.get(SignedUrlVerifier, { strict: false });
    return verifier.verify(String(req.params.id ?? ''), query);
  }
}
