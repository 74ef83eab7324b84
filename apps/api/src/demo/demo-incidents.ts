// Two demo incidents: an open one from two days ago and a resolved one from last
// month, each for a vendor product that boards have ACTIVE agreements on, if the
// demo has such agreements (demo-agreements.ts); otherwise for a demo product all
// the same, with no board told.
import { AgreementProductEntity } from '../agreements/agreement-product.entity';
import { AgreementEntity } from '../agreements/agreement.entity';
import { joinVisibleIn, SYSTEM, visibleIn, writerIn } from '../data-access';
import { MembershipEntity } from '../identity/membership.entity';
import { AuthorityDecision, IncidentStatus, Severity } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { insertNotices } from '../data-access/queries/incident-fanout.queries';
import { IncidentAuthorityRecordEntity } from '../incidents/incident-authority-record.entity';
import { IncidentNoticeEntity } from '../incidents/incident-notice.entity';
import { IncidentProductEntity } from '../incidents/incident-product.entity';
import { IncidentUpdateEntity } from '../incidents/incident-update.entity';
import { IncidentEntity } from '../incidents/incident.entity';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Loads the demo incidents; `ids` maps DEMO_ORGANISATIONS keys to ids. Returns how many. */
export async function loadDemoIncidents(
  em: EntityManager,
  ids: Record<string, string>,
): Promise<number> {
  // The demo's incidents concern the products most boards use: the platform seeding
  // its own database, for no organisation.
  const covered = await joinVisibleIn(
    visibleIn(em, SYSTEM, AgreementEntity, 'a'),
    SYSTEM,
    AgreementProductEntity,
    'ap',
    'ap.agreement_id = a.id',
  )
    .select('ap.product_id', 'product_id')
    .addSelect('a.vendor_id', 'vendor_id')
    .addSelect('count(DISTINCT a.board_id)', 'boards')
    .andWhere("a.status = 'ACTIVE'")
    .groupBy('ap.product_id')
    .addGroupBy('a.vendor_id')
    .orderBy('boards', 'DESC')
    .addOrderBy('ap.product_id')
    .limit(2)
    .getRawMany<{ product_id: string; vendor_id: string }>();
  const fallback: { product_id: string; vendor_id: string }[] = await em.query(
    `SELECT id AS product_id, vendor_id FROM product WHERE vendor_id = ANY($1::uuid[])
      ORDER BY name LIMIT 2`,
    [[ids.leerwijs, ids.toetsplein].filter(Boolean)],
  );
  const [open, resolved] = [0, 1].map((i) => covered[i] ?? covered[0] ?? fallback[i]);
  if (!open || !resolved) return 0;
  const now = Date.now();
  await report(em, open, {
    title: 'Verhoogde foutmeldingen bij inloggen; mogelijk misbruik van wachtwoorden',
    description:
      'Wij zien sinds gisteravond veel mislukte inlogpogingen vanaf enkele adressen. ' +
      'Er is nog geen aanwijzing dat accounts zijn overgenomen; wij onderzoeken het.',
    severity: Severity.MEDIUM,
    personalDataInvolved: false,
    discoveredAt: new Date(now - 2 * DAY - 6 * HOUR),
    reportedAt: new Date(now - 2 * DAY),
    updates: ['De betrokken adressen zijn geblokkeerd. Het onderzoek loopt nog.'],
  });
  await report(em, resolved, {
    title: 'Exportbestand met leerlinggegevens per abuis gedeeld',
    description:
      'Een supportmedewerker heeft een exportbestand met namen en groepen van leerlingen ' +
      'naar een verkeerde school gestuurd. Het bestand is verwijderd.',
    severity: Severity.HIGH,
    personalDataInvolved: true,
    discoveredAt: new Date(now - 41 * DAY),
    reportedAt: new Date(now - 40 * DAY),
    updates: [
      'De ontvanger heeft schriftelijk bevestigd dat het bestand is verwijderd.',
      'De werkwijze voor exports is aangepast: alleen nog via een beveiligde link.',
    ],
    resolvedAt: new Date(now - 35 * DAY),
    acknowledgedAfterMs: 5 * HOUR,
    // Each board's FG documented the breach and reported it within the 72 hours.
    authority: {
      reportedAfterMs: 30 * HOUR,
      effects:
        'Namen en groepen van leerlingen zijn bij één verkeerde school terechtgekomen; geen gevoelige gegevens.',
      remedialAction:
        'De ontvangende school heeft het bestand verwijderd; de ouders van de betrokken leerlingen zijn ingelicht.',
    },
  });
  return 2;
}

