import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Sector } from '@regie/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { SectorOverviewService } from './sector-overview.service';
import { SectorOverview } from './sector-overview.types';

@Resolver(() => SectorOverview)
export class SectorOverviewResolver {
  constructor(private readonly service: SectorOverviewService) {}

  @Query(() => SectorOverview, {
    nullable: true,
    description:
      'Null for a standard the caller cannot see or that is not published; BAD_USER_INPUT for a sector with fewer than 10 boards.',
  })
  async sectorOverview(
    @CurrentViewer() viewer: Viewer,
    @Args('standardId', { type: () => ID }) standardId: string,
    @Args('sector', { type: () => Sector, nullable: true }) sector: Sector | null,
  ): Promise<SectorOverview | null> {
    return (await this.service.overview(viewer, standardId, sector ?? null))?.overview ?? null;
  }
}
