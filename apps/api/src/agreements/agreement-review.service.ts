// The board's review of an agreement: its FG assesses the deviations, requests
// changes or approves; the board keeps notes of its own. One transaction each.
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { DataAccess } from '../data-access';
import { NotificationsService } from '../notifications/notifications.service';
import { AgreementDeviationEntity } from './agreement-deviation.entity';
import { AgreementReviewNoteEntity } from './agreement-review-note.entity';
import { AgreementSteps, EDITORS, partyNames } from './agreement-steps';
import { AgreementEntity } from './agreement.entity';
import type {
  AddReviewNoteInput,
  AssessDeviationInput,
  RequestChangesInput,
} from './agreement.inputs';
import { Deviation, ProcessingAgreement, ReviewNote } from './agreement.types';

@Injectable()
export class AgreementReviewService {
  constructor(
    private readonly da: DataAccess,
    private readonly steps: AgreementSteps,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async assessDeviation(viewer: Viewer, input: AssessDeviationInput): Promise<Deviation> {
    const found = isUuid(input.deviationId)
      ? await this.da
          .visible(viewer, AgreementDeviationEntity, 'd')
          .andWhere('d.id = :id', { id: input.deviationId.toLowerCase() })
          .getOne()
      : null;
    if (!found) throw notFound();
    return this.steps.act(viewer, found.agreementId, null, 'assessDeviation', async (c) => {
      const deviations = this.da.writer(AgreementDeviationEntity, c.em);
      const deviation = await this.da
        .visible(viewer, AgreementDeviationEntity, 'd', c.em)
        .andWhere('d.id = :id', { id: found.id })
        .getOneOrFail();
      const before = Deviation.from(deviation);
      deviation.assessment = input.assessment;
      deviation.assessmentNote = input.note?.trim() || null;
      deviation.assessedById = viewer.userId;
      deviation.assessedAt = new Date();
      const after = Deviation.from(await deviations.save(deviation));
      await this.steps.finish(
        c,
        viewer,
        'agreement.deviationAssessed',
        { deviation: before },
        { deviation: after },
      );
      return after;
    });
  }

  requestChanges(viewer: Viewer, input: RequestChangesInput): Promise<ProcessingAgreement> {
    return this.steps.act(viewer, input.agreementId, input.version, 'requestChanges', async (c) => {
      const note = input.note.trim();
      await this.da.writer(AgreementEntity, c.em).update({ id: c.row.id }, { status: c.next });
      // The board keeps the request among its notes; the vendor learns it by notification.
      const notes = this.da.writer(AgreementReviewNoteEntity, c.em);
      await notes.save(
        notes.create({ agreementId: c.row.id, authorId: viewer.userId!, body: note }),
      );
      const names = await partyNames(c.em, c.row);
      await this.notifications.notifyOrganisationRoles(
        c.em,
        [c.row.boardId, c.row.vendorId],
        [...EDITORS.BOARD, ...EDITORS.VENDOR],
        {
          kind: 'AGREEMENT_CHANGES_REQUESTED',
          message: { key: 'notification.agreementChangesRequested', params: { ...names, note } },
          link: `/agreements/${c.row.id}`,
        },
        { except: viewer.userId ? [viewer.userId] : [] },
      );
      return this.steps.finish(
        c,
        viewer,
        'agreement.changesRequested',
        { status: c.row.status },
        { status: c.next, note },
      );
    });
  }

  approve(viewer: Viewer, agreementId: string, version: number): Promise<ProcessingAgreement> {
    return this.steps.act(viewer, agreementId, version, 'approve', async (c) => {
      await this.da.writer(AgreementEntity, c.em).update({ id: c.row.id }, { status: c.next });
      return this.steps.finish(
        c,
        viewer,
        'agreement.approved',
        { status: c.row.status },
        { status: c.next },
      );
    });
  }

  /** The board's own note: it changes nothing of the agreement, so takes no version. */
  addReviewNote(viewer: Viewer, input: AddReviewNoteInput): Promise<ReviewNote> {
    return this.steps.act(
      viewer,
      input.agreementId,
      null,
      'addReviewNote',
      async (c) => {
        const notes = this.da.writer(AgreementReviewNoteEntity, c.em);
        const note = await notes.save(
          notes.create({
            agreementId: c.row.id,
            authorId: viewer.userId!,
            body: input.body.trim(),
          }),
        );
        const after = ReviewNote.from(note);
        await this.audit.record(c.em, {
          viewer,
          organisationId: c.organisationId,
          partyIds: [c.row.boardId],
          action: 'agreement.reviewNoteAdded',
          entityType: 'ProcessingAgreement',
          entityId: c.row.id,
          after: { reviewNote: after },
        });
        return after;
      },
      { bump: false },
    );
  }
}
