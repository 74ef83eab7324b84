// A tender and its deals as an Open Contracting Data Standard 1.1.5 release package
// (schemas/ocds-1.1.5): what a sector body publishes of a collective tender. Offers
// are never in it: scores and prices of losing offers stay with the sector body.
import { TenderStatus } from '@regie/domain';
import type { FrameworkDealEntity } from './framework-deal.entity';
import type { TenderEntity } from './tender.entity';

/** The OCDS techniques extension, which defines tender.techniques.hasFrameworkAgreement. */
export const TECHNIQUES_EXTENSION =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/v1.1.5/extension.json';

/** Regie's ocid prefix: the identifiers are Regie's own. */
export const OCID_PREFIX = 'ocds-regie';

export interface OcdsParty {
  id: string;
  name: string;
}

export interface OcdsInput {
  baseUrl: string;
  tender: TenderEntity;
  sectorBody: OcdsParty;
  deals: readonly FrameworkDealEntity[];
  vendors: ReadonlyMap<string, OcdsParty>;
  /** Boards that joined one of the deals. */
  buyers: readonly OcdsParty[];
  now: Date;
}

const TENDER_STATUS: Record<TenderStatus, string> = {
  DRAFT: 'planning',
  OPEN_FOR_INTEREST: 'planned',
  OPEN_FOR_OFFERS: 'active',
  EVALUATION: 'active',
  AWARDED: 'complete',
  CANCELLED: 'cancelled',
};

/** A calendar date as the start (or end) of that day in Europe/Amsterdam's offset-free form. */
const dayStart = (date: string) => `${date}T00:00:00Z`;
const dayEnd = (date: string) => `${date}T23:59:59Z`;

export function ocdsReleasePackage(input: OcdsInput) {
  const { tender, sectorBody, deals, vendors, buyers, now } = input;
  const ocid = `${OCID_PREFIX}-${tender.id}`;
  const tags: string[] = ['tender'];
  if (tender.status === TenderStatus.CANCELLED) tags.push('tenderCancellation');
  if (deals.length) tags.push('award');
  const published = deals.filter((d) => d.status === 'PUBLISHED');
  if (published.length) tags.push('contract');
  const supplierIds = [...new Set(deals.map((d) => d.vendorId))];
  const parties = [
    { id: sectorBody.id, name: sectorBody.name, roles: ['procuringEntity'] },
    ...buyers.map((b) => ({ id: b.id, name: b.name, roles: ['buyer'] })),
    ...supplierIds.map((id) => ({
      id,
      name: vendors.get(id)?.name ?? id,
      roles: ['supplier'],
    })),
  ];
  const release = {
    ocid,
    id: `${ocid}-${now.toISOString()}`,
    date: now.toISOString(),
    tag: tags,
    initiationType: 'tender',
    parties,
    planning: { rationale: tender.description },
    tender: {
      id: tender.id,
      title: tender.title,
      description: tender.description,
      status: TENDER_STATUS[tender.status],
      procuringEntity: { id: sectorBody.id, name: sectorBody.name },
      mainProcurementCategory: 'services',
      procurementMethod: 'open',
      awardCriteria: 'ratedCriteria',
      awardCriteriaDetails: tender.criteria.map((c) => `${c.name}: ${c.weight}%`).join('; '),
      enquiryPeriod: { endDate: tender.interestDeadline.toISOString() },
      tenderPeriod: { endDate: tender.offerDeadline.toISOString() },
      techniques: { hasFrameworkAgreement: true },
    },
    awards: deals.map((d) => ({
      id: d.id,
      title: d.title,
      status: d.status === 'PUBLISHED' ? 'active' : 'pending',
      suppliers: [{ id: d.vendorId, name: vendors.get(d.vendorId)?.name ?? d.vendorId }],
      contractPeriod: { startDate: dayStart(d.validFrom), endDate: dayEnd(d.validUntil) },
    })),
    contracts: published.map((d) => ({
      id: d.id,
      awardID: d.id,
      title: d.title,
      status: 'active',
      period: { startDate: dayStart(d.validFrom), endDate: dayEnd(d.validUntil) },
      ...(d.vendorSignature ? { dateSigned: d.vendorSignature.signedAt } : {}),
    })),
  };
  return {
    uri: `${input.baseUrl}/api/ocds/tenders/${tender.id}`,
    version: '1.1',
    extensions: [TECHNIQUES_EXTENSION],
    publishedDate: now.toISOString(),
    publisher: { name: sectorBody.name },
    releases: [release],
  };
}
