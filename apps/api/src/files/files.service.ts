import { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import busboy from 'busboy';
import type { Request } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { may } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { textProblem } from '../common/input-text';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DataAccess, SYSTEM } from '../data-access';
import { deleteUnlinkedFiles } from '../data-access/queries/files.queries';
import { FileAccessRegistry } from './file-access';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { FileInfo } from './file.types';
import { FileUrls } from './file-urls';
import { StoredFileEntity } from './stored-file.entity';
import { cleanFilename, storeBytes, UploadRefused, type StoredBytes } from './stored-bytes';

/** How long an upload may stay unlinked before the sweep removes it. */
export const UNLINKED_FILE_HOURS = 24;
/** Files removed per sweep statement: a backlog never becomes one huge DELETE. */
const SWEEP_BATCH = 500;

export interface FileToLink {
  readonly fileId: string;
  /** The organisation the file must belong to: the one acting. */
  readonly organisationId: string;
  /** What links it, for the registry's policies. */
  readonly kind: string;
  readonly linkId: string;
  /** The input path named when the file does not fit (`input.documentFileId`). */
  readonly field: string;
}

@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: FileAccessRegistry,
    private readonly urls: FileUrls,
    private readonly da: DataAccess,
  ) {}

  get maxUploadBytes(): number {
    return this.config.maxUploadBytes;
  }

  /** Whether the viewer may upload for the organisation: a role that attaches documents. */
  static mayUploadFor(viewer: Viewer, organisationId: string): boolean {
    return (
      may(viewer, 'createAttestation', organisationId) ||
      may(viewer, 'attachAgreementDocument', organisationId) ||
      may(viewer, 'createFrameworkDeal', organisationId) ||
      may(viewer, 'publishGeneralOffer', organisationId)
    );
  }

  /**
   * POST /api/files: streams the multipart body's `file` into storage and records it
   * for the organisation named by `organisationId` (or the uploader's only one).
   * Rejects with UploadRefused as soon as the upload cannot succeed, without reading
   * the rest of the body; nothing stays stored then.
   */
  receive(req: Request, viewer: Viewer): Promise<FileInfo> {
    return new Promise<FileInfo>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: req.headers,
          defParamCharset: 'utf8',
          limits: { files: 1, fields: 4, parts: 6, fieldSize: 256, fieldNameSize: 64 },
        });
      } catch {
        reject(new UploadRefused(400, 'file.missing'));
        return;
      }
      let organisationField: string | undefined;
      let fileStream: Readable | undefined;
      let upload: Promise<StoredBytes> | undefined;
      let filename = '';
      let settled = false;

      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        // Stop reading: the rest of the body is neither parsed nor stored.
        req.unpipe(parser);
        req.pause();
        // Ends a storage write still waiting for bytes (a client that went away).
        fileStream?.destroy();
        upload?.then((stored) => this.storage.delete(stored.id)).catch(() => undefined);
        reject(error);
      };

      parser.on('field', (name, value) => {
        // The API's one rule for text (input-text.ts) holds for form fields too.
        if (textProblem(value)) fail(new UploadRefused(400, 'error.badUserInput'));
        else if (name === 'organisationId') organisationField = value.trim();
      });
      parser.on('file', (name, stream, info) => {
        if (name !== 'file' || upload) {
          stream.resume();
          return;
        }
        filename = cleanFilename(info.filename);
        fileStream = stream;
        upload = storeBytes(this.storage, stream, this.config.maxUploadBytes);
        upload.catch(fail);
      });
      parser.on('error', () => fail(new UploadRefused(400, 'file.missing')));
      parser.on('close', () => {
        if (settled) return;
        if (!upload) {
          fail(new UploadRefused(400, 'file.missing'));
          return;
        }
        upload
          .then(async (stored) => {
            const organisationId = this.uploadOrganisation(viewer, organisationField);
            const row = await this.da.writer(StoredFileEntity).save({
              ...stored,
              ownerOrganisationId: organisationId,
              uploadedById: viewer.userId,
              filename,
              linkKind: null,
              linkId: null,
              linkedAt: null,
            });
            settled = true;
            resolve(this.info(row, viewer));
          })
          .catch(fail);
      });
      req.on('error', fail);
      req.on('close', () => {
        if (!req.complete) fail(new UploadRefused(400, 'file.missing'));
      });
      req.pipe(parser);
    });
  }

  /** The organisation an upload is for: the one named, or the uploader's only one. */
  private uploadOrganisation(viewer: Viewer, named: string | undefined): string {
    if (named) {
      if (!isUuid(named) || !FilesService.mayUploadFor(viewer, named))
        throw new UploadRefused(403, 'error.forbidden');
      return named.toLowerCase();
    }
    if (viewer.memberships.length !== 1) throw new UploadRefused(400, 'file.organisationRequired');
    const only = viewer.memberships[0].organisationId;
    if (!FilesService.mayUploadFor(viewer, only)) throw new UploadRefused(403, 'error.forbidden');
    return only;
  }

  /** Records bytes the system made itself (the demo data's PDFs), unlinked. */
  async storeGenerated(
    em: EntityManager,
    input: { organisationId: string; filename: string; bytes: Readable },
  ): Promise<StoredFileEntity> {
    const stored = await storeBytes(this.storage, input.bytes, this.config.maxUploadBytes);
    return this.da.writer(StoredFileEntity, em).save({
      ...stored,
      ownerOrganisationId: input.organisationId,
      uploadedById: null,
      filename: cleanFilename(input.filename),
      linkKind: null,
      linkId: null,
      linkedAt: null,
    });
  }

  /**
   * Stores a document the system made (a signed agreement's PDF), already part of what
   * `link` names, in the caller's transaction `em`. The bytes are stored first and the row
   * written in `em`: when the transaction rolls back, no row names the bytes, and the sweep
   * removes them a day later (sweepStray), as after a crash mid-upload.
   */
  async storeDocument(
    em: EntityManager,
    input: {
      organisationId: string;
      filename: string;
      bytes: Buffer;
      link: { kind: string; id: string };
    },
  ): Promise<StoredFileEntity> {
    const stored = await storeBytes(
      this.storage,
      Readable.from([input.bytes]),
      Math.max(this.config.maxUploadBytes, input.bytes.length),
    );
    return this.da.writer(StoredFileEntity, em).save({
      ...stored,
      ownerOrganisationId: input.organisationId,
      uploadedById: null,
      filename: cleanFilename(input.filename),
      linkKind: input.link.kind,
      linkId: input.link.id,
      linkedAt: new Date(),
    });
  }

  info(row: StoredFileEntity, viewer: Viewer | null): FileInfo {
    return Object.assign(new FileInfo(), {
      id: row.id,
      filename: row.filename,
      mediaType: row.mediaType,
      size: row.size,
      sha256: row.sha256,
      url: this.urls.urlFor(row.id, viewer),
    });
  }

  /**
   * Makes an uploaded file part of something, inside the caller's transaction. The
   * file must be the acting organisation's (another's behaves as if it did not
   * exist: NOT_FOUND) and not yet part of anything else. The row lock keeps the
   * sweep from removing it meanwhile.
   */
  async link(em: EntityManager, input: FileToLink): Promise<StoredFileEntity> {
    // The caller was authorised to act for input.organisationId: its own files are
    // the ones it may link, whoever else could read them.
    const row = isUuid(input.fileId)
      ? await this.da
          .visible(SYSTEM, StoredFileEntity, 'f', em)
          .andWhere('f.id = :id AND f.owner_organisation_id = :owner', {
            id: input.fileId.toLowerCase(),
            owner: input.organisationId,
          })
          .setLock('pessimistic_write')
          .getOne()
      : null;
    if (!row) throw notFound();
    if (row.linkKind) throw invalidField(input.field, 'file.alreadyLinked');
    row.linkKind = input.kind;
    row.linkId = input.linkId;
    row.linkedAt = new Date();
    return this.da.writer(StoredFileEntity, em).save(row);
  }

  /**
   * Rows by id, for loaders: one query. The ids come from rows the caller already
   * read through their own rules (an agreement's documents, an attestation's file);
   * who may read the bytes is decided again on every download.
   */
  findByIds(ids: readonly string[]): Promise<StoredFileEntity[]> {
    return this.da
      .visible(SYSTEM, StoredFileEntity, 'f')
      .andWhere('f.id = ANY(:ids::uuid[])', { ids: ids.filter(isUuid) })
      .getMany();
  }

  /**
   * The file and its bytes when the viewer may read them, else null (as if there
   * were no such file). A permit's beforeRead (the read's audit event) has run and
   * committed before this returns.
   */
  async openForReading(
    viewer: Viewer,
    id: string,
  ): Promise<{ file: StoredFileEntity; bytes: Readable } | null> {
    const file = await this.da.one(viewer, StoredFileEntity, id);
    if (!file) return null;
    const permit = await this.access.mayRead(viewer, file);
    if (!permit) return null;
    let bytes: Readable;
    try {
      bytes = await this.storage.get(file.id);
    } catch (error) {
      this.logger.error(`the bytes of file ${file.id} are missing: ${String(error)}`);
      return null;
    }
    if (permit.beforeRead) {
      try {
        await this.dataSource.transaction(permit.beforeRead);
      } catch (error) {
        bytes.destroy();
        throw error;
      }
    }
    return { file, bytes };
  }

  /**
   * Removes what was uploaded more than UNLINKED_FILE_HOURS before `now` and never
   * linked: the rows first (so that nothing links a file whose bytes are going),
   * then the bytes, then leftovers of interrupted uploads, then stored bytes that no
   * row names (see sweepStray). Returns the files removed (rows).
   */
  async sweep(now: Date = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - UNLINKED_FILE_HOURS * 3_600_000);
    let removed = 0;
    for (;;) {
      // A linked row is never deleted: linking locks the row, and the DELETE
      // re-checks link_kind once the lock is released.
      const rows = await deleteUnlinkedFiles(this.dataSource, cutoff, SWEEP_BATCH);
      for (const { id } of rows) await this.storage.delete(id);
      removed += rows.length;
      if (rows.length < SWEEP_BATCH) break;
    }
    await this.storage.sweepIncomplete(cutoff);
    const stray = await this.sweepStray(cutoff);
    if (stray > 0) this.logger.warn(`removed the bytes of ${stray} files that no row named`);
    return removed;
  }

  /**
   * Removes bytes stored before `cutoff` under a key that no stored_file row names:
   * stored just before a crash, whose row was never written (an upload writes its row
   * right after its bytes, so a day later it never will). Keys are checked against
   * the table a batch at a time.
   */
  private async sweepStray(cutoff: Date): Promise<number> {
    let removed = 0;
    const check = async (keys: string[]) => {
      // Which stored bytes have a row is the sweeper's question about every organisation.
      const rows = await this.da
        .visible(SYSTEM, StoredFileEntity, 'f')
        .select('f.id', 'id')
        .andWhere('f.id = ANY(:keys::uuid[])', { keys })
        .getRawMany<{ id: string }>();
      const named = new Set(rows.map((r) => r.id));
      for (const key of keys.filter((k) => !named.has(k))) {
        await this.storage.delete(key);
        removed += 1;
      }
    };
    let batch: string[] = [];
    for await (const { key, storedAt } of this.storage.list()) {
      if (!isUuid(key) || storedAt >= cutoff) continue;
      batch.push(key.toLowerCase());
      if (batch.length === SWEEP_BATCH) {
        await check(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await check(batch);
    return removed;
  }
}
