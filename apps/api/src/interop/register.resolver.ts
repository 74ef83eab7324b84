import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { RegisterEntry } from './register-entry.types';
import { RegisterService } from './register.service';

// INTEGRATION POINT for RegisterEntry.agreement, once the agreements module exports
// its GraphQL type `ProcessingAgreement` (agreements/agreement.types.ts) and a
// per-request loader: add to this resolver
//
//   @ResolveField(() => ProcessingAgreement)
//   async agreement(@Parent() entry: RegisterEntry, @Context() ctx: RequestContext) {
//     return (await this.agreementLoaders.byId(ctx).load(entry.agreementId))!;
//   }
//
// (the entry is already visible to the caller, so the loader needs no further check),
// and import the agreements module in InteropModule.
@Resolver(() => RegisterEntry)
export class RegisterResolver {
  constructor(private readonly register: RegisterService) {}

  @Query(() => [RegisterEntry])
  processorRegister(
    @CurrentViewer() viewer: Viewer,
    @Args('boardId', { type: () => ID }) boardId: string,
  ): Promise<RegisterEntry[]> {
    return this.register.processorRegister(viewer, boardId);
  }
}
