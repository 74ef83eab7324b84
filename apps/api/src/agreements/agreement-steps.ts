// One lifecycle step of an agreement, shared by drafting, review and signing: which
// party the viewer acts for, whether the lifecycle allows the step, whether the
// version is current; then the step's audit event and the agreement as it now is.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AgreementAction,
  type AgreementFacts,
  type AgreementParty,
  AgreementStatus,
  agreementTransition,
  amsterdamDate,
  countUnresolvedDeviations,
  effectiveAgreementStatus,
  Role,
  SignatureParty,
} from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { hasRoleIn, type Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { AppError, conflict, forbidden, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { DataAccess } from '../data-access';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AgreementDeviationEntity } from './agreement-deviation.entity';
import { AgreementProductEntity } from './agreement-product.entity';
import { AgreementSignatureEntity } from './agreement-signature.entity';
import { AgreementEntity } from './agreement.entity';
import { ProcessingAgreement } from './agreement.types';

/** Who edits an agreement for each party (and hears of requested changes). */
export const EDITORS: Record<AgreementParty, Role[]> = {
  BOARD: [Role.PROCUREMENT, Role.PRIVACY_OFFICER],
  VENDOR: [Role.VENDOR_EDITOR],
};

/** Who talks on an agreement for each party (DOMAIN.md: postAgreementMessage), and hears of it. */
export const CORRESPONDENTS: Record<AgreementParty, Role[]> = {
  BOARD: [Role.PROCUREMENT, Role.PRIVACY_OFFICER, Role.SIGNATORY],
  VENDOR: [Role.VENDOR_EDITOR, Role.SIGNATORY],
};

/** A step under way: its transaction, the agreement as read, and the lifecycle's answer. */
export interface Acting {
  readonly em: EntityManager;
  readonly row: AgreementEntity;
  readonly party: AgreementParty;
  /** The organisation the viewer acts for. */
  readonly organisationId: string;
  readonly next: AgreementStatus;
  readonly today: string;
}

@Injectable()
export class AgreementSteps {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * One lifecycle step in one transaction: the agreement must be visible (else
   * NOT_FOUND), the lifecycle must allow `action` for the viewer's party (else
   * FORBIDDEN or CONFLICT with the reason), and `version` must be current. The
   * conditional UPDATE on the version comes first: it takes the row lock, so of
   * concurrent writers with the same version exactly one goes on; the others find
   * no row to update and fail with STALE_VERSION, having changed nothing.
   */
  act<T>(
    viewer: Viewer,
    agreementId: string,
    version: number | null,
    action: AgreementAction,
    apply: (c: Acting) => Promise<T>,
    options: StepOptions = {},
  ): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.visibleRow(em, viewer, agreementId);
      const today = amsterdamDate();
      // A missing role is told first; any other refusal of a stale request is its staleness.
      const stale = version !== null && row.version !== version;
      let decision: ReturnType<typeof decide>;
      try {
        const facts = { ...(await this.factsOf(em, viewer, row, today)), ...options.facts };
        decision = decide(viewer, row, facts, action);
      } catch (error) {
        if (stale && error instanceof AppError && error.code === 'CONFLICT')
          throw conflict('STALE_VERSION');
        throw error;
      }
      if (stale) throw conflict('STALE_VERSION');
      const bump = typeof options.bump === 'function' ? options.bump(row) : options.bump !== false;
      if (bump) {
        const result = await this.da
          .writer(AgreementEntity, em)
          .updateQuery()
          .set({ version: () => 'version + 1', updatedAt: () => 'now()' })
          .where('id = :id AND version = :version', { id: row.id, version: row.version })
          .execute();
        if (result.affected !== 1) throw conflict('STALE_VERSION');
      }
      return apply({ em, row, today, ...decision });
    });
  }

  /** Writes the audit event of a step and returns the agreement as it now is. */
  async finish(
    c: Acting,
    viewer: Viewer,
    action: string,
    before: unknown,
    after: Record<string, unknown>,
  ): Promise<ProcessingAgreement> {
    const now = await this.da
      .visible(viewer, AgreementEntity, 'a', c.em)
      .andWhere('a.id = :id', { id: c.row.id })
      .getOneOrFail();
    await this.record(c.em, viewer, now, c.organisationId, action, before, {
      ...after,
      version: now.version,
    });
    return ProcessingAgreement.from(now, c.today);
  }

  /** The audit event of a change to `row`, which both parties may read. */
  record(
    em: EntityManager,
    viewer: Viewer,
    row: AgreementEntity,
    organisationId: string,
    action: string,
    before: unknown,
    after: unknown,
  ) {
    return this.audit.record(em, {
      viewer,
      organisationId,
      partyIds: [row.boardId, row.vendorId],
      action,
      entityType: 'ProcessingAgreement',
      entityId: row.id,
      before: before ?? undefined,
      after,
    });
  }

  /** The agreement `id` as the viewer sees it, in `em`; NOT_FOUND when they do not. */
  async visibleRow(em: EntityManager, viewer: Viewer, id: string): Promise<AgreementEntity> {
    const row = isUuid(id)
      ? await this.da
          .visible(viewer, AgreementEntity, 'a', em)
          .andWhere('a.id = :id', { id: id.toLowerCase() })
          .getOne()
      : null;
    if (!row) throw notFound();
    return row;
  }

  /** Tells the board's FGs that an agreement waits for their review. */
  async notifySubmitted(em: EntityManager, viewer: Viewer, row: AgreementEntity): Promise<void> {
    const names = await partyNames(em, row);
    const covered = await this.da
      .visible(viewer, AgreementProductEntity, 'ap', em)
      .innerJoinAndSelect('ap.product', 'p')
      .andWhere('ap.agreement_id = :id', { id: row.id })
      .orderBy('p.name')
      .getMany();
    const products = covered.map((ap) => ap.product!.name).join(', ');
    await this.notifications.notifyOrganisationRoles(
      em,
      [row.boardId],
      [Role.PRIVACY_OFFICER],
      {
        kind: 'AGREEMENT_SUBMITTED',
        message: { key: 'notification.agreementSubmitted', params: { ...names, products } },
        link: `/agreements/${row.id}`,
      },
      { except: viewer.userId ? [viewer.userId] : [] },
    );
  }

  /** What the lifecycle needs to know of the agreement beyond its row. */
  private async factsOf(
    em: EntityManager,
    viewer: Viewer,
    row: AgreementEntity,
    today: string,
  ): Promise<AgreementFacts> {
    const deviations = await this.da
      .visible(viewer, AgreementDeviationEntity, 'd', em)
      .andWhere('d.agreement_id = :id AND d.withdrawn_at IS NULL', { id: row.id })
      .getMany();
    const signatures = await this.da
      .visible(viewer, AgreementSignatureEntity, 's', em)
      .andWhere('s.agreement_id = :id', { id: row.id })
      .getMany();
    return {
      status: effectiveAgreementStatus(row, today),
      source: row.source,
      unresolvedDeviations: countUnresolvedDeviations(deviations),
      signedByBoard: signatures.some((s) => s.party === SignatureParty.BOARD),
      signedByVendor: signatures.some((s) => s.party === SignatureParty.VENDOR),
      terminationDate: row.terminationDate,
      validUntil: row.validUntil,
      exitChoice: row.exitChoice,
      exitConfirmed: row.exitConfirmedAt !== null,
    };
  }
}

