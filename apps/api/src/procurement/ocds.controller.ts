import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { message, TenderStatus, type MessageKey } from '@regie/domain';
import type { Request, Response } from 'express';
import { DataSource, In } from 'typeorm';
import { isMemberOf } from '../auth/viewer';
import { isUuid } from '../common/ids';
import { requestLocale } from '../common/request-context';
import { DataAccess } from '../data-access';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { FrameworkDealEntity } from './framework-deal.entity';
import { ocdsReleasePackage } from './ocds-release';
import { ParticipationEntity } from './participation.entity';
import { TenderEntity } from './tender.entity';
import { RouteOperation, type GuardedRequest } from '../auth/route-operation.decorator';

/** GET /api/ocds/tenders/:tenderId: to the tender's sector body, from OPEN_FOR_INTEREST on. */
@Controller('api/ocds/tenders')
export class OcdsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
  ) {}

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
      ? await this.da
          .visible(viewer, TenderEntity, 't')
          .andWhere('t.id = :id', { id: tenderId.toLowerCase() })
          .getOne()
      : null;
    // Anyone else, and a draft, are answered as if there were no such tender.
    if (!tender || tender.status === TenderStatus.DRAFT || !isMemberOf(viewer, tender.sectorBodyId))
      return this.answer(req, res, 404, 'error.notFound');
    // The tender's sector body sees its deals, and who joined them.
    const deals = await this.da
      .visible(viewer, FrameworkDealEntity, 'd')
      .andWhere('d.tender_id = :tenderId', { tenderId: tender.id })
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
    const participations = deals.length
      ? await this.da
          .visible(viewer, ParticipationEntity, 'p')
          .andWhere('p.deal_id = ANY(:ids::uuid[])', { ids: deals.map((d) => d.id) })
          .getMany()
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
