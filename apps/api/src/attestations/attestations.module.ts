import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FilesModule } from '../files/files.module';
import { AttestationLoaderFactory } from './attestation.loaders';
import {
  AttestationAccessRequestResolver,
  AttestationsResolver,
  OrganisationAttestationsResolver,
} from './attestations.resolver';
import { AttestationsService } from './attestations.service';

/**
 * Vendors' security attestations, their visibility and access grants. Adds
 * Organisation.attestations; Product.attestations comes from AttestationLoaders.byProduct.
 */
@Module({
  imports: [AuditModule, FilesModule],
  providers: [
    AttestationsService,
    AttestationLoaderFactory,
    AttestationsResolver,
    AttestationAccessRequestResolver,
    OrganisationAttestationsResolver,
  ],
  exports: [AttestationsService, AttestationLoaderFactory],
})
export class AttestationsModule {}
