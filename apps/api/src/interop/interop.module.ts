import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { ApiTokenEduvCallers, EduvCallers } from './eduv-callers';
import { EduvController } from './eduv.controller';
import { EduvService } from './eduv.service';
import { RegisterController } from './register.controller';
import { RegisterResolver } from './register.resolver';
import { RegisterService } from './register.service';

/**
 * What Regie hands to others: the processor register (GraphQL, CSV, XLSX) and the
 * Edu-V DPA API. Reads agreements; changes nothing.
 */
@Module({
  imports: [AgreementsModule],
  providers: [
    RegisterService,
    RegisterResolver,
    EduvService,
    // Swap for an OAuth client-credentials implementation to serve Edu-V itself.
    { provide: EduvCallers, useClass: ApiTokenEduvCallers },
  ],
  controllers: [RegisterController, EduvController],
})
export class InteropModule {}
