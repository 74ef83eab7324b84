import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { LeafletHooks } from './leaflet-hooks';
import { PrivacyLeafletsResolver } from './privacy-leaflets.resolver';
import { PrivacyLeafletsService } from './privacy-leaflets.service';
import { ProductLoaders } from './product.loaders';
import { ProductsResolver } from './products.resolver';
import { ProductsService } from './products.service';
import { VendorFilterExtensions } from './vendor-filter-extensions';
import { VendorSearchService } from './vendor-search.service';
import { VendorsResolver } from './vendors.resolver';

/**
 * Products, their privacy leaflets and the vendor register. Exports the loaders (for
 * modules that resolve a product relation), the vendor filter's and the leaflets' extension
 * points, and the leaflets' service (the platform's own publication of an announced draft).
 */
@Module({
  imports: [AuditModule, OrganisationsModule],
  providers: [
    ProductsService,
    PrivacyLeafletsService,
    VendorSearchService,
    VendorFilterExtensions,
    LeafletHooks,
    ProductLoaders,
    ProductsResolver,
    PrivacyLeafletsResolver,
    VendorsResolver,
  ],
  exports: [ProductLoaders, VendorFilterExtensions, LeafletHooks, PrivacyLeafletsService],
})
export class ProductsModule {}
