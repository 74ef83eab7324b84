import { Module, OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { LeafletHooks } from '../products/leaflet-hooks';
import { ProductsModule } from '../products/products.module';
import { ReminderRules } from '../reminders/reminder-rule';
import { RemindersModule } from '../reminders/reminders.module';
import {
  SubprocessorChangeEffectRule,
  SubprocessorChangeNoticeRule,
} from './subprocessor-change-jobs';
import { SubprocessorChangeLoaders } from './subprocessor-change.loaders';
import {
  ProductSubprocessorChangesResolver,
  SubprocessorChangesResolver,
  SubprocessorObjectionResolver,
} from './subprocessor-changes.resolver';
import { SubprocessorChangesService } from './subprocessor-changes.service';

/**
 * Changes of subprocessors (GDPR art. 28(2), issue #17 item 4). Adds its rules to the
 * leaflets (LeafletHooks) and its steps to the daily job (ReminderRules) when it starts.
 */
@Module({
  imports: [AuditModule, NotificationsModule, OrganisationsModule, ProductsModule, RemindersModule],
  providers: [
    SubprocessorChangesService,
    SubprocessorChangeLoaders,
    SubprocessorChangesResolver,
    SubprocessorObjectionResolver,
    ProductSubprocessorChangesResolver,
    SubprocessorChangeEffectRule,
    SubprocessorChangeNoticeRule,
  ],
})
export class SubprocessorChangesModule implements OnModuleInit {
  constructor(
    private readonly service: SubprocessorChangesService,
    private readonly leafletHooks: LeafletHooks,
    private readonly rules: ReminderRules,
    private readonly effect: SubprocessorChangeEffectRule,
    private readonly notice: SubprocessorChangeNoticeRule,
  ) {}

  onModuleInit(): void {
    this.leafletHooks.register(this.service.leafletHook);
    // New boards are told only of changes whose date has not come (they could not object
    // any more); the order of the two rules does not matter.
    this.rules.register(this.notice);
    this.rules.register(this.effect);
  }
}
