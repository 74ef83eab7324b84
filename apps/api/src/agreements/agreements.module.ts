import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FilesModule } from '../files/files.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProductsModule } from '../products/products.module';
import { AgreementLoaders } from './agreement.loaders';
import {
  AgreementsResolver,
  GeneralOffersResolver,
  ProductGeneralOffersResolver,
  ReviewNoteResolver,
  SignatureResolver,
} from './agreements.resolver';
import { AgreementsService } from './agreements.service';

/**
 * Processing agreements between boards and vendors, their lifecycle, signatures and
 * general offers. Adds Product.generalOffers. Other modules ask agreement-queries.ts.
 */
@Module({
  imports: [AuditModule, FilesModule, NotificationsModule, OrganisationsModule, ProductsModule],
  providers: [
    AgreementsService,
    AgreementLoaders,
    AgreementsResolver,
    SignatureResolver,
    ReviewNoteResolver,
    GeneralOffersResolver,
    ProductGeneralOffersResolver,
  ],
  exports: [AgreementsService, AgreementLoaders],
})
export class AgreementsModule {}
