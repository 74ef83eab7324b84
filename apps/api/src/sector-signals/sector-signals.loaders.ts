// The counts behind Product.sectorSignals walk every agreement a product ever had (20,000 on a
// product every board uses), so a process keeps them per product for
// REGIE_SECTOR_SIGNALS_REFRESH_SECONDS: a request reads kept counts without a statement, an
// older entry is still answered (its generatedAt says when it was made) while they are counted
// again in the background, and the products a request lacks are counted at once, all in one
// statement. A review published or withdrawn here is counted again on the next read (forget);
// another process sees it when its own entry ages. 0 counts on every request (tests).
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { amsterdamDate, NO_SECTOR_SIGNALS, type SectorSignalCounts } from '@regie/domain';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { isUuid } from '../common/ids';
import type { RequestContext } from '../common/request-context';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { sectorSignalCounts } from '../data-access/queries/sector-signals.queries';

/** A product's true counts and when they were made. */
export interface KeptSignals {
  counts: SectorSignalCounts;
  generatedAt: Date;
}

/** Products whose counts a process keeps: far more than the sector's catalogue in use. */
const KEPT_PRODUCTS = 20_000;

@Injectable()
export class SectorSignalLoaders {
  private readonly logger = new Logger(SectorSignalLoaders.name);
  private readonly kept: LRUCache<string, KeptSignals> | null;
  /** Products being counted again in the background. */
  private readonly refreshing = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const seconds = config.sectorSignalsRefreshSeconds;
    this.kept =
      seconds === 0
        ? null
        : new LRUCache({
            max: KEPT_PRODUCTS,
            ttl: seconds * 1000,
            allowStale: true,
            noDeleteOnStaleGet: true,
          });
  }

  /** The true counts per product: kept ones without a statement, the rest in one. */
  counts(ctx: RequestContext): DataLoader<string, KeptSignals> {
    return ctx.loaders.get(
      'sectorSignals.counts',
      () =>
        new DataLoader(async (keys) => {
          const productIds = keys.filter(isUuid);
          const missing: string[] = [];
          const stale: string[] = [];
          for (const id of productIds) {
            const status: LRUCache.Status<string, KeptSignals> = {};
            if (!this.kept?.get(id, { status })) missing.push(id);
            else if (status.get === 'stale' && !this.refreshing.has(id)) stale.push(id);
          }
          const counted = missing.length ? await this.count(missing) : new Map();
          if (stale.length) {
            for (const id of stale) this.refreshing.add(id);
            this.count(stale)
              .catch((error: unknown) =>
                this.logger.error(`sector signals refresh failed: ${String(error)}`),
              )
              .finally(() => stale.forEach((id) => this.refreshing.delete(id)));
          }
          const now = new Date();
          return keys.map(
            (id) =>
              counted.get(id) ??
              this.kept?.get(id) ?? { counts: NO_SECTOR_SIGNALS, generatedAt: now },
          );
        }),
    );
  }

  /** Counts these products again at the next read in this process (a review changed). */
  forget(productId: string): void {
    this.kept?.delete(productId);
  }

  private async count(productIds: string[]): Promise<Map<string, KeptSignals>> {
    const generatedAt = new Date();
    const found = await sectorSignalCounts(this.dataSource.manager, productIds, amsterdamDate());
    const counted = new Map<string, KeptSignals>();
    for (const id of productIds) {
      const kept = { counts: found.get(id) ?? NO_SECTOR_SIGNALS, generatedAt };
      counted.set(id, kept);
      this.kept?.set(id, kept);
    }
    return counted;
  }
}
