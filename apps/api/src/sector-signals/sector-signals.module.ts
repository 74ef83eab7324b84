import { Module } from '@nestjs/common';
import { SectorSignalLoaders } from './sector-signals.loaders';
import { ProductSectorSignalsResolver } from './sector-signals.resolver';

/** Product.sectorSignals (issue #16 item 2): what the sector's boards did with a product. */
@Module({
  providers: [SectorSignalLoaders, ProductSectorSignalsResolver],
  exports: [SectorSignalLoaders],
})
export class SectorSignalsModule {}
