// The demo's standard for boards: the sector body's norms for information security and
// privacy as a BOARD standard (twelve requirements, level 3 as every board's minimum, a
// development line to level 4 by 1 September 2028 on five of them), and the boards' own
// assessments against it. Sixteen more boards without accounts (made up, like all the
// demo) take part, so that the sector overview has figures above the small-count rule:
// ten boards in PO and ten in VO, counting the demo's own boards.
import { randomUUID } from 'node:crypto';
import {
  AssessmentStatus,
  OrganisationKind,
  Sector,
  StandardStatus,
  StandardSubject,
} from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { writerIn } from '../data-access';
import { OrganisationEntity } from '../organisations/organisation.entity';
import {
  BoardAssessmentEntity,
  type StoredMaturityAnswer,
} from '../procurement/board-assessment.entity';
import {
  MinimumStandardEntity,
  type StoredRequirement,
} from '../procurement/minimum-standard.entity';

const DAY = 86_400_000;
/** The development line's date: the sector's next step. */
export const DEMO_TARGET_DATE = '2028-09-01';

/** The norms, modelled on the sector's framework for information security and privacy. */
const NORMS: [code: string, title: string, description: string, target?: 4][] = [
  [
    'IBP-01',
    'Governance',
    'Het bestuur heeft een vastgesteld IBP-beleid, belegt rollen (FG, CISO, privacy- en securitycoördinator) en legt jaarlijks verantwoording af.',
    4,
  ],
  [
    'IBP-02',
    'Risicomanagement',
    'Risico’s voor informatiebeveiliging en privacy worden periodiek in kaart gebracht, gewogen en van maatregelen voorzien.',
    4,
  ],
  [
    'IBP-03',
    'Toegangsbeheer',
    'Toegang tot systemen volgt rollen, wordt bij in- en uitdienst bijgewerkt en jaarlijks herzien; beheerders gebruiken meerfactorauthenticatie.',
    4,
  ],
  [
    'IBP-04',
    'Bewustwording',
    'Medewerkers volgen jaarlijks een training over informatiebeveiliging en privacy; nieuwe medewerkers bij indiensttreding.',
  ],
  [
    'IBP-05',
    'Incidentbeheer en datalekken',
    'Incidenten en datalekken worden gemeld, geregistreerd, binnen 72 uur beoordeeld en waar nodig gemeld bij de Autoriteit Persoonsgegevens.',
    4,
  ],
  [
    'IBP-06',
    'Leveranciersmanagement',
    'Met elke verwerker is een verwerkersovereenkomst gesloten; leveranciers worden op hun beveiliging beoordeeld.',
  ],
  [
    'IBP-07',
    'Privacy by design',
    'Bij de keuze en inrichting van nieuwe systemen zijn privacy en beveiliging uitgangspunt, met privacyvriendelijke standaardinstellingen.',
  ],
  [
    'IBP-08',
    'DPIA-praktijk',
    'Bij verwerkingen met een hoog risico wordt vooraf een DPIA uitgevoerd, waar mogelijk op basis van een sectorbrede DPIA.',
  ],
  [
    'IBP-09',
    'Logging en monitoring',
    'Toegang tot en gebruik van systemen met persoonsgegevens wordt gelogd en de logging wordt gecontroleerd.',
  ],
  [
    'IBP-10',
    'Continuïteit',
    'Er zijn back-ups, een uitwijk- en herstelplan voor de kritieke systemen, en die worden jaarlijks getest.',
    4,
  ],
  [
    'IBP-11',
    'Dataminimalisatie',
    'Er worden niet meer persoonsgegevens verwerkt en bewaard dan nodig, met bewaartermijnen die worden nageleefd.',
  ],
  [
    'IBP-12',
    'Rechten van betrokkenen',
    'Verzoeken van leerlingen, ouders en medewerkers om inzage, correctie of verwijdering worden tijdig en volledig afgehandeld.',
  ],
];

