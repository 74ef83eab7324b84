import {
  AgreementTopic as T,
  DeviationAssessment as A,
  FindingVerdict as V,
  RiskLevel as R,
} from './enums';
import { findingsFromDeviations, reviewsByRisk, verdictOfAssessment } from './product-reviews';

describe('verdictOfAssessment', () => {
  it.each([
    [A.ACCEPTABLE, V.DEVIATES_ACCEPTABLY],
    [A.ACCEPTABLE_WITH_MEASURES, V.DEVIATES_ACCEPTABLY],
    [A.UNACCEPTABLE, V.DEVIATES_UNACCEPTABLY],
  ])('%s deviates: %s', (assessment, verdict) => {
    expect(verdictOfAssessment(assessment)).toBe(verdict);
  });
});

describe('findingsFromDeviations', () => {
  it('makes one finding per assessed topic, in topic order, with the FG’s note', () => {
    expect(
      findingsFromDeviations([
        {
          clause: '9.1',
          topic: T.LIABILITY,
          text: 'Aansprakelijkheid beperkt.',
          assessment: A.ACCEPTABLE,
          assessmentNote: 'Verzekerd tot € 2 mln.',
        },
        {
          clause: '7.2',
          topic: T.BREACH_NOTIFICATION,
          text: 'Meldplicht binnen 72 uur.',
          assessment: A.UNACCEPTABLE,
          assessmentNote: null,
        },
        { clause: '3.1', topic: T.SECURITY, text: 'Geen pentest.', assessment: null },
      ]),
    ).toEqual([
      {
        topic: T.BREACH_NOTIFICATION,
        verdict: V.DEVIATES_UNACCEPTABLY,
        note: '7.2: Meldplicht binnen 72 uur.',
      },
      { topic: T.LIABILITY, verdict: V.DEVIATES_ACCEPTABLY, note: '9.1: Verzekerd tot € 2 mln.' },
    ]);
  });

  it('joins the deviations of one topic, keeping the least acceptable verdict', () => {
    for (const order of [
      [A.ACCEPTABLE_WITH_MEASURES, A.UNACCEPTABLE],
      [A.UNACCEPTABLE, A.ACCEPTABLE],
    ])
      expect(
        findingsFromDeviations(
          order.map((assessment, i) => ({
            clause: `${i + 1}`,
            topic: T.SUBPROCESSORS,
            text: `Afwijking ${i + 1}`,
            assessment,
            assessmentNote: `Noot ${i + 1}`,
          })),
        ),
      ).toEqual([
        { topic: T.SUBPROCESSORS, verdict: V.DEVIATES_UNACCEPTABLY, note: '1: Noot 1\n2: Noot 2' },
      ]);
  });

  it('has nothing to start from without assessed deviations', () => {
    expect(findingsFromDeviations([])).toEqual([]);
  });
});

describe('reviewsByRisk', () => {
  it('counts every level, zero where none', () => {
    expect(
      reviewsByRisk([{ riskLevel: R.HIGH }, { riskLevel: R.LOW }, { riskLevel: R.LOW }]),
    ).toEqual([
      { riskLevel: R.LOW, reviews: 2 },
      { riskLevel: R.MEDIUM, reviews: 0 },
      { riskLevel: R.HIGH, reviews: 1 },
    ]);
  });
});
