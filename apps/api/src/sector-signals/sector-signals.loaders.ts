import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { amsterdamDate, NO_SECTOR_SIGNALS, type SectorSignalCounts } from '@regie/domain';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { isUuid } from '../common/ids';
import type { RequestContext } from '../common/request-context';
import { sectorSignalCounts } from '../data-access/queries/sector-signals.queries';

/** The true counts per product, for every product of a request in one statement. */
@Injectable()
export class SectorSignalLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  counts(ctx: RequestContext): DataLoader<string, SectorSignalCounts> {
    return ctx.loaders.get(
      'sectorSignals.counts',
      () =>
        new DataLoader(async (productIds) => {
          const found = await sectorSignalCounts(
            this.dataSource.manager,
            productIds.filter(isUuid),
            amsterdamDate(),
          );
          return productIds.map((id) => found.get(id) ?? NO_SECTOR_SIGNALS);
        }),
    );
  }
}
