// Signing an approved agreement (the second signature activates it and supersedes the
// agreement it replaces) and terminating an active one. One transaction each.
import { Injectable } from '@nestjs/common';
import {
  agreementContentJson,
  AgreementStatus,
  effectiveAgreementStatus,
  Role,
  SignatureParty,
} from '@regie/domain';
import { sha256 } from '../auth/secrets';
import type { Viewer } from '../auth/viewer';
import { invalidField } from '../common/errors/app-error';
import { DataAccess } from '../data-access';
import { NotificationsService } from '../notifications/notifications.service';
import { signedContent } from './agreement-content';
import { AgreementSignatureEntity } from './agreement-signature.entity';
import { AgreementExitService } from './agreement-exit.service';
import { type Acting, AgreementSteps, partyNames } from './agreement-steps';
import { AgreementEntity } from './agreement.entity';
import type { TerminateAgreementInput } from './agreement.inputs';
import { ProcessingAgreement } from './agreement.types';
import { SignedDocuments } from './signed-document';

@Injectable()
export class AgreementSigningService {
  constructor(
    private readonly da: DataAccess,
    private readonly steps: AgreementSteps,
    private readonly notifications: NotificationsService,
    private readonly signedDocuments: SignedDocuments,
    private readonly exits: AgreementExitService,
  ) {}

  /**
   * Signs for the party of which the caller is SIGNATORY, over the canonical content;
   * the second signature makes it ACTIVE (and the agreement it supersedes SUPERSEDED).
   * An agreement on a general offer is ACTIVE with the board's signature alone: the
   * vendor's consent is its signature on the offer, which the content names by hash.
   */
  sign(viewer: Viewer, agreementId: string, version: number): Promise<ProcessingAgreement> {
    return this.steps.act(viewer, agreementId, version, 'sign', async (c) => {
      const documentSha256 = sha256(agreementContentJson(await signedContent(c.em, viewer, c.row)));
      const party = c.party === 'BOARD' ? SignatureParty.BOARD : SignatureParty.VENDOR;
      const signedAt = new Date();
      const signatures = this.da.writer(AgreementSignatureEntity, c.em);
      await signatures.insert({
        agreementId: c.row.id,
        party,
        signedById: viewer.userId!,
        signedAt,
        documentSha256,
      });
      const active = c.next === AgreementStatus.ACTIVE;
      if (active) {
        await this.da
          .writer(AgreementEntity, c.em)
          .update({ id: c.row.id }, { status: AgreementStatus.ACTIVE, activatedOn: c.today });
        if (c.row.supersedesId) await this.markSuperseded(c, viewer);
        // In this transaction: the agreement is never ACTIVE without its signed document.
        await this.signedDocuments.produce(c.em, viewer, c.row.id);
      }
      const names = await partyNames(c.em, c.row);
      const otherId = c.party === 'BOARD' ? c.row.vendorId : c.row.boardId;
      await this.notifications.notifyOrganisationRoles(
        c.em,
        [otherId],
        [Role.SIGNATORY],
        {
          kind: 'AGREEMENT_SIGNED',
          message: {
            key: 'notification.agreementSigned',
            params: {
              ...names,
              party: c.party === 'BOARD' ? names.board : names.vendor,
              other: c.party === 'BOARD' ? names.vendor : names.board,
              active: active ? 'yes' : 'no',
            },
          },
          link: `/agreements/${c.row.id}`,
        },
        { except: viewer.userId ? [viewer.userId] : [] },
      );
      return this.steps.finish(
        c,
        viewer,
        'agreement.signed',
        { status: c.row.status },
        {
          status: c.next,
          signature: { party, signedById: viewer.userId, signedAt, documentSha256 },
        },
      );
    });
  }

  /**
   * Either party's signatory ends it as of `endDate`; the board's may choose the exit at
   * once (the controller decides, art. 28(3)(g)), the vendor's may not.
   */
  terminate(viewer: Viewer, input: TerminateAgreementInput): Promise<ProcessingAgreement> {
    return this.steps.act(viewer, input.agreementId, input.version, 'terminate', async (c) => {
      if (input.exitChoice && c.party !== 'BOARD')
        throw invalidField('input.exitChoice', 'agreement.exitChoiceByVendor');
      if (input.endDate < c.today) throw invalidField('input.endDate', 'agreement.endDateInPast');
      const reason = input.reason.trim();
      await this.da
        .writer(AgreementEntity, c.em)
        .update({ id: c.row.id }, { terminationDate: input.endDate, terminationReason: reason });
      if (input.exitChoice)
        await this.exits.recordChoice(
          c,
          viewer,
          { ...c.row, terminationDate: input.endDate },
          input.exitChoice,
        );
      return this.steps.finish(c, viewer, 'agreement.terminated', null, {
        terminationDate: input.endDate,
        terminationReason: reason,
        ...(input.exitChoice ? { exitChoice: input.exitChoice } : {}),
      });
    });
  }

  /** The agreement the new one replaces holds no longer from today (same parties, so visible). */
  private async markSuperseded(c: Acting, viewer: Viewer): Promise<void> {
    const old = await this.da
      .visible(viewer, AgreementEntity, 'a', c.em)
      .andWhere('a.id = :id', { id: c.row.supersedesId })
      .getOne();
    if (!old || effectiveAgreementStatus(old, c.today) !== AgreementStatus.ACTIVE) return;
    await this.da
      .writer(AgreementEntity, c.em)
      .updateQuery()
      .set({ supersededOn: c.today, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id: old.id })
      .execute();
    await this.steps.record(c.em, viewer, old, c.organisationId, 'agreement.superseded', null, {
      supersededOn: c.today,
      supersededBy: c.row.id,
    });
  }
}
