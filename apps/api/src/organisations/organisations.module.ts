import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationLoaders } from './organisation.loaders';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity]), AuditModule],
  providers: [OrganisationsService, OrganisationsResolver, OrganisationLoaders],
  exports: [OrganisationsService, OrganisationLoaders],
})
export class OrganisationsModule {}
