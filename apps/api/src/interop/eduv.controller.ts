// GET /eduv/agreements/self and GET /eduv/agreements: the Edu-V DPA API, v0.9.1.
// Errors answer `{ status, statusMessage }` in the caller's language.
import { Controller, Get, Req, Res } from '@nestjs/common';
import { message, type MessageKey } from '@regie/domain';
import type { Request, Response } from 'express';
import { requestLocale } from '../common/request-context';
import { EduvCallers } from './eduv-callers';
import { type EduvEndpoint, EduvService, parseEduvQuery } from './eduv.service';
import { RouteOperation } from '../auth/route-operation.decorator';

@Controller('eduv/agreements')
export class EduvController {
  constructor(
    private readonly callers: EduvCallers,
    private readonly eduv: EduvService,
  ) {}

  @Get('self')
  @RouteOperation('eduvAgreements')
  self(@Req() req: Request, @Res() res: Response) {
    return this.handle('self', req, res);
  }

  @Get()
  @RouteOperation('eduvAgreements')
  agreements(@Req() req: Request, @Res() res: Response) {
    return this.handle('board', req, res);
  }

  private async handle(endpoint: EduvEndpoint, req: Request, res: Response): Promise<void> {
    const identified = await this.callers.identify(req);
    if ('refused' in identified) return this.refuse(req, res, identified.refused, identified.key);
    // Read from the raw query string: repeated parameters stay a list, whatever parser.
    const parsed = parseEduvQuery(new URL(req.originalUrl, 'http://localhost').searchParams);
    if ('refused' in parsed) {
      const { status, key, params } = parsed.refused;
      return this.refuse(req, res, status, key, params);
    }
    const answer = await this.eduv.answer(identified.caller, endpoint, parsed.query);
    if ('refused' in answer) {
      const { status, key, params } = answer.refused;
      return this.refuse(req, res, status, key, params);
    }
    res.setHeader('Cache-Control', 'no-store');
    res.status(200).json(answer.agreement);
  }

  private refuse(
    req: Request,
    res: Response,
    status: number,
    key: MessageKey,
    params: Record<string, string> = {},
  ): void {
    res.status(status).json({ status, statusMessage: message(key, requestLocale(req), params) });
  }
}
