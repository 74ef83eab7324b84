import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProductsModule } from '../products/products.module';
import { BreachLogController } from './breach-log.controller';
import { IncidentLoaders } from './incident.loaders';
import {
  AuthorityDecisionVersionResolver,
  IncidentNoticeResolver,
  IncidentsResolver,
  IncidentUpdateResolver,
} from './incidents.resolver';
import { IncidentsService } from './incidents.service';

/** Incidents (issue #7): reports, the fan-out to affected boards, updates, acknowledgements. */
@Module({
  controllers: [BreachLogController],
  imports: [AuditModule, NotificationsModule, OrganisationsModule, ProductsModule],
  providers: [
    IncidentsService,
    IncidentLoaders,
    IncidentsResolver,
    IncidentNoticeResolver,
    IncidentUpdateResolver,
    AuthorityDecisionVersionResolver,
  ],
})
export class IncidentsModule {}
