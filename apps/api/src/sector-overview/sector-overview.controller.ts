// GET /api/standards/:standardId/overview.csv and .xlsx (RUNTIME.md), `?sector=VO`: the
// sector overview's figures as files, to whoever may ask sectorOverview (the guard checks the
// roles). A standard the caller cannot see, or a draft, is 404 as a missing one; a sector
// with fewer than 10 boards or an unknown sector is 400.
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { amsterdamDate, Locale, message, type MessageKey, Sector } from '@regie/domain';
import type { Request, Response } from 'express';
import { RouteOperation, type GuardedRequest } from '../auth/route-operation.decorator';
import { AppError } from '../common/errors/app-error';
import { requestLocale } from '../common/request-context';
import { sectorOverviewCsv, sectorOverviewXlsx } from './sector-overview-export';
import { SectorOverviewService } from './sector-overview.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SECTORS = new Set<string>(Object.values(Sector));

@Controller('api/standards')
export class SectorOverviewController {
  constructor(private readonly service: SectorOverviewService) {}

  @Get(':standardId/overview.csv')
  @RouteOperation('sectorOverview')
  csv(
    @Param('standardId') standardId: string,
    @Query('sector') sector: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.send(standardId, sector, req, res, 'csv');
  }

  @Get(':standardId/overview.xlsx')
  @RouteOperation('sectorOverview')
  xlsx(
    @Param('standardId') standardId: string,
    @Query('sector') sector: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.send(standardId, sector, req, res, 'xlsx');
  }

  private async send(
    standardId: string,
    sectorParam: unknown,
    req: Request,
    res: Response,
    format: 'csv' | 'xlsx',
  ): Promise<void> {
    const viewer = (req as GuardedRequest).viewer!;
    const locale = req.headers['accept-language'] ? requestLocale(req) : viewer.locale;
    if (sectorParam !== undefined && (typeof sectorParam !== 'string' || !SECTORS.has(sectorParam)))
      return this.refuse(res, locale, 400, 'field.invalid');
    const sector = (sectorParam as Sector | undefined) ?? null;
    let shown;
    try {
      shown = await this.service.overview(viewer, standardId, sector);
    } catch (error) {
      if (error instanceof AppError && error.code === 'BAD_USER_INPUT')
        return this.refuse(res, locale, 400, 'sectorOverview.sectorTooSmall', { min: 10 });
      throw error;
    }
    if (!shown) return this.refuse(res, locale, 404, 'error.notFound');
    const body =
      format === 'csv' ? sectorOverviewCsv(shown, locale) : await sectorOverviewXlsx(shown, locale);
    const today = amsterdamDate();
    const filename = `${message('export.sectorOverview.file', locale)}${sector ? `-${sector.toLowerCase()}` : ''}-${today}.${format}`;
    res.status(200);
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX);
    res.setHeader('Content-Length', String(body.length));
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Content-Language', locale === Locale.EN ? 'en' : 'nl');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(body);
  }

  private refuse(
    res: Response,
    locale: Locale,
    status: number,
    key: MessageKey,
    params: Record<string, number> = {},
  ): void {
    res.status(status).json({ status, statusMessage: message(key, locale, params) });
  }
}
