import { Module } from '@nestjs/common';
import { SectorSignalsModule } from '../sector-signals/sector-signals.module';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProductsModule } from '../products/products.module';
import { ProductReviewLoaders } from './product-review.loaders';
import {
  ProductReviewsOfProductResolver,
  ProductReviewsResolver,
} from './product-reviews.resolver';
import { ProductReviewsService } from './product-reviews.service';

/** Reviews boards share (issue #16 item 1; DOMAIN.md "Learning from each other"). */
@Module({
  imports: [
    AuditModule,
    NotificationsModule,
    OrganisationsModule,
    ProductsModule,
    SectorSignalsModule,
  ],
  providers: [
    ProductReviewsService,
    ProductReviewLoaders,
    ProductReviewsResolver,
    ProductReviewsOfProductResolver,
  ],
})
export class ProductReviewsModule {}
