// What a REST endpoint is, in the permission table's terms. The auth guard refuses
// every endpoint that does not name its operation (deny by default, as for GraphQL),
// authenticates the caller and checks the operation's rule before the handler runs;
// the handler reads the caller with `RouteViewer`.
import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Operation } from '@regie/domain';
import type { Request } from 'express';
import type { Viewer } from './viewer';

export const ROUTE_OPERATION = 'regie:routeOperation';

export interface RouteOperationOptions {
  /**
   * A signed URL (FileInfo.url: file, person, expiry, HMAC) also names the caller,
   * so that a browser can follow a plain link.
   */
  readonly signedUrl?: boolean;
}

export interface RouteOperationMetadata extends RouteOperationOptions {
  readonly operation: Operation;
}

export const RouteOperation = (operation: Operation, options: RouteOperationOptions = {}) =>
  SetMetadata(ROUTE_OPERATION, { operation, ...options } satisfies RouteOperationMetadata);

/** Where the guard leaves the caller of a REST request. */
export interface GuardedRequest extends Request {
  viewer?: Viewer | null;
}

/** The caller of a REST endpoint, as the auth guard resolved it (null when anonymous). */
export const RouteViewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): Viewer | null =>
    context.switchToHttp().getRequest<GuardedRequest>().viewer ?? null,
);

/**
 * Verifies a signed URL's signature for one path parameter (the file id), giving the
 * person it was handed to. The files module provides it; the guard asks for it only
 * on routes that accept signed URLs.
 */
export abstract class SignedUrlVerifier {
  abstract verify(id: string, query: Record<string, unknown>): string | null;
}
