import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgreementLoaders } from '../agreements/agreement.loaders';
import { ProcessingAgreement } from '../agreements/agreement.types';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../common/request-context';
import { RegisterEntry } from './register-entry.types';
import { RegisterService } from './register.service';

@Resolver(() => RegisterEntry)
export class RegisterResolver {
  constructor(
    private readonly register: RegisterService,
    private readonly agreements: AgreementLoaders,
  ) {}

  @Query(() => [RegisterEntry])
  processorRegister(
    @CurrentViewer() viewer: Viewer,
    @Args('boardId', { type: () => ID }) boardId: string,
  ): Promise<RegisterEntry[]> {
    return this.register.processorRegister(viewer, boardId);
  }

  @ResolveField(() => ProcessingAgreement, { description: 'The agreement this line records.' })
  async agreement(@Parent() entry: RegisterEntry, @Context() ctx: RequestContext) {
    // The entry is the caller's own board's, so the agreement is visible to them.
    return (await this.agreements.agreementById(ctx).load(entry.agreementId))!;
  }
}
