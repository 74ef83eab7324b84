import { Module, OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AgreementExitReminderRule } from './agreement-exit-reminders';
import { AgreementReminderRule } from './agreement-reminders';
import { AttestationReminderRule } from './attestation-reminders';
import { ReminderRules } from './reminder-rule';
import { RemindersScheduler } from './reminders.scheduler';
import { RemindersService } from './reminders.service';

/**
 * The daily reminders (issue #7). Other modules add rules by importing this module
 * and calling `ReminderRules.register` in their `onModuleInit`.
 */
@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [
    ReminderRules,
    RemindersService,
    RemindersScheduler,
    AttestationReminderRule,
    AgreementReminderRule,
    AgreementExitReminderRule,
  ],
  exports: [ReminderRules, RemindersService],
})
export class RemindersModule implements OnModuleInit {
  constructor(
    private readonly rules: ReminderRules,
    private readonly attestations: AttestationReminderRule,
    private readonly agreements: AgreementReminderRule,
    private readonly exits: AgreementExitReminderRule,
  ) {}

  onModuleInit(): void {
    this.rules.register(this.attestations);
    this.rules.register(this.agreements);
    this.rules.register(this.exits);
  }
}
