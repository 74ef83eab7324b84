// Ending an agreement (art. 28(3)(g), DOMAIN.md): the board chooses whether the vendor deletes
// the data or returns it first (here, or when its signatory terminates), and the vendor's
// signatory or admin confirms with a statement. One transaction each; reminders of choices
// not made and confirmations due are the reminder job's (reminders/agreement-exit-reminders).
import { Injectable } from '@nestjs/common';
import {
  agreementEndDate,
  type ExitChoice,
  exitDueOn,
  type Locale,
  message,
  Role,
  type StoredAgreementState,
} from '@regie/domain';
import type { Viewer } from '../auth/viewer';
import { DataAccess } from '../data-access';
import { formatDate, NotificationsService } from '../notifications/notifications.service';
import { type Acting, AgreementSteps, partyNames } from './agreement-steps';
import { AgreementEntity } from './agreement.entity';
import type { ChooseAgreementExitInput, ConfirmAgreementExitInput } from './agreement.inputs';
import { ProcessingAgreement } from './agreement.types';

/** Who at the vendor confirms an exit, and so hears of the board's choice. */
export const EXIT_CONFIRMERS = [Role.SIGNATORY, Role.ADMIN];
/** Who at the board chooses an exit, and so hears of the vendor's confirmation. */
export const EXIT_CHOOSERS = [Role.SIGNATORY, Role.PRIVACY_OFFICER];

/** A calendar date as the recipient reads it. */
export const spokenDate = (date: string, locale: Locale) =>
  formatDate(new Date(`${date}T12:00:00Z`), locale);

@Injectable()
export class AgreementExitService {
  constructor(
    private readonly da: DataAccess,
    private readonly steps: AgreementSteps,
    private readonly notifications: NotificationsService,
  ) {}

  /** The board's signatory or FG chooses, once, for an agreement that has ended or will end. */
  choose(viewer: Viewer, input: ChooseAgreementExitInput): Promise<ProcessingAgreement> {
    return this.steps.act(viewer, input.agreementId, null, 'chooseExit', async (c) => {
      const dueOn = await this.recordChoice(c, viewer, c.row, input.choice);
      return this.steps.finish(c, viewer, 'agreement.exitChosen', null, {
        exitChoice: input.choice,
        dueOn,
      });
    });
  }

  /** The vendor's signatory or admin confirms, once, after the end, what it did with the data. */
  confirm(viewer: Viewer, input: ConfirmAgreementExitInput): Promise<ProcessingAgreement> {
    return this.steps.act(viewer, input.agreementId, null, 'confirmExit', async (c) => {
      const statement = input.statement.trim();
      const confirmedAt = new Date();
      await this.da.writer(AgreementEntity, c.em).update(
        { id: c.row.id },
        {
          exitConfirmedAt: confirmedAt,
          exitConfirmedById: viewer.userId,
          exitStatement: statement,
        },
      );
      const names = await partyNames(c.em, c.row);
      await this.notifications.notifyOrganisationRoles(
        c.em,
        [c.row.boardId],
        EXIT_CHOOSERS,
        {
          kind: 'AGREEMENT_EXIT_CONFIRMED',
          message: { key: 'notification.agreementExitConfirmed', params: { ...names, statement } },
          link: `/agreements/${c.row.id}`,
        },
        { except: viewer.userId ? [viewer.userId] : [] },
      );
      return this.steps.finish(c, viewer, 'agreement.exitConfirmed', null, {
        exitConfirmedAt: confirmedAt,
        exitStatement: statement,
      });
    });
  }

  /**
   * Stores the board's choice in the step's transaction and tells the vendor's confirmers
   * what to do by when; returns the due date. `ending` is the agreement with the end it has
   * now (terminateAgreement sets its termination date in the same step).
   */
  async recordChoice(
    c: Acting,
    viewer: Viewer,
    ending: StoredAgreementState,
    choice: ExitChoice,
  ): Promise<string> {
    await this.da
      .writer(AgreementEntity, c.em)
      .update(
        { id: c.row.id },
        { exitChoice: choice, exitChosenOn: c.today, exitChosenById: viewer.userId },
      );
    const dueOn = exitDueOn(agreementEndDate(ending), c.today)!;
    const names = await partyNames(c.em, c.row);
    await this.notifications.notifyOrganisationRoles(c.em, [c.row.vendorId], EXIT_CONFIRMERS, {
      kind: 'AGREEMENT_EXIT_CHOSEN',
      message: {
        key: 'notification.agreementExitChosen',
        params: (locale: Locale) => ({
          ...names,
          choice: message(`exitChoice.${choice}`, locale),
          dueOn: spokenDate(dueOn, locale),
        }),
      },
      link: `/agreements/${c.row.id}`,
    });
    return dueOn;
  }
}
