import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { CreateOrganisationInput, UpdateOrganisationInput } from '../identity/identity.inputs';
import { OrganisationKind } from '@regie/domain';
import { Organisation, OrganisationConnection } from './organisation.types';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => Organisation, {
    nullable: true,
    description: 'A public profile; null when there is none.',
  })
  organisation(@Args('id', { type: () => ID }) id: string): Promise<Organisation | null> {
    return this.service.findById(id);
  }

  @Query(() => OrganisationConnection, {
    description: 'Public profiles of every kind (name, identifiers, sectors).',
  })
  organisations(
    @Args('kind', { type: () => OrganisationKind, nullable: true }) kind: OrganisationKind | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list({ kind, search, first, after });
  }

  @Mutation(() => Organisation, { description: 'Creates an organisation (platform admins).' })
  createOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateOrganisationInput,
  ) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Organisation, {
    description: "Changes an organisation's profile (its ADMIN or a platform admin).",
  })
  updateOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganisationInput,
  ) {
    return this.service.update(viewer, id, input);
  }
}
