// The REST side of files (RUNTIME.md): POST /api/files and GET /api/files/:id.
// Errors answer `{ status, statusMessage }` in the caller's language.
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { message, type MessageKey } from '@regie/domain';
import type { Request, Response } from 'express';
import type { MessageParams } from '../common/errors/app-error';
import { requestLocale } from '../common/request-context';
import { FilesService } from './files.service';
import { UploadRefused } from './stored-bytes';
import { RouteOperation, type GuardedRequest } from '../auth/route-operation.decorator';

/** Room for the multipart framing and the small fields beside the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** How long a refused upload's connection stays open for the client to read the answer. */
const CLOSE_AFTER_MS = 2_000;

@Controller('api/files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @RouteOperation('uploadFile')
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      // The guard let through a person with a role that attaches documents somewhere
      // (uploadFile); which organisation the file is for is checked against the same rule.
      const viewer = (req as GuardedRequest).viewer!;
      if (!viewer.memberships.some((m) => FilesService.mayUploadFor(viewer, m.organisationId)))
        throw new UploadRefused(403, 'error.forbidden');
      // A declared length that cannot fit is refused before a byte of the body is read.
      const declared = Number(req.headers['content-length']);
      const max = this.files.maxUploadBytes;
      if (declared > max + MULTIPART_OVERHEAD_BYTES)
        throw new UploadRefused(413, 'file.tooLarge', { max });
      const info = await this.files.receive(req, viewer);
      res.status(201).json(info);
    } catch (error) {
      if (!(error instanceof UploadRefused)) throw error;
      this.refuseUpload(req, res, error);
    }
  }

  @Get(':id')
  @RouteOperation('downloadFile', { signedUrl: true })
  async download(
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // The guard named the caller, by token or by the signed URL (downloadFile).
    const viewer = (req as GuardedRequest).viewer!;
    const found = await this.files.openForReading(viewer, id);
    if (!found) {
      this.answer(req, res, 404, 'error.notFound');
      return;
    }
    const { file, bytes } = found;
    res.status(200);
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', contentDisposition(file.filename));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Opened in a browser tab anyway, the document may run nothing and load nothing.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('ETag', `"${file.sha256}"`);
    // pipeline, not pipe: a client that goes away mid-download must also release the
    // source (an object store's response holds one of a bounded pool of sockets).
    pipeline(bytes, res).catch(() => undefined);
  }

  /**
   * Answers a refused upload while the client may still be sending. The rest of the
   * body is not read: the answer says the connection closes, and once it is sent
   * the socket closes after a short grace, so that the client reads the status
   * rather than a reset.
   */
  private refuseUpload(req: Request, res: Response, error: UploadRefused): void {
    req.unpipe();
    req.pause();
    res.setHeader('Connection', 'close');
    res.on('finish', () => {
      setTimeout(() => req.socket.destroy(), CLOSE_AFTER_MS).unref();
    });
    this.answer(req, res, error.status, error.key, error.params);
  }

  private answer(
    req: Request,
    res: Response,
    status: number,
    key: MessageKey,
    params: MessageParams = {},
  ): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(status).json({ status, statusMessage: message(key, requestLocale(req), params) });
  }
}

/** `attachment` with the name in ASCII for old clients and in UTF-8 (RFC 6266) for the rest. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const utf8 = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
