import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessRequestStatus,
  amsterdamDate,
  validUntilRange,
  VerificationStatus,
  Visibility,
} from '@regie/domain';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { authorize, may } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { conflict, forbidden, invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { paginate, type Connection } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import { DataAccess } from '../data-access';
import { FileAccessRegistry, type FileReadPermit } from '../files/file-access';
import { FilesService } from '../files/files.service';
import { ProductEntity } from '../products/product.entity';
import { audienceOf, documentAccess, type DocumentAccess } from './attestation-audience';
import { AttestationAccessRequestEntity } from './attestation-access-request.entity';
import { AttestationProductEntity } from './attestation-product.entity';
import { AttestationEntity } from './attestation.entity';
import type {
  AttestationFilter,
  CreateAttestationInput,
  DecideAttestationAccessInput,
  RequestAttestationAccessInput,
  UpdateAttestationInput,
  VerifyAttestationInput,
} from './attestation.inputs';
import { AttestationLoaders } from './attestation.loaders';
import { Attestation, AttestationAccessRequest } from './attestation.types';

/** What links a document to an attestation in the files module's registry. */
export const ATTESTATION_FILE_LINK = 'attestation';
/** The most products one attestation names. */
const MAX_PRODUCTS = 100;

@Injectable()
export class AttestationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
    private readonly loaders: AttestationLoaders,
    private readonly audit: AuditService,
    private readonly files: FilesService,
    private readonly fileAccess: FileAccessRegistry,
  ) {}

  onModuleInit(): void {
    this.fileAccess.register(ATTESTATION_FILE_LINK, {
      mayRead: (viewer, link) => this.documentPermit(viewer, link.id),
    });
  }

  // ------------------------------------------------------------------ queries

  async findVisible(viewer: Viewer, id: string): Promise<Attestation | null> {
    if (!isUuid(id)) return null;
    const row = await this.da
      .visible(viewer, AttestationEntity, 'a')
      .andWhere('a.id = :id', { id: id.toLowerCase() })
      .getOne();
    return row ? Attestation.from(row, amsterdamDate()) : null;
  }

  /** The attestations the viewer sees, soonest validUntil first. */
  async list(
    viewer: Viewer,
    filter: AttestationFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Attestation>> {
    const today = amsterdamDate();
    const query = this.da.visible(viewer, AttestationEntity, 'a');
    if (filter?.vendorId) {
      if (!isUuid(filter.vendorId)) return emptyConnection();
      query.andWhere('a.vendor_id = :vendorId', { vendorId: filter.vendorId.toLowerCase() });
    }
    if (filter?.type) query.andWhere('a.type = :type', { type: filter.type });
    if (filter?.verification)
      query.andWhere('a.verification = :verification', { verification: filter.verification });
    if (filter?.renewed != null) {
      // Renewed by one the viewer sees, as Attestation.supersededBy shows it.
      const renewals = this.da
        .visible(viewer, AttestationEntity, 'r')
        .select('1')
        .andWhere('r.supersedes_id = a.id');
      query.andWhere(
        `${filter.renewed ? '' : 'NOT '}EXISTS (${renewals.getQuery()})`,
        renewals.getParameters(),
      );
    }
    if (filter?.validity) {
      const { from, to } = validUntilRange(filter.validity, today);
      if (from) query.andWhere('a.valid_until >= :from', { from });
      if (to) query.andWhere('a.valid_until <= :to', { to });
    }
    return paginate(query, {
      first,
      after,
      order: 'ASC',
      keys: [
        { sql: 'a.valid_until', type: 'date', of: (r) => r.validUntil },
        { sql: 'a.id', type: 'uuid', of: (r) => r.id },
      ],
      node: (r) => Attestation.from(r, today),
    });
  }

  /**
   * The access requests the viewer may see: those for its vendor's attestations and
   * those its organisations made; the platform admin sees all. Newest first.
   */
  async listAccessRequests(
    viewer: Viewer,
    args: {
      attestationId?: string | null;
      status?: AccessRequestStatus | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Connection<AttestationAccessRequest>> {
    const query = this.da.visible(viewer, AttestationAccessRequestEntity, 'r');
    if (args.attestationId) {
      if (!isUuid(args.attestationId)) return emptyConnection();
      query.andWhere('r.attestation_id = :attestationId', {
        attestationId: args.attestationId.toLowerCase(),
      });
    }
    if (args.status) query.andWhere('r.status = :status', { status: args.status });
    return paginate(query, {
      first: args.first,
      after: args.after,
      order: 'DESC',
      keys: [
        { sql: 'r.created_at', type: 'timestamptz', of: (r) => r.createdAt.toISOString() },
        { sql: 'r.id', type: 'uuid', of: (r) => r.id },
      ],
      node: AttestationAccessRequest.from,
    });
  }

  /**
   * How the viewer may read the document of an attestation it sees (null: not at
   * all), through the request's loaders.
   */
  async documentAccessFor(
    ctx: RequestContext,
    attestation: Attestation,
  ): Promise<DocumentAccess | null> {
    if (!ctx.viewer) return null;
    const grantedTo =
      attestation.visibility === Visibility.RESTRICTED
        ? await this.loaders.grantedTo(ctx).load(attestation.id)
        : null;
    return documentAccess(audienceOf(ctx.viewer), attestation, grantedTo);
  }

  /**
   * The files module asks this on every GET of an attestation's document. Reads of a
   * RESTRICTED document are audited, each one, before any byte is sent.
   */
  private async documentPermit(
    viewer: Viewer,
    attestationId: string,
  ): Promise<FileReadPermit | null> {
    const row = isUuid(attestationId)
      ? await this.da
          .visible(viewer, AttestationEntity, 'a')
          .andWhere('a.id = :id', { id: attestationId.toLowerCase() })
          .getOne()
      : null;
    if (!row) return null;
    const grantedTo =
      row.visibility === Visibility.RESTRICTED ? await this.grantedTo(viewer, row.id) : null;
    const access = documentAccess(audienceOf(viewer), row, grantedTo);
    if (!access) return null;
    if (row.visibility !== Visibility.RESTRICTED) return {};
    return {
      beforeRead: (em) =>
        this.audit
          .record(em, {
            viewer,
            organisationId: access.organisationId,
            partyIds: [row.vendorId, ...(access.organisationId ? [access.organisationId] : [])],
            action: 'attestation.documentRead',
            entityType: 'Attestation',
            entityId: row.id,
            after: { fileId: row.documentFileId, sha256: row.documentSha256, via: access.via },
          })
          .then(() => undefined),
    };
  }

  private async grantedTo(viewer: Viewer, attestationId: string): Promise<string | null> {
    const mine = viewer.memberships.map((m) => m.organisationId);
    if (mine.length === 0) return null;
    const row = await this.da
      .visible(viewer, AttestationAccessRequestEntity, 'r')
      .andWhere('r.attestation_id = :attestationId', { attestationId })
      .andWhere('r.requester_organisation_id = ANY(:mine::uuid[])', { mine })
      .andWhere('r.status = :granted', { granted: AccessRequestStatus.GRANTED })
      .getOne();
    return row?.requesterOrganisationId ?? null;
  }

  // ---------------------------------------------------------------- mutations

  create(viewer: Viewer, input: CreateAttestationInput): Promise<Attestation> {
    authorize(viewer, 'createAttestation', input.vendorId);
    const vendorId = input.vendorId.toLowerCase();
    if (input.validUntil < input.issuedOn)
      throw invalidField('input.validUntil', 'attestation.validUntilBeforeIssuedOn');
    const productIds = this.checkProductCount(input.productIds, 'input.productIds');
    return this.dataSource.transaction(async (em) => {
      await this.checkProducts(em, vendorId, productIds, 'input.productIds');
      if (input.supersedesId) await this.checkSupersedes(em, viewer, vendorId, input);
      const id = randomUUID();
      const file = await this.files.link(em, {
        fileId: input.documentFileId,
        organisationId: vendorId,
        kind: ATTESTATION_FILE_LINK,
        linkId: id,
        field: 'input.documentFileId',
      });
      const attestations = this.da.writer(AttestationEntity, em);
      const row = await attestations.save(
        attestations.create({
          id,
          vendorId,
          type: input.type,
          issuer: input.issuer.trim(),
          scope: input.scope.trim(),
          issuedOn: input.issuedOn,
          validUntil: input.validUntil,
          visibility: input.visibility,
          documentFileId: file.id,
          documentSha256: file.sha256,
          supersedesId: input.supersedesId?.toLowerCase() ?? null,
          createdById: viewer.userId,
        }),
      );
      await this.saveProducts(em, id, productIds);
      const after = Attestation.from(row, amsterdamDate());
      await this.audit.record(em, {
        viewer,
        organisationId: vendorId,
        partyIds: [vendorId],
        action: 'attestation.created',
        entityType: 'Attestation',
        entityId: id,
        after: { ...auditable(after), productIds },
      });
      return after;
    });
  }

  update(viewer: Viewer, id: string, input: UpdateAttestationInput): Promise<Attestation> {
    const productIds =
      input.productIds == null
        ? null
        : this.checkProductCount(input.productIds, 'input.productIds');
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockVisible(em, viewer, id);
      authorize(viewer, 'updateAttestation', row.vendorId);
      const today = amsterdamDate();
      const before = {
        ...auditable(Attestation.from(row, today)),
        productIds: await this.productIdsOf(em, viewer, row.id),
      };
      if (productIds) {
        await this.checkProducts(em, row.vendorId, productIds, 'input.productIds');
        await this.da.writer(AttestationProductEntity, em).delete({ attestationId: row.id });
        await this.saveProducts(em, row.id, productIds);
      }
      if (input.visibility) row.visibility = input.visibility;
      const saved = await this.da.writer(AttestationEntity, em).save(row);
      const after = Attestation.from(saved, today);
      await this.audit.record(em, {
        viewer,
        organisationId: row.vendorId,
        partyIds: [row.vendorId],
        action: 'attestation.updated',
        entityType: 'Attestation',
        entityId: row.id,
        before,
        after: { ...auditable(after), productIds: productIds ?? before.productIds },
      });
      return after;
    });
  }

  verify(viewer: Viewer, input: VerifyAttestationInput): Promise<Attestation> {
    const { reviewerFor } = audienceOf(viewer);
    const sectorBody = reviewerFor.find((id) => may(viewer, 'verifyAttestation', id));
    if (!sectorBody) throw forbidden();
    if (input.status === VerificationStatus.UNVERIFIED)
      throw invalidField('input.status', 'attestation.verdictRequired');
    const note = input.note?.trim() || null;
    if (input.status === VerificationStatus.REJECTED && !note)
      throw invalidField('input.note', 'attestation.rejectionNeedsNote');
    return this.dataSource.transaction(async (em) => {
      const row = await this.lockVisible(em, viewer, input.attestationId);
      const today = amsterdamDate();
      const before = auditable(Attestation.from(row, today));
      row.verification = input.status;
      row.verificationNote = note;
      row.verifiedAt = new Date();
      row.verifiedById = viewer.userId;
      row.verifiedByOrganisationId = sectorBody;
      const after = Attestation.from(await this.da.writer(AttestationEntity, em).save(row), today);
      await this.audit.record(em, {
        viewer,
        organisationId: sectorBody,
        partyIds: [row.vendorId, sectorBody],
        action:
          input.status === VerificationStatus.VERIFIED
            ? 'attestation.verified'
            : 'attestation.rejected',
        entityType: 'Attestation',
        entityId: row.id,
        before,
        after: auditable(after),
      });
      return after;
    });
  }

  requestAccess(
    viewer: Viewer,
    input: RequestAttestationAccessInput,
  ): Promise<AttestationAccessRequest> {
    authorize(viewer, 'requestAttestationAccess', input.organisationId);
    const requester = input.organisationId.toLowerCase();
    return this.dataSource.transaction(async (em) => {
      const attestation = await this.lockVisible(em, viewer, input.attestationId);
      if (attestation.visibility !== Visibility.RESTRICTED)
        throw invalidField('input.attestationId', 'attestation.notRestricted');
      const open = await this.da
        .visible(viewer, AttestationAccessRequestEntity, 'r', em)
        .andWhere('r.attestation_id = :attestationId', { attestationId: attestation.id })
        .andWhere('r.requester_organisation_id = :requester', { requester })
        .andWhere('r.status IN (:...open)', {
          open: [AccessRequestStatus.PENDING, AccessRequestStatus.GRANTED],
        })
        .getExists();
      if (open) throw conflict('ALREADY_EXISTS');
      const requests = this.da.writer(AttestationAccessRequestEntity, em);
      const row = await requests
        .save(
          requests.create({
            attestationId: attestation.id,
            requesterOrganisationId: requester,
            requestedById: viewer.userId!,
            reason: input.reason.trim(),
            status: AccessRequestStatus.PENDING,
          }),
        )
        .catch((error: unknown) => {
          // Two requests at once: the unique index lets one through.
          if (
            error instanceof QueryFailedError &&
            (error.driverError as { code?: string }).code === '23505'
          )
            throw conflict('ALREADY_EXISTS');
          throw error;
        });
      const after = AttestationAccessRequest.from(row);
      await this.audit.record(em, {
        viewer,
        organisationId: requester,
        partyIds: [attestation.vendorId, requester],
        action: 'attestation.accessRequested',
        entityType: 'AttestationAccessRequest',
        entityId: row.id,
        after: { ...after, attestationId: attestation.id },
      });
      return after;
    });
  }

  decideAccess(
    viewer: Viewer,
    input: DecideAttestationAccessInput,
  ): Promise<AttestationAccessRequest> {
    return this.changeRequest(
      viewer,
      input.requestId,
      'decideAttestationAccess',
      AccessRequestStatus.PENDING,
      (row) => {
        row.status = input.grant ? AccessRequestStatus.GRANTED : AccessRequestStatus.DENIED;
        row.decidedAt = new Date();
        row.decidedById = viewer.userId;
        return input.grant ? 'attestation.accessGranted' : 'attestation.accessDenied';
      },
    );
  }

  revokeAccess(viewer: Viewer, requestId: string): Promise<AttestationAccessRequest> {
    return this.changeRequest(
      viewer,
      requestId,
      'revokeAttestationAccess',
      AccessRequestStatus.GRANTED,
      (row) => {
        row.status = AccessRequestStatus.REVOKED;
        row.revokedAt = new Date();
        row.revokedById = viewer.userId;
        return 'attestation.accessRevoked';
      },
    );
  }

  /**
   * The vendor's answer to a request: only from `from`, by the vendor's editors. The
   * request is visible to the vendor and the requester; to anyone else it does not
   * exist. The change takes effect for the next read: reads check it every time.
   */
  private changeRequest(
    viewer: Viewer,
    requestId: string,
    operation: 'decideAttestationAccess' | 'revokeAttestationAccess',
    from: AccessRequestStatus,
    change: (row: AttestationAccessRequestEntity) => string,
  ): Promise<AttestationAccessRequest> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.da.lockOne(viewer, AttestationAccessRequestEntity, requestId, em);
      // Whoever sees a request sees its attestation (its metadata is public to them).
      const attestation =
        row &&
        (await this.da
          .visible(viewer, AttestationEntity, 'a', em)
          .andWhere('a.id = :id', { id: row.attestationId })
          .getOne());
      if (!row || !attestation) throw notFound();
      authorize(viewer, operation, attestation.vendorId);
      if (row.status !== from) throw conflict('INVALID_TRANSITION');
      const before = AttestationAccessRequest.from(row);
      const action = change(row);
      const after = AttestationAccessRequest.from(
        await this.da.writer(AttestationAccessRequestEntity, em).save(row),
      );
      await this.audit.record(em, {
        viewer,
        organisationId: attestation.vendorId,
        partyIds: [attestation.vendorId, row.requesterOrganisationId],
        action,
        entityType: 'AttestationAccessRequest',
        entityId: row.id,
        before,
        after,
      });
      return after;
    });
  }

  // ------------------------------------------------------------------ helpers

  /** The attestation, locked for the transaction; NOT_FOUND unless the viewer sees it. */
  private async lockVisible(
    em: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<AttestationEntity> {
    const row = await this.da.lockOne(viewer, AttestationEntity, id, em);
    if (!row) throw notFound();
    return row;
  }

  private checkProductCount(ids: readonly string[], field: string): string[] {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (unique.length > MAX_PRODUCTS) throw invalidField(field, 'field.max', { max: MAX_PRODUCTS });
    return unique;
  }

  /**
   * Products are public: one that does not exist is NOT_FOUND, another vendor's is
   * BAD_USER_INPUT naming it.
   */
  private async checkProducts(em: EntityManager, vendorId: string, ids: string[], field: string) {
    if (ids.length === 0) return;
    if (!ids.every(isUuid)) throw notFound();
    const rows = await em.findBy(ProductEntity, { id: In(ids) });
    if (rows.length !== ids.length) throw notFound();
    const vendorOf = new Map(rows.map((r) => [r.id, r.vendorId]));
    const wrong = ids.findIndex((id) => vendorOf.get(id) !== vendorId);
    if (wrong >= 0) throw invalidField(`${field}.${wrong}`, 'attestation.productOfOtherVendor');
  }

  private async checkSupersedes(
    em: EntityManager,
    viewer: Viewer,
    vendorId: string,
    input: CreateAttestationInput,
  ) {
    const previous = await this.lockVisible(em, viewer, input.supersedesId!);
    if (previous.vendorId !== vendorId)
      throw invalidField('input.supersedesId', 'attestation.supersedesOtherVendor');
    if (previous.type !== input.type)
      throw invalidField('input.supersedesId', 'attestation.supersedesOtherType');
    // A renewal is the same vendor's, whom the viewer acts for: it sees every one.
    const renewed = await this.da
      .visible(viewer, AttestationEntity, 'r', em)
      .andWhere('r.supersedes_id = :id', { id: previous.id })
      .getExists();
    if (renewed) throw conflict('ALREADY_EXISTS');
  }

  private async saveProducts(em: EntityManager, attestationId: string, productIds: string[]) {
    if (productIds.length === 0) return;
    await this.da
      .writer(AttestationProductEntity, em)
      .insert(productIds.map((productId) => ({ attestationId, productId })));
  }

  private async productIdsOf(
    em: EntityManager,
    viewer: Viewer,
    attestationId: string,
  ): Promise<string[]> {
    const rows = await this.da
      .visible(viewer, AttestationProductEntity, 'ap', em)
      .andWhere('ap.attestation_id = :attestationId', { attestationId })
      .orderBy('ap.product_id')
      .getMany();
    return rows.map((r) => r.productId);
  }
}

/** What an audit event keeps of an attestation: its fields, without the derived validity. */
function auditable(a: Attestation) {
  return {
    id: a.id,
    vendorId: a.vendorId,
    type: a.type,
    issuer: a.issuer,
    scope: a.scope,
    issuedOn: a.issuedOn,
    validUntil: a.validUntil,
    visibility: a.visibility,
    verification: a.verification,
    verificationNote: a.verificationNote,
    documentFileId: a.documentFileId,
    documentSha256: a.documentSha256,
    supersedesId: a.supersedesId,
  };
}

function emptyConnection<T>(): Connection<T> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}
