import { DynamicModule, Global, Module } from '@nestjs/common';
import { DATABASE, type Database } from './database';

/** Makes the opened Database injectable (DATABASE), for what needs more than TypeORM gives. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: Database): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DATABASE, useValue: database }],
      exports: [DATABASE],
    };
  }
}