export interface StepOptions {
  /**
   * Whether the step raises the agreement's version (default: it does): a step that changes
   * nothing of the agreement (a note, a message) leaves it, so that no one's screen goes stale.
   */
  readonly bump?: boolean | ((row: AgreementEntity) => boolean);
  /** Facts of the step beyond the agreement's own: the deviation it is about. */
  readonly facts?: Partial<AgreementFacts>;
}

/**
 * The lifecycle's answer for the viewer: tried for each party the viewer belongs
 * to; a refusal other than FORBIDDEN (the state does not allow it) wins over a
 * missing role, so that a person learns why.
 */
function decide(
  viewer: Viewer,
  row: AgreementEntity,
  facts: AgreementFacts,
  action: AgreementAction,
): { party: AgreementParty; organisationId: string; next: AgreementStatus } {
  const signatoryOfBothParties =
    hasRoleIn(viewer, row.boardId, [Role.SIGNATORY]) &&
    hasRoleIn(viewer, row.vendorId, [Role.SIGNATORY]);
  let refusal: string | null = null;
  for (const [party, organisationId] of [
    ['BOARD', row.boardId],
    ['VENDOR', row.vendorId],
  ] as const) {
    const membership = viewer.memberships.find((m) => m.organisationId === organisationId);
    if (!membership) continue;
    const result = agreementTransition(facts, action, {
      party,
      roles: membership.roles,
      signatoryOfBothParties,
    });
    if (result.ok) return { party, organisationId, next: result.next };
    if (result.refusal !== 'FORBIDDEN') refusal = result.refusal;
  }
  if (refusal && refusal !== 'FORBIDDEN')
    throw conflict(refusal as 'INVALID_TRANSITION' | 'UNRESOLVED_DEVIATIONS' | 'ALREADY_EXISTS');
  throw forbidden();
}

/** The two parties' names, for notifications. */
export async function partyNames(em: EntityManager, row: AgreementEntity) {
  const rows = await em.findBy(OrganisationEntity, { id: In([row.boardId, row.vendorId]) });
  const nameOf = new Map(rows.map((r) => [r.id, r.name]));
  return { board: nameOf.get(row.boardId) ?? '', vendor: nameOf.get(row.vendorId) ?? '' };
}

/** What an audit event keeps of an agreement: its stored fields. */
export function auditable(row: AgreementEntity) {
  return {
    id: row.id,
    boardId: row.boardId,
    vendorId: row.vendorId,
    source: row.source,
    status: row.status,
    modelName: row.modelName,
    modelVersion: row.modelVersion,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    supersedesId: row.supersedesId,
    generalOfferId: row.generalOfferId,
  };
}
