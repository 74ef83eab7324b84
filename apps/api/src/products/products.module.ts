import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
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
 * modules that resolve a product relation) and the vendor filter's extension point.
 */
@Module({
  imports: [AuditModule, OrganisationsModule],
  providers: [
    ProductsService,
    PrivacyLeafletsService,
    VendorSearchService,
    VendorFilterExtensions,
    ProductLoaders,
    ProductsResolver,
    PrivacyLeafletsResolver,
    VendorsResolver,
  ],
  exports: [ProductLoaders, VendorFilterExtensions],
})
export class ProductsModule {}
