// GET /api/boards/:boardId/breach-log.csv and .xlsx (RUNTIME.md): the board's breach log,
// to the board's members. Anyone else gets 404, as if the board had no log: another
// board's breaches are none of theirs, and whether it has any is not to be learnt either.
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { amsterdamDate, Locale, message, type MessageKey, OrganisationKind } from '@regie/domain';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { may } from '../auth/permissions';
import { RouteOperation, type GuardedRequest } from '../auth/route-operation.decorator';
import { isUuid } from '../common/ids';
import { requestLocale } from '../common/request-context';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { breachLogCsv, breachLogXlsx } from './breach-log-export';
import { IncidentsService } from './incidents.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Controller('api/boards')
export class BreachLogController {
  constructor(
    private readonly incidents: IncidentsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get(':boardId/breach-log.csv')
  @RouteOperation('breachLogExport')
  csv(@Param('boardId') boardId: string, @Req() req: Request, @Res() res: Response) {
    return this.send(boardId, req, res, 'csv');
  }

  @Get(':boardId/breach-log.xlsx')
  @RouteOperation('breachLogExport')
  xlsx(@Param('boardId') boardId: string, @Req() req: Request, @Res() res: Response) {
    return this.send(boardId, req, res, 'xlsx');
  }

  private async send(
    boardId: string,
    req: Request,
    res: Response,
    format: 'csv' | 'xlsx',
  ): Promise<void> {
    // The guard let only a signed-in caller through (breachLogExport); membership is checked here.
    const viewer = (req as GuardedRequest).viewer!;
    const id = boardId.toLowerCase();
    const board =
      isUuid(id) && may(viewer, 'breachLogExport', id)
        ? await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id })
        : null;
    if (board?.kind !== OrganisationKind.BOARD) return this.refuse(req, res, 404, 'error.notFound');

    // Accept-Language when the client sends one, else the person's own language.
    const locale = req.headers['accept-language'] ? requestLocale(req) : viewer.locale;
    const today = amsterdamDate();
    const entries = await this.incidents.breachLog(viewer, board.id);
    const body =
      format === 'csv' ? breachLogCsv(entries, locale) : await breachLogXlsx(entries, locale);
    const filename = `${message('export.breachLog.file', locale)}-${board.boardNumber ?? 'bestuur'}-${today}.${format}`;
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
