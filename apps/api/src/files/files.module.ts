import { SignedUrlVerifier } from '../auth/route-operation.decorator';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { SIGNING_SECRET } from '../auth/secrets';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DataFolderStorage } from './data-folder-storage';
import { FileAccessRegistry } from './file-access';
import { FILE_STORAGE, type FileStorage } from './file-storage';
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
      useFactory: async (config: AppConfig): Promise<FileStorage> => {
        if (!config.s3) return new DataFolderStorage(join(config.dataDir, 'files'));
        // Loaded only when configured: the AWS SDK costs every other start some 300 ms and 20 MB.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { S3Storage, s3Client } = require('./s3-storage') as typeof import('./s3-storage');
        const storage = new S3Storage(s3Client(config.s3), config.s3.bucket);
        await storage.check(config.s3.endpoint);
        return storage;
      },
    },
    {
      // The same key in every process that shares the secret: a URL handed out by one
      // process downloads from any other.
      provide: FileUrls,
      inject: [SIGNING_SECRET],
      useFactory: (secret: string) => new FileUrls(fileUrlKey(secret)),
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
