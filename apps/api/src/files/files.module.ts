import { SignedUrlVerifier } from '../auth/route-operation.decorator';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { jwtSigningSecret } from '../auth/secrets';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DataFolderStorage } from './data-folder-storage';
import { FileAccessRegistry } from './file-access';
import { FILE_STORAGE } from './file-storage';
import { FileSweeper } from './file-sweeper';
import { FileUrls, fileUrlKey } from './file-urls';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';

/**
 * Uploaded documents: streamed into storage, read back by those whom the thing
 * that links them allows (FileAccessRegistry), swept away when never linked.
 */
@Module({
  controllers: [FilesController],
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new DataFolderStorage(join(config.dataDir, 'files')),
    },
    {
      provide: FileUrls,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) =>
        new FileUrls(fileUrlKey(await jwtSigningSecret(config.jwtSecret, config.dataDir))),
    },
    // The auth guard verifies signed file URLs with the same key.
    { provide: SignedUrlVerifier, useExisting: FileUrls },
    FileAccessRegistry,
    FilesService,
    FileSweeper,
  ],
  exports: [FilesService, FileAccessRegistry],
})
export class FilesModule {}
