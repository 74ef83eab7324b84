import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { localeFromAcceptLanguage } from '@regie/domain';
import { forbidden, unauthenticated } from '../common/errors/app-error';
import type { RequestContext } from '../common/request-context';
import { mayAttempt, ruleFor } from './permissions';
import { ViewerService } from './viewer.service';

/**
 * Every GraphQL operation passes here before its resolver runs. Deny by default: an
 * operation that permissions.ts does not name cannot be reached by anyone. Mutations
 * refuse API tokens. The exact per-organisation check is the service's `authorize`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly viewers: ViewerService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true; // REST endpoints guard themselves
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
}
