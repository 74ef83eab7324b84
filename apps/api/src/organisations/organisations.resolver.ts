import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
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
}
