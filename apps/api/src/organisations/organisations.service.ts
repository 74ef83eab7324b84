import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OrganisationKind } from '@regie/domain';
import { Repository } from 'typeorm';
import { isUuid } from '../common/ids';
import { decodeCursor, pageSize, toConnection, type Connection } from '../common/pagination';
import { OrganisationEntity } from './organisation.entity';
import { Organisation } from './organisation.types';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity)
    private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  async findById(id: string): Promise<Organisation | null> {
    if (!isUuid(id)) return null;
    const row = await this.organisations.findOneBy({ id });
    return row ? Organisation.from(row) : null;
  }

  /** Public profiles, by name then id (a stable order for the cursor). */
  async list(args: {
    kind?: OrganisationKind | null;
    search?: string | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<Organisation>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, 2);
    const query = this.organisations.createQueryBuilder('o');
    if (args.kind) query.andWhere('o.kind = :kind', { kind: args.kind });
    const search = args.search?.trim();
    if (search)
      query.andWhere('o.name ILIKE :search', { search: `%${search.replace(/[\\%_]/g, '\\$&')}%` });
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('(o.name, o.id) > (:name, :id)', { name: after[0], id: after[1] });
    const rows = await query
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (r) => [r.name, r.id], Organisation.from);
  }
}
