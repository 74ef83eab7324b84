import { Global, Module } from '@nestjs/common';
import { DataAccess } from './data-access';

/** The data-access layer, available to every module (it depends on none of them). */
@Global()
@Module({ providers: [DataAccess], exports: [DataAccess] })
export class DataAccessModule {}
