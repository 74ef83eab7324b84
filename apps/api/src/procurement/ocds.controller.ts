import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { message, TenderStatus, type MessageKey } from '@regie/domain';
import type { Request, Response } from 'express';
import { DataSource, In } from 'typeorm';
import { isMemberOf } from '../auth/viewer';
import { isUuid } from '../common/ids';
import { requestLocale } from '../common/request-context';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { FrameworkDealEntity } from './framework-deal.entity';
import { ocdsReleasePackage } from './ocds-release';
import { ParticipationEntity } from './participation.entity';
import { TenderEntity } from './tender.entity';
import { RouteOperation, type GuardedRequest } from '../auth/route-operation.decorator';

/** GET /api/ocds/tenders/:tenderId: to the tender's sector body, from OPEN_FOR_INTEREST on. */
@Controller('api/ocds/tenders')
export class OcdsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':tenderId')
  @RouteOperation('ocdsRelease')
  async export(
    @Param('tenderId') tenderId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // The guard let only a member of some organisation through (ocdsRelease).
    const viewer = (req as GuardedRequest).viewer!;
    const tender = isUuid(tenderId)
      ? await this.dataSource.getRepository(TenderEntity).findOneBy({ id: tenderId.toLowerCase() })
      : null;
    // Anyone else, and a draft, are answered as if there were no such tender.
    if (!tender || tender.status === TenderStatus.DRAFT || !isMemberOf(viewer, tender.sectorBodyId))
      return this.answer(req, res, 404, 'error.notFound');
    const deals = await this.dataSource
      .getRepository(FrameworkDealEntity)
      .find({ where: { tenderId: tender.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const participations = deals.length
      ? await this.dataSource.getRepository(ParticipationEntity).find({
          where: { dealId: In(deals.map((d) => d.id)) },
        })
      : [];
    const organisationIds = [
      tender.sectorBodyId,
      ...deals.map((d) => d.vendorId),
      ...participations.map((p) => p.boardId),
    ];
    const organisations = new Map(
      (
        await this.dataSource
          .getRepository(OrganisationEntity)
          .findBy({ id: In([...new Set(organisationIds)]) })
      ).map((o) => [o.id, { id: o.id, name: o.name }]),
    );
    const buyerIds = [...new Set(participations.map((p) => p.boardId))];
    const body = ocdsReleasePackage({
      baseUrl: `${req.protocol}://${req.get('host')}`,
      tender,
      sectorBody: organisations.get(tender.sectorBodyId)!,
      deals,
      vendors: organisations,
      buyers: buyerIds
        .map((id) => organisations.get(id)!)
        .sort((a, b) => a.name.localeCompare(b.name)),
      now: new Date(),
    });
    res.status(200);
    res.setHeader('Cache-Control', 'private, no-store');
    res.json(body);
  }

  private answer(req: Request, res: Response, status: number, key: MessageKey): void {
    res.status(status).json({ status, statusMessage: message(key, requestLocale(req)) });
  }
}
