import { amsterdamDate } from '@regie/domain';
import { AgreementsModule } from '../agreements/agreements.module';
import { Module, OnModuleInit } from '@nestjs/common';
import { AttestationsModule } from '../attestations/attestations.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProductsModule } from '../products/products.module';
import { ReminderRules } from '../reminders/reminder-rule';
import { RemindersModule } from '../reminders/reminders.module';
import { TenderReminderRule } from './tender-reminders';
import { publishedDealOfVendorSql } from '../data-access/queries/procurement.queries';
import { VendorFilterExtensions } from '../products/vendor-filter-extensions';
import {
  AgreementFrameworkDealResolver,
  FrameworkDealsResolver,
  ParticipationsResolver,
  ProductProcurementResolver,
} from './framework-deals.resolver';
import { FrameworkDealsService } from './framework-deals.service';
import { OcdsController } from './ocds.controller';
import { ProcurementLoaders } from './procurement.loaders';
import { ProductComparisonResolver, ProductComparisonService } from './product-comparison';
import {
  AssessmentAnswersResolver,
  AssessmentsResolver,
  MinimumStandardsResolver,
} from './standards.resolver';
import { StandardsService } from './standards.service';
import { BoardAssessmentsResolver, MaturityAnswersResolver } from './board-assessments.resolver';
import { BoardAssessmentsService } from './board-assessments.service';
import { OffersResolver, TenderInterestsResolver, TendersResolver } from './tenders.resolver';
import { TendersService } from './tenders.service';

/**
 * Minimum standards and assessments, collective tenders with sealed offers, framework
 * deals, the product comparison and the OCDS export. Contributes VendorFilter.hasPublishedDeal.
 */
@Module({
  imports: [
    AuditModule,
    AuthModule,
    OrganisationsModule,
    ProductsModule,
    AttestationsModule,
    AgreementsModule,
    NotificationsModule,
    RemindersModule,
  ],
  controllers: [OcdsController],
  providers: [
    TenderReminderRule,
    StandardsService,
    TendersService,
    FrameworkDealsService,
    ProductComparisonService,
    ProcurementLoaders,
    MinimumStandardsResolver,
    AssessmentsResolver,
    AssessmentAnswersResolver,
    BoardAssessmentsService,
    BoardAssessmentsResolver,
    MaturityAnswersResolver,
    TendersResolver,
    TenderInterestsResolver,
    OffersResolver,
    FrameworkDealsResolver,
    ParticipationsResolver,
    ProductProcurementResolver,
    AgreementFrameworkDealResolver,
    ProductComparisonResolver,
  ],
  exports: [FrameworkDealsService, ProcurementLoaders],
})
export class ProcurementModule implements OnModuleInit {
  constructor(
    private readonly vendorFilters: VendorFilterExtensions,
    private readonly reminderRules: ReminderRules,
    private readonly tenderReminders: TenderReminderRule,
  ) {}

  onModuleInit(): void {
    this.reminderRules.register(this.tenderReminders);
    // A vendor with a published deal that has not expired today.
    this.vendorFilters.contribute('hasPublishedDeal', (value, bind) => {
      const exists = publishedDealOfVendorSql('o', bind(amsterdamDate()));
      return value ? exists : `NOT ${exists}`;
    });
  }
}
