// Two demo incidents: an open one from two days ago and a resolved one from last
// month, each for a vendor product that boards have ACTIVE agreements on, if the
// demo has such agreements (demo-agreements.ts); otherwise for a demo product all
// the same, with no board told.
import { IncidentStatus, Severity } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { insertNotices } from '../incidents/incident-fanout';
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
  const covered: { product_id: string; vendor_id: string }[] = await em.query(
    `SELECT ap.product_id, a.vendor_id, count(DISTINCT a.board_id) AS boards
       FROM agreement a JOIN agreement_product ap ON ap.agreement_id = a.id
      WHERE a.status = 'ACTIVE'
      GROUP BY ap.product_id, a.vendor_id
      ORDER BY boards DESC, ap.product_id
      LIMIT 2`,
  );
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
  },
): Promise<void> {
  const editors: { email: string }[] = await em.query(
    `SELECT u.email FROM app_user u JOIN membership m ON m.user_id = u.id
      WHERE m.organisation_id = $1 AND m.roles && ARRAY['VENDOR_EDITOR']::membership_role[]
      ORDER BY u.email LIMIT 1`,
    [target.vendor_id],
  );
  const author = editors[0] ? await em.findOneBy(UserEntity, { email: editors[0].email }) : null;
  const row = await em.save(
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
  await em.insert(IncidentProductEntity, { incidentId: row.id, productId: target.product_id });
  const boards = await insertNotices(em, row.id, [target.product_id], incident.reportedAt);
  for (const [i, body] of incident.updates.entries()) {
    await em.insert(IncidentUpdateEntity, {
      incidentId: row.id,
      authorId: author?.id ?? null,
      body,
      createdAt: new Date(incident.reportedAt.getTime() + (i + 1) * 20 * HOUR),
    });
  }
  if (incident.acknowledgedAfterMs === undefined) return;
  for (const boardId of boards) {
    const fg: { user_id: string }[] = await em.query(
      `SELECT user_id FROM membership WHERE organisation_id = $1
        AND roles && ARRAY['PRIVACY_OFFICER']::membership_role[] ORDER BY user_id LIMIT 1`,
      [boardId],
    );
    await em.update(
      IncidentNoticeEntity,
      { incidentId: row.id, boardId },
      {
        acknowledgedAt: new Date(incident.reportedAt.getTime() + incident.acknowledgedAfterMs),
        acknowledgedById: fg[0]?.user_id ?? null,
      },
    );
  }
}
