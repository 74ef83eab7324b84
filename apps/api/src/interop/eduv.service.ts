// The Edu-V DPA API's answers (interop/edu-v-dpa-api.md): parameter checks, who may
// ask, and how a board's several agreements with one supplier combine.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  agreementInForce,
  amsterdamDate,
  AgreementStatus,
  EduvDataService,
  isBoardNumber,
  isOin,
  type MessageKey,
  OrganisationKind,
} from '@regie/domain';
import { DataSource } from 'typeorm';
import { AgreementProductEntity } from '../agreements/agreement-product.entity';
import { AgreementEntity } from '../agreements/agreement.entity';
import { DataAccess } from '../data-access';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { EduvCaller } from './eduv-callers';
import { EDUV_DATA_SERVICE_NAMES, EDUV_ECOSYSTEM, eduvDataService } from './eduv-names';

export interface EduvQuery {
  readonly supplierOin: string;
  readonly boardId: string;
  readonly ecosystem: string;
  readonly dataServices: readonly EduvDataService[];
}

/** The `Agreement` of the 200 response, with exactly the spec's field names. */
export interface EduvAgreement {
  agreementId: string;
  supplierOin: string;
  boardId: string;
  ecosystem: string;
  dataServices: string[];
  valid: boolean;
}

export type EduvRefusal = {
  readonly status: 400 | 403 | 404;
  readonly key: MessageKey;
  readonly params?: Record<string, string>;
};

export type Parsed = { readonly query: EduvQuery } | { readonly refused: EduvRefusal };

/** Reads the query string; the first problem found is the answer. */
export function parseEduvQuery(params: URLSearchParams): Parsed {
  const single: Record<string, string> = {};
  for (const name of ['supplierOin', 'boardId', 'ecosystem']) {
    const values = params.getAll(name);
    if (values.length === 0 || values[0] === '')
      return { refused: { status: 400, key: 'eduv.missingParameter', params: { name } } };
    if (values.length > 1)
      return { refused: { status: 400, key: 'eduv.repeatedParameter', params: { name } } };
    single[name] = values[0];
  }
  if (!isOin(single.supplierOin)) return { refused: { status: 400, key: 'eduv.badOin' } };
  if (!isBoardNumber(single.boardId)) return { refused: { status: 400, key: 'eduv.badBoardId' } };
  if (single.ecosystem !== EDUV_ECOSYSTEM)
    return { refused: { status: 400, key: 'eduv.badEcosystem' } };
  const dataServices: EduvDataService[] = [];
  for (const value of params.getAll('data_services')) {
    const service = eduvDataService(value);
    if (!service)
      return { refused: { status: 400, key: 'eduv.unknownDataService', params: { value } } };
    dataServices.push(service);
  }
  return {
    query: {
      supplierOin: single.supplierOin,
      boardId: single.boardId,
      ecosystem: single.ecosystem,
      dataServices,
    },
  };
}

export type EduvEndpoint = 'self' | 'board';

@Injectable()
export class EduvService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
  ) {}

  /**
   * The answer to `query` from `caller`. `/agreements/self`: only the supplier of
   * that OIN. `/agreements`: only the board itself (Regie has no model yet of the
   * parties a board authorises, such as its consent-management provider).
   */
  async answer(
    caller: EduvCaller,
    endpoint: EduvEndpoint,
    query: EduvQuery,
  ): Promise<{ agreement: EduvAgreement } | { refused: EduvRefusal }> {
    if (endpoint === 'self') {
      if (caller.kind !== OrganisationKind.VENDOR || caller.oin !== query.supplierOin)
        return { refused: { status: 403, key: 'eduv.notOwnOin' } };
    } else if (caller.kind !== OrganisationKind.BOARD || caller.boardNumber !== query.boardId) {
      return { refused: { status: 403, key: 'eduv.notTheBoard' } };
    }
    const noAgreement = { refused: { status: 404, key: 'eduv.noAgreement' } } as const;

    const organisations = this.dataSource.getRepository(OrganisationEntity);
    const [board, supplier] = await Promise.all([
      organisations.findOneBy({ kind: OrganisationKind.BOARD, boardNumber: query.boardId }),
      organisations.findOneBy({ kind: OrganisationKind.VENDOR, oin: query.supplierOin }),
    ]);
    if (!board || !supplier) return noAgreement;

    // Signed agreements only: a draft under negotiation is no agreement between them.
    // Stored ACTIVE includes the expired, terminated and superseded (derived on read).
    const agreements = await this.da
      .visible(caller.reader, AgreementEntity, 'a')
      .andWhere('a.board_id = :boardId AND a.vendor_id = :vendorId AND a.status = :active', {
        boardId: board.id,
        vendorId: supplier.id,
        active: AgreementStatus.ACTIVE,
      })
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getMany();
    if (agreements.length === 0) return noAgreement;

    const today = amsterdamDate();
    const inForce = agreements.filter((a) => agreementInForce(a, a.activatedOn, today));
    // Agreements keep no data services of their own: they cover their products'.
    const links = inForce.length
      ? await this.da
          .visible(caller.reader, AgreementProductEntity, 'ap')
          .leftJoinAndSelect('ap.product', 'p')
          .andWhere('ap.agreement_id = ANY(:ids::uuid[])', { ids: inForce.map((a) => a.id) })
          .getMany()
      : [];
    const covered = new Set(links.flatMap((l) => l.product?.dataServices ?? []));
    const dataServices = Object.values(EduvDataService).filter((s) => covered.has(s));
    return {
      agreement: {
        agreementId: (inForce[0] ?? agreements[0]).id,
        supplierOin: query.supplierOin,
        boardId: query.boardId,
        ecosystem: query.ecosystem,
        dataServices: dataServices.map((s) => EDUV_DATA_SERVICE_NAMES[s]),
        valid: inForce.length > 0 && query.dataServices.every((s) => covered.has(s)),
      },
    };
  }
}
