import { Module } from '@nestjs/common';
import { amsterdamDate } from '@regie/domain';
import { AuditModule } from '../audit/audit.module';
import { attestationOfVendorSql } from '../data-access/queries/attestations.queries';
import { FilesModule } from '../files/files.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProductsModule } from '../products/products.module';
import { VendorFilterExtensions } from '../products/vendor-filter-extensions';
import { AttestationLoaders } from './attestation.loaders';
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
  imports: [AuditModule, FilesModule, OrganisationsModule, ProductsModule],
  providers: [
    AttestationsService,
    AttestationLoaders,
    AttestationsResolver,
    AttestationAccessRequestResolver,
    OrganisationAttestationsResolver,
    ProductAttestationsResolver,
  ],
  exports: [AttestationsService, AttestationLoaders],
})
export class AttestationsModule {
  constructor(vendorFilter: VendorFilterExtensions) {
    // Vendors holding an attestation of the type that has not expired today.
    vendorFilter.contribute('attestationType', (type, bind) =>
      attestationOfVendorSql('o', bind(type), bind(amsterdamDate())),
    );
  }
}