async function report(
  em: EntityManager,
  target: { product_id: string; vendor_id: string },
  incident: {
    title: string;
    description: string;
    severity: Severity;
    personalDataInvolved: boolean;
    discoveredAt: Date;
    reportedAt: Date;
    updates: string[];
    resolvedAt?: Date;
    acknowledgedAfterMs?: number;
    authority?: { reportedAfterMs: number; effects: string; remedialAction: string };
  },
): Promise<void> {
  const author = await firstMember(em, target.vendor_id, 'VENDOR_EDITOR');
  const row = await writerIn(em, IncidentEntity).save(
    em.create(IncidentEntity, {
      vendorId: target.vendor_id,
      title: incident.title,
      description: incident.description,
      severity: incident.severity,
      personalDataInvolved: incident.personalDataInvolved,
      discoveredAt: incident.discoveredAt,
      reportedAt: incident.reportedAt,
      status: incident.resolvedAt ? IncidentStatus.RESOLVED : IncidentStatus.OPEN,
      resolvedAt: incident.resolvedAt ?? null,
      reportedById: author?.id ?? null,
    }),
  );
  await writerIn(em, IncidentProductEntity).insert({
    incidentId: row.id,
    productId: target.product_id,
  });
  const boards = await insertNotices(em, row.id, [target.product_id], incident.reportedAt);
  for (const [i, body] of incident.updates.entries()) {
    await writerIn(em, IncidentUpdateEntity).insert({
      incidentId: row.id,
      authorId: author?.id ?? null,
      body,
      createdAt: new Date(incident.reportedAt.getTime() + (i + 1) * 20 * HOUR),
    });
  }
  if (incident.acknowledgedAfterMs === undefined) return;
  for (const boardId of boards) {
    const fg = await firstMember(em, boardId, 'PRIVACY_OFFICER');
    await writerIn(em, IncidentNoticeEntity).update(
      { incidentId: row.id, boardId },
      {
        acknowledgedAt: new Date(incident.reportedAt.getTime() + incident.acknowledgedAfterMs),
        acknowledgedById: fg?.id ?? null,
      },
    );
    if (!incident.authority) continue;
    const recordedAt = new Date(incident.reportedAt.getTime() + incident.authority.reportedAfterMs);
    const record = {
      decision: AuthorityDecision.REPORTED,
      reportedAt: recordedAt,
      reference: `AP-${recordedAt.getUTCFullYear()}-${String(1000 + boards.indexOf(boardId))}`,
      reason: null,
      effects: incident.authority.effects,
      remedialAction: incident.authority.remedialAction,
    };
    await writerIn(em, IncidentAuthorityRecordEntity).insert({
      incidentId: row.id,
      boardId,
      version: 1,
      ...record,
      recordedAt,
      recordedById: fg?.id ?? null,
    });
    await writerIn(em, IncidentNoticeEntity).update(
      { incidentId: row.id, boardId },
      {
        authorityDecision: record.decision,
        authorityReportedAt: record.reportedAt,
        authorityReference: record.reference,
        authorityDecisionReason: null,
        effects: record.effects,
        remedialAction: record.remedialAction,
        authorityVersion: 1,
        authorityRecordedAt: recordedAt,
        authorityRecordedById: fg?.id ?? null,
      },
    );
  }
}

/** The organisation's member with `role` whose e-mail address sorts first. */
async function firstMember(
  em: EntityManager,
  organisationId: string,
  role: string,
): Promise<UserEntity | null> {
  const member = await visibleIn(em, SYSTEM, MembershipEntity, 'm')
    .innerJoinAndMapOne('m.user', UserEntity, 'u', 'u.id = m.user_id')
    .andWhere('m.organisation_id = :organisationId', { organisationId })
    .andWhere(`m.roles && ARRAY[:role]::membership_role[]`, { role })
    .orderBy('u.email')
    .getOne();
  return (member as (MembershipEntity & { user?: UserEntity }) | null)?.user ?? null;
}
