import { Module } from '@nestjs/common';
import { amsterdamDate } from '@regie/domain';
import { AuditModule } from '../audit/audit.module';
import { FilesModule } from '../files/files.module';
import { ProductsModule } from '../products/products.module';
import { VendorFilterExtensions } from '../products/vendor-filter-extensions';
import { AttestationLoaderFactory } from './attestation.loaders';
import {
  AttestationAccessRequestResolver,
  AttestationsResolver,
  OrganisationAttestationsResolver,
  ProductAttestationsResolver,
} from './attestations.resolver';
import { AttestationsService } from './attestations.service';

/**
 * Vendors' security attestations, their visibility and access grants. Adds
 * Organisation.attestations, Product.attestations and VendorFilter.attestationType.
 */
@Module({
  imports: [AuditModule, FilesModule, ProductsModule],
  providers: [
    AttestationsService,
    AttestationLoaderFactory,
    AttestationsResolver,
    AttestationAccessRequestResolver,
    OrganisationAttestationsResolver,
    ProductAttestationsResolver,
  ],
  exports: [AttestationsService, AttestationLoaderFactory],
})
export class AttestationsModule {
  constructor(vendorFilter: VendorFilterExtensions) {
    // Vendors holding an attestation of the type that has not expired today; its
    // visibility does not matter, as its metadata is public.
    vendorFilter.contribute(
      'attestationType',
      (type, bind) =>
        `EXISTS (SELECT 1 FROM attestation a WHERE a.vendor_id = o.id AND a.type = ${bind(type)} ` +
        `AND a.valid_until >= ${bind(amsterdamDate())})`,
    );
  }
}
