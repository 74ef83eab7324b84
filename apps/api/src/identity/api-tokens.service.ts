// An organisation's API tokens: created and revoked by its ADMIN, read-only in use.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { authorize } from '../auth/permissions';
import { newSecret, sha256 } from '../auth/secrets';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/errors/app-error';
import { DataAccess } from '../data-access';
import { Organisation } from '../organisations/organisation.types';
import { ApiTokenEntity } from './api-token.entity';
import type { CreateApiTokenInput } from './identity.inputs';
import { ApiToken, ApiTokenPayload } from './identity.types';
import { organisationOrNotFound } from './identity-rules';

@Injectable()
export class ApiTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly da: DataAccess,
  ) {}

  async apiTokens(viewer: Viewer, organisationId: string): Promise<ApiToken[]> {
    authorize(viewer, 'apiTokens', organisationId);
    const rows = await this.da
      .visible(viewer, ApiTokenEntity, 't')
      .innerJoinAndSelect('t.organisation', 'o')
      .andWhere('t.organisation_id = :organisationId', { organisationId })
      .orderBy('t.created_at', 'DESC')
      .getMany();
    return rows.map((r) => this.toApiToken(r));
  }

  createApiToken(viewer: Viewer, input: CreateApiTokenInput): Promise<ApiTokenPayload> {
    authorize(viewer, 'createApiToken', input.organisationId);
    return this.dataSource.transaction(async (em) => {
      const organisation = await organisationOrNotFound(em, input.organisationId);
      const token = newSecret('regie_api');
      const row = await this.da.writer(ApiTokenEntity, em).save(
        em.create(ApiTokenEntity, {
          organisationId: organisation.id,
          name: input.name.trim(),
          tokenHash: sha256(token),
          createdById: viewer.userId,
        }),
      );
      row.organisation = organisation;
      await this.audit.record(em, {
        viewer,
        organisationId: organisation.id,
        partyIds: [organisation.id],
        action: 'apiToken.created',
        entityType: 'ApiToken',
        entityId: row.id,
        after: { name: row.name },
      });
      return { token, apiToken: this.toApiToken(row) };
    });
  }

  revokeApiToken(viewer: Viewer, id: string): Promise<ApiToken> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.da.one(viewer, ApiTokenEntity, id, em);
      if (!row) throw notFound();
      authorize(viewer, 'revokeApiToken', row.organisationId);
      if (!row.revokedAt) {
        await this.da
          .writer(ApiTokenEntity, em)
          .update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
        await this.audit.record(em, {
          viewer,
          organisationId: row.organisationId,
          partyIds: [row.organisationId],
          action: 'apiToken.revoked',
          entityType: 'ApiToken',
          entityId: id,
        });
      }
      const revoked = await this.da
        .visible(viewer, ApiTokenEntity, 't', em)
        .innerJoinAndSelect('t.organisation', 'o')
        .andWhere('t.id = :id', { id })
        .getOneOrFail();
      return this.toApiToken(revoked);
    });
  }

  private toApiToken(row: ApiTokenEntity): ApiToken {
    return {
      id: row.id,
      name: row.name,
      organisation: Organisation.from(row.organisation!),
      createdAt: row.createdAt,
      lastUsedAt: row.lastUsedAt,
      revokedAt: row.revokedAt,
    };
  }
}
