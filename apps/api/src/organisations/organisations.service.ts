import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { OrganisationKind } from '@regie/domain';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { paginate, type Connection } from '../common/pagination';
import { OrganisationEntity } from './organisation.entity';
import { Organisation } from './organisation.types';
import type { CreateOrganisationInput, UpdateOrganisationInput } from '../identity/identity.inputs';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity)
    private readonly organisations: Repository<OrganisationEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Platform admins create organisations; identifiers are checked by the input's rules. */
  create(viewer: Viewer, input: CreateOrganisationInput): Promise<Organisation> {
    const kind = input.kind;
    if (kind === OrganisationKind.BOARD && !input.boardNumber) {
      throw invalidField('input.boardNumber', 'field.boardNumberRequired');
    }
    if (kind !== OrganisationKind.BOARD && input.boardNumber) {
      throw invalidField('input.boardNumber', 'field.onlyForKind', {
        kind: OrganisationKind.BOARD,
      });
    }
    return this.dataSource.transaction(async (em) => {
      await this.refuseTaken(em, 'boardNumber', input.boardNumber);
      await this.refuseTaken(em, 'oin', input.oin);
      const row = await em.save(
        em.create(OrganisationEntity, {
          kind,
          name: input.name.trim(),
          boardNumber: input.boardNumber ?? null,
          kvkNumber: input.kvkNumber ?? null,
          oin: input.oin ?? null,
          country: input.country ?? 'NL',
          sectors: [...new Set(input.sectors ?? [])],
          studentCount: input.studentCount ?? null,
          website: input.website ?? null,
        }),
      );
      const after = Organisation.from(row);
      await this.audit.record(em, {
        viewer,
        organisationId: viewer.memberships[0]?.organisationId ?? null,
        partyIds: [row.id],
        action: 'organisation.created',
        entityType: 'Organisation',
        entityId: row.id,
        after,
      });
      return after;
    });
  }

  update(viewer: Viewer, id: string, input: UpdateOrganisationInput): Promise<Organisation> {
    authorize(viewer, 'updateOrganisation', id);
    return this.dataSource.transaction(async (em) => {
      const row = isUuid(id)
        ? await em.findOne(OrganisationEntity, {
            where: { id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!row) throw notFound();
      const before = Organisation.from(row);
      if (input.name != null) row.name = input.name.trim();
      if (input.studentCount !== undefined) row.studentCount = input.studentCount;
      if (input.sectors != null) row.sectors = [...new Set(input.sectors)];
      if (input.website !== undefined) row.website = input.website;
      await em.save(row);
      const after = Organisation.from(row);
      await this.audit.record(em, {
        viewer,
        organisationId: id,
        partyIds: [id],
        action: 'organisation.updated',
        entityType: 'Organisation',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  private async refuseTaken(
    em: EntityManager,
    field: 'boardNumber' | 'oin',
    value: string | null | undefined,
  ) {
    if (value && (await em.existsBy(OrganisationEntity, { [field]: value }))) {
      throw invalidField(`input.${field}`, 'field.taken');
    }
  }

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
    const query = this.organisations.createQueryBuilder('o');
    if (args.kind) query.andWhere('o.kind = :kind', { kind: args.kind });
    const search = args.search?.trim();
    if (search)
      query.andWhere('o.name ILIKE :search', { search: `%${search.replace(/[\\%_]/g, '\\$&')}%` });
    return paginate(query, {
      first: args.first,
      after: args.after,
      order: 'ASC',
      keys: [
        { sql: 'o.name', type: 'text', of: (r) => r.name },
        { sql: 'o.id', type: 'uuid', of: (r) => r.id },
      ],
      node: Organisation.from,
    });
  }
}
