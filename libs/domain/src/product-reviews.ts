// Reviews boards share (DOMAIN.md "Learning from each other and sector oversight"): what a
// review starts from when an FG writes it from an agreement's assessed deviations, and the
// counts per risk level the product page, the comparison and the agreement show.
import { AgreementTopic, DeviationAssessment, FindingVerdict, RiskLevel } from './enums';

/** The verdict a deviation's assessment gives its topic: acceptable or not. */
export function verdictOfAssessment(assessment: `${DeviationAssessment}`): FindingVerdict {
  return assessment === DeviationAssessment.UNACCEPTABLE
    ? FindingVerdict.DEVIATES_UNACCEPTABLY
    : FindingVerdict.DEVIATES_ACCEPTABLY;
}

const SEVERITY: Record<FindingVerdict, number> = {
  [FindingVerdict.MEETS_MODEL]: 0,
  [FindingVerdict.DEVIATES_ACCEPTABLY]: 1,
  [FindingVerdict.DEVIATES_UNACCEPTABLY]: 2,
};

/** A deviation as the API answers it (its codes as strings). */
export interface AssessedDeviation {
  readonly clause: string;
  readonly topic: `${AgreementTopic}`;
  readonly text: string;
  readonly assessment?: `${DeviationAssessment}` | null;
  readonly assessmentNote?: string | null;
}

export interface DraftFinding {
  topic: AgreementTopic;
  verdict: FindingVerdict;
  note: string;
}

/**
 * One finding per topic from an agreement's assessed deviations, in the order of the topics
 * (a review has each topic once): the least acceptable verdict among the topic's deviations,
 * and a note naming each clause with the FG's assessment note (else the deviation's text).
 * Deviations not assessed yet are left out: the FG has not judged them.
 */
export function findingsFromDeviations(deviations: readonly AssessedDeviation[]): DraftFinding[] {
  const byTopic = new Map<AgreementTopic, DraftFinding>();
  for (const d of deviations) {
    if (!d.assessment) continue;
    const verdict = verdictOfAssessment(d.assessment);
    const line = `${d.clause}: ${(d.assessmentNote ?? '').trim() || d.text.trim()}`;
    const topic = d.topic as AgreementTopic;
    const found = byTopic.get(topic);
    if (!found) {
      byTopic.set(topic, { topic, verdict, note: line });
    } else {
      if (SEVERITY[verdict] > SEVERITY[found.verdict]) found.verdict = verdict;
      found.note = `${found.note}\n${line}`;
    }
  }
  const order = Object.values(AgreementTopic);
  return [...byTopic.values()].sort((a, b) => order.indexOf(a.topic) - order.indexOf(b.topic));
}

/** How many reviews at each risk level, every level present (0 where none), low first. */
export function reviewsByRisk(
  reviews: readonly { readonly riskLevel: `${RiskLevel}` }[],
): { riskLevel: RiskLevel; reviews: number }[] {
  return Object.values(RiskLevel).map((riskLevel) => ({
    riskLevel,
    reviews: reviews.filter((r) => r.riskLevel === riskLevel).length,
  }));
}
