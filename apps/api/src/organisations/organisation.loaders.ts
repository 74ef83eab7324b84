import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { isUuid } from '../common/ids';
import { byKey } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { OrganisationEntity } from './organisation.entity';
import { Organisation } from './organisation.types';

/** Organisations by id, batched per request (profiles are public to the signed-in). */
@Injectable()
export class OrganisationLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  byId(ctx: RequestContext): DataLoader<string, Organisation | null> {
    return ctx.loaders.get(
      'organisation.byId',
      () =>
        new DataLoader(async (ids) => {
          const valid = ids.filter(isUuid);
          const rows = valid.length
            ? await this.dataSource.getRepository(OrganisationEntity).findBy({ id: In(valid) })
            : [];
          return byKey(ids, rows, (r) => r.id, null, Organisation.from);
        }),
    );
  }

  /** Lets a list that has just read organisations spare the loader a query. */
  prime(ctx: RequestContext, organisations: readonly Organisation[]): void {
    const loader = this.byId(ctx);
    for (const o of organisations) loader.prime(o.id, o);
  }
}