/** Sixteen boards without accounts: seven PO, seven VO, two with both. */
const MORE_BOARDS: [name: string, sectors: Sector[], students: number][] = [
  ['Stichting Primair Onderwijs De Waterlinie', [Sector.PO], 3100],
  ['Stichting Katholiek Onderwijs Maasvallei', [Sector.PO], 6400],
  ['Stichting Openbare Basisscholen Veenland', [Sector.PO], 2200],
  ['Stichting Samenwerkingsscholen Het Kustpad', [Sector.PO], 1800],
  ['Stichting Protestants-Christelijk Primair Onderwijs De Esch', [Sector.PO], 4300],
  ['Stichting Basisonderwijs Heuvelrug', [Sector.PO], 2700],
  ['Stichting Dalton- en Montessorischolen Lindenhof', [Sector.PO], 1500],
  ['Stichting Voortgezet Onderwijs Polderstad', [Sector.VO], 7200],
  ['Vereniging Gymnasia en Lycea Oude Rijn', [Sector.VO], 5100],
  ['Stichting Scholengroep Noorderlicht', [Sector.VO], 9800],
  ['Stichting Vmbo-scholen De Delta', [Sector.VO], 3600],
  ['Stichting Openbaar Voortgezet Onderwijs Duinstreek', [Sector.VO], 4800],
  ['Stichting Christelijk Voortgezet Onderwijs Het Brede Dal', [Sector.VO], 6100],
  ['Stichting Tweetalig Onderwijs Grensland', [Sector.VO], 2900],
  ['Stichting Onderwijsgroep Rijnmond Oost', [Sector.PO, Sector.VO], 11200],
  ['Stichting Kindcentra en Colleges Vechtdal', [Sector.PO, Sector.VO], 8300],
];

/**
 * A board's maturity per norm, made up but steady: each board has a tendency (how far it
 * is) and each norm a difficulty; the result lies between 1 and 5.
 */
function demoLevel(board: number, norm: number): number {
  const tendency = [3, 4, 2, 3, 3, 4, 3, 2, 4, 3, 3, 5, 2, 3, 4, 3, 3, 2][board % 18];
  const difficulty = [0, 0, 0, 1, -1, 0, -1, -1, -1, 0, 1, 0][norm];
  const wobble = ((board * 7 + norm * 3) % 5) - 2; // -2..2, steady per pair
  const level = tendency + difficulty + (Math.abs(wobble) === 2 ? Math.sign(wobble) : 0);
  return Math.min(5, Math.max(1, level));
}

/** Seeds the BOARD standard, the extra boards and the assessments; returns the boards made. */
export async function loadDemoBoardMaturity(
  em: EntityManager,
  ids: Record<string, string>,
): Promise<number> {
  const now = Date.now();
  const requirements: StoredRequirement[] = NORMS.map(([code, title, description, target]) => ({
    id: randomUUID(),
    code,
    title,
    description,
    mandatory: true,
    evidenceTypes: [],
    minimumLevel: 3,
    targetLevel: target ?? null,
    targetDate: target ? DEMO_TARGET_DATE : null,
  }));
  const standards = writerIn(em, MinimumStandardEntity);
  const standard = await standards.save(
    standards.create({
      sectorBodyId: ids.samenDigitaal,
      name: 'Normenkader informatiebeveiliging en privacy voor besturen',
      version: '2027',
      status: StandardStatus.PUBLISHED,
      subject: StandardSubject.BOARD,
      publishedAt: new Date(now - 120 * DAY),
      requirements,
    }),
  );

  const boards: string[] = [];
  for (const [i, [name, sectors, studentCount]] of MORE_BOARDS.entries()) {
    const saved = await em.save(
      OrganisationEntity,
      em.create(OrganisationEntity, {
        kind: OrganisationKind.BOARD,
        name,
        boardNumber: String(42001 + i),
        sectors,
        studentCount,
      }),
    );
    boards.push(saved.id);
  }

  const assessments = writerIn(em, BoardAssessmentEntity);
  const submit = (boardId: string, board: number, daysAgo: number, lift = 0) => {
    const answers: StoredMaturityAnswer[] = requirements.map((r, norm) => {
      const level = Math.min(5, demoLevel(board, norm) + lift);
      const goal = Math.max(r.targetLevel ?? 3, 3);
      const planned = level < goal;
      return {
        requirementId: r.id,
        level,
        explanation: planned
          ? 'Maatregelen staan in het jaarplan; de uitvoering loopt.'
          : 'Vastgesteld en aantoonbaar in de praktijk.',
        plannedLevel: planned ? goal : null,
        plannedBy: planned ? (level < 3 ? '2027-12-31' : DEMO_TARGET_DATE) : null,
      };
    });
    return assessments.save(
      assessments.create({
        boardId,
        standardId: standard.id,
        status: AssessmentStatus.SUBMITTED,
        answers,
        submittedAt: new Date(now - daysAgo * DAY),
        createdById: null,
      }),
    );
  };
  // Fifteen of the sixteen have assessed themselves; one (in VO) has not yet.
  for (const [i, boardId] of boards.entries()) {
    if (i === 13) continue;
    await submit(boardId, i, 5 + ((i * 11) % 80));
  }
  // Of the demo's own boards: Zuidwest once, Rivierenland twice (a year apart, a step up);
  // De Horizon has not assessed itself yet.
  await submit(ids.zuidwest, 16, 30);
  await submit(ids.rivierenland, 17, 400);
  await submit(ids.rivierenland, 17, 45, 1);
  return boards.length;
}
