// The board's review of an agreement: its FG assesses the deviations, requests
// changes or approves; the board keeps notes of its own, and the two parties talk on
// the agreement itself. One transaction each.
import { Injectable } from '@nestjs/common';
import { AgreementSource, SignatureParty } from '@regie/domain';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { DataAccess } from '../data-access';
import { NotificationsService } from '../notifications/notifications.service';
import { AgreementDeviationEntity } from './agreement-deviation.entity';
import { AgreementMessageEntity } from './agreement-message.entity';
import { AgreementReviewNoteEntity } from './agreement-review-note.entity';
import {
  type Acting,
  AgreementSteps,
  CORRESPONDENTS,
  EDITORS,
  partyNames,
} from './agreement-steps';
import { AgreementEntity } from './agreement.entity';
import type {
  AddReviewNoteInput,
  AssessDeviationInput,
  PostAgreementMessageInput,
  RequestChangesInput,
} from './agreement.inputs';
import { AgreementMessage, Deviation, ProcessingAgreement, ReviewNote } from './agreement.types';

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
          .andWhere('d.id = :id AND d.withdrawn_at IS NULL', {
            id: input.deviationId.toLowerCase(),
          })
          .getOne()
      : null;
    if (!found) throw notFound();
    return this.steps.act(
      viewer,
      found.agreementId,
      null,
      'assessDeviation',
      (c) => this.assess(c, viewer, found.id, input),
      // A framework deal's deviation is assessed for the board's own records, outside the
      // signed content: the agreement itself does not change.
      { bump: (row) => row.source !== AgreementSource.FRAMEWORK },
    );
  }

  private async assess(
    c: Acting,
    viewer: Viewer,
    deviationId: string,
    input: AssessDeviationInput,
  ): Promise<Deviation> {
    const deviations = this.da.writer(AgreementDeviationEntity, c.em);
    const deviation = await this.da
      .visible(viewer, AgreementDeviationEntity, 'd', c.em)
      .andWhere('d.id = :id AND d.withdrawn_at IS NULL', { id: deviationId })
      .getOne();
    if (!deviation) throw notFound();
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
  }

  requestChanges(viewer: Viewer, input: RequestChangesInput): Promise<ProcessingAgreement> {
    return this.steps.act(viewer, input.agreementId, input.version, 'requestChanges', async (c) => {
      const note = input.note.trim();
      await this.da.writer(AgreementEntity, c.em).update({ id: c.row.id }, { status: c.next });
      // The request is said to the vendor: a message on the agreement, which both read.
      const messages = this.da.writer(AgreementMessageEntity, c.em);
      const message = await messages.save(
        messages.create({
          agreementId: c.row.id,
          party: SignatureParty.BOARD,
          authorId: viewer.userId!,
          body: note,
        }),
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
        { status: c.next, note, messageId: message.id },
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

  /**
   * A message to the other party, on the agreement, in any state: it changes nothing of the
   * agreement, so takes no version. The other party's people who work on it are told.
   */
  postMessage(viewer: Viewer, input: PostAgreementMessageInput): Promise<AgreementMessage> {
    return this.steps.act(
      viewer,
      input.agreementId,
      null,
      'postMessage',
      async (c) => {
        const body = input.body.trim();
        const party = c.party === 'BOARD' ? SignatureParty.BOARD : SignatureParty.VENDOR;
        const messages = this.da.writer(AgreementMessageEntity, c.em);
        const message = AgreementMessage.from(
          await messages.save(
            messages.create({ agreementId: c.row.id, party, authorId: viewer.userId!, body }),
          ),
        );
        const names = await partyNames(c.em, c.row);
        const other = c.party === 'BOARD' ? 'VENDOR' : 'BOARD';
        await this.notifications.notifyOrganisationRoles(
          c.em,
          [other === 'BOARD' ? c.row.boardId : c.row.vendorId],
          CORRESPONDENTS[other],
          {
            kind: 'AGREEMENT_MESSAGE',
            message: {
              key: 'notification.agreementMessage',
              params: {
                ...names,
                author: viewer.name,
                organisation: c.party === 'BOARD' ? names.board : names.vendor,
                body,
              },
            },
            link: `/agreements/${c.row.id}`,
          },
          { except: viewer.userId ? [viewer.userId] : [] },
        );
        await this.steps.record(
          c.em,
          viewer,
          c.row,
          c.organisationId,
          'agreement.messagePosted',
          null,
          { message: { id: message.id, party, authorId: message.authorId, body } },
        );
        return message;
      },
      { bump: false },
    );
  }
}
