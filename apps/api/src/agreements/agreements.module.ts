import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FilesModule } from '../files/files.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProductsModule } from '../products/products.module';
import { AgreementDraftingService } from './agreement-drafting.service';
import { AgreementExitService } from './agreement-exit.service';
import { AgreementReviewService } from './agreement-review.service';
import { AgreementSigningService } from './agreement-signing.service';
import { AgreementSteps } from './agreement-steps';
import { AgreementLoaders } from './agreement.loaders';
import {
  AgreementExitResolver,
  AgreementMessageResolver,
  AgreementsResolver,
  GeneralOffersResolver,
  ProductGeneralOffersResolver,
  ReviewNoteResolver,
  SignatureResolver,
} from './agreements.resolver';
import { AgreementsService } from './agreements.service';
import { GeneralOffersService } from './general-offers.service';
import { SignedDocuments } from './signed-document';

/**
 * Processing agreements between boards and vendors, their lifecycle, signatures and
 * general offers. Adds Product.generalOffers. Other modules ask AgreementsService, the
 * loaders, or data-access/queries/agreements.queries.ts.
 */
@Module({
  imports: [AuditModule, FilesModule, NotificationsModule, OrganisationsModule, ProductsModule],
  providers: [
    AgreementSteps,
    AgreementsService,
    AgreementDraftingService,
    AgreementReviewService,
    AgreementSigningService,
    AgreementExitService,
    GeneralOffersService,
    SignedDocuments,
    AgreementLoaders,
    AgreementsResolver,
    SignatureResolver,
    ReviewNoteResolver,
    AgreementMessageResolver,
    AgreementExitResolver,
    GeneralOffersResolver,
    ProductGeneralOffersResolver,
  ],
  exports: [AgreementsService, AgreementLoaders, SignedDocuments],
})
export class AgreementsModule {}
