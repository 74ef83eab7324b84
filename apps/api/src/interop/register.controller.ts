// GET /api/boards/:boardId/register.csv and .xlsx (RUNTIME.md): the board's processor
// register as files. A board the caller may not see answers 404, as if it did not exist.
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { amsterdamDate, Locale, message, type MessageKey, OrganisationKind } from '@regie/domain';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { may } from '../auth/permissions';
import { isUuid } from '../common/ids';
import { requestLocale } from '../common/request-context';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { registerCsv, registerXlsx } from './register-export';
import { RegisterService } from './register.service';
import { RouteOperation, type GuardedRequest } from '../auth/route-operation.decorator';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Controller('api/boards')
export class RegisterController {
  constructor(
    private readonly register: RegisterService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get(':boardId/register.csv')
  @RouteOperation('processorRegisterExport')
  csv(@Param('boardId') boardId: string, @Req() req: Request, @Res() res: Response) {
    return this.send(boardId, req, res, 'csv');
  }

  @Get(':boardId/register.xlsx')
  @RouteOperation('processorRegisterExport')
  xlsx(@Param('boardId') boardId: string, @Req() req: Request, @Res() res: Response) {
    return this.send(boardId, req, res, 'xlsx');
  }

  private async send(
    boardId: string,
    req: Request,
    res: Response,
    format: 'csv' | 'xlsx',
  ): Promise<void> {
    // The guard let only a signed-in caller through (processorRegisterExport).
    const viewer = (req as GuardedRequest).viewer!;
    const board =
      isUuid(boardId) && may(viewer, 'processorRegister', boardId)
        ? await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: boardId })
        : null;
    if (board?.kind !== OrganisationKind.BOARD) return this.refuse(req, res, 404, 'error.notFound');

    // Accept-Language when the client sends one, else the person's own language.
    const locale = req.headers['accept-language'] ? requestLocale(req) : viewer.locale;
    const today = amsterdamDate();
    const entries = await this.register.entriesOf(viewer, board.id, today);
    const body =
      format === 'csv' ? registerCsv(entries, locale) : await registerXlsx(entries, locale);
    const stem = message('export.register.file', locale);
    const filename = `${stem}-${board.boardNumber ?? board.id}-${today}.${format}`;
    res.status(200);
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX);
    res.setHeader('Content-Length', String(body.length));
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Content-Language', locale === Locale.EN ? 'en' : 'nl');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(body);
  }

  private refuse(req: Request, res: Response, status: number, key: MessageKey): void {
    res.status(status).json({ status, statusMessage: message(key, requestLocale(req)) });
  }
}
