import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProductsModule } from '../products/products.module';
import { AdvisoriesResolver, AdvisoryBoardResponseResolver } from './advisories.resolver';
import { AdvisoriesService } from './advisories.service';
import { AdvisoryLoaders } from './advisory.loaders';

/** Security advisories of the sector CERT (issue #17): publishing, CSAF import, the fan-out, answers. */
@Module({
  imports: [AuditModule, NotificationsModule, OrganisationsModule, ProductsModule],
  providers: [
    AdvisoriesService,
    AdvisoryLoaders,
    AdvisoriesResolver,
    AdvisoryBoardResponseResolver,
  ],
})
export class AdvisoriesModule {}
