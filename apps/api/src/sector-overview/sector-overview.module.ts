import { Module } from '@nestjs/common';
import { ProcurementModule } from '../procurement/procurement.module';
import { SectorOverviewController } from './sector-overview.controller';
import { SectorOverviewResolver } from './sector-overview.resolver';
import { SectorOverviewService } from './sector-overview.service';

/**
 * The sector overview against a published standard (issue #16 item 4): GraphQL's
 * sectorOverview and its CSV/XLSX, for boards, sector bodies, supervisors' inspectors and the
 * platform admin, under the small-count rule.
 */
@Module({
  imports: [ProcurementModule],
  controllers: [SectorOverviewController],
  providers: [SectorOverviewService, SectorOverviewResolver],
})
export class SectorOverviewModule {}
