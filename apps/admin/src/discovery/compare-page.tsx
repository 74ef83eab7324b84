// The picked products side by side: one column per product, one row per aspect a procurement
// officer weighs. Rows where the products differ say "Differs"; less favourable values say
// "Note" and why (comparison-highlights.ts decides both), so nothing relies on colour alone.
// A board chooses the published minimum standard the assessments are read against (kept in the
// URL); without a choice each product shows its newest assessment, whatever its standard.
import { OrganisationKind, StandardStatus } from '@regie/domain';
import {
  DiscoveryCompareDocument,
  DiscoveryStandardsDocument,
  type AttestationType,
  type DiscoveryCompareQuery,
  type DiscoveryStandardsQuery,
} from '@regie/graphql-client';
import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { SectorSignalsFigure } from '../signals/sector-signals-figure';
import { DataState } from '../ui/data-state';
import { TableFrame } from '../ui/table-frame';
import './discovery.css';
import {
  highlightComparison,
  type CellHighlight,
  type ComparedFacts,
  type ComparisonRow,
} from './comparison-highlights';
import {
  chooseStandard,
  readPicked,
  readStandard,
  readVendorSearch,
  writeVendorSearch,
} from './vendor-search-params';

type Compared = DiscoveryCompareQuery['compareProducts'][number];
type Standard = DiscoveryStandardsQuery['minimumStandards'][number];

const standardName = (s: { name: string; version: string }) => `${s.name} ${s.version}`;

function toComparedFacts(c: Compared): ComparedFacts {
  return {
    vendorId: c.vendor.id,
    hasLeaflet: Boolean(c.currentLeaflet),
    dataOutsideEea: c.dataOutsideEea,
    subprocessorCount: c.subprocessorCount,
    transferWithoutSafeguards: c.currentLeaflet?.transferWithoutSafeguards ?? false,
    validAttestationTypes: c.validAttestationTypes,
    expiredAttestationTypes: c.product.attestations
      .filter((a) => a.validity === 'EXPIRED')
      .map((a) => a.type),
    assessment: c.assessment ?? null,
    lowestPricePerStudentCents: c.lowestPricePerStudentCents ?? null,
    agreementStatus: c.myAgreementStatus ?? null,
  };
}

export function ComparePage() {
  const { t, formatNumber } = useI18n();
  const { current, user } = useViewer();
  const [params, setParams] = useSearchParams();
  const picked = useMemo(() => readPicked(params), [params]);
  const search = useMemo(() => readVendorSearch(params), [params]);
  const board =
    current?.organisation.kind === OrganisationKind.BOARD ? current.organisation.id : null;
  const [standardsResult, reexecuteStandards] = useQuery({ query: DiscoveryStandardsDocument });
  const published = useMemo(
    () =>
      // Products are compared against standards for products, never those for boards.
      (standardsResult.data?.minimumStandards ?? []).filter(
        (s) => s.status === StandardStatus.PUBLISHED && s.subject === 'PRODUCT',
      ),
    [standardsResult.data],
  );
  // When the standards cannot be loaded, a chosen one cannot be named: compare without it.
  const choice = chooseStandard(
    readStandard(params),
    standardsResult.error
      ? []
      : standardsResult.data?.minimumStandards.filter((s) => s.subject === 'PRODUCT'),
  );
  const standard = choice.standard;
  const [result, reexecute] = useQuery({
    query: DiscoveryCompareDocument,
    variables: { ids: picked, boardId: board, standardId: standard?.id ?? null },
    pause: picked.length === 0 || !choice.ready,
  });
  // In the order picked, whatever order the API answers in.
  const compared = useMemo(() => {
    const list = result.data?.compareProducts ?? [];
    return picked
      .map((id) => list.find((c) => c.product.id === id))
      .filter((c): c is Compared => Boolean(c));
  }, [result.data, picked]);
  // Evidence is measured against the chosen standard's mandatory requirements only.
  const rows = useMemo(
    () =>
      highlightComparison(
        compared.map(toComparedFacts),
        standard
          ? standard.requirements
              .filter((r) => r.mandatory)
              .map((r) => ({ code: r.code, evidenceTypes: r.evidenceTypes }))
          : null,
      ),
    [compared, standard],
  );
  const differing = rows.filter((r) => r.differs).length;
  const backTo = `/vendors?${writeVendorSearch(search, picked, standard?.id ?? null).toString()}`;

  return (
    <>
      <PageHeading title={t('discovery.compare.title')} />
      <p>
        <Link to={backTo}>{t('discovery.compare.back')}</Link>
      </p>
      {picked.length === 0 ? (
        <p>{t('discovery.compare.none')}</p>
      ) : (
        <>
          <p className="lead">{t('discovery.compare.lead')}</p>
          <DataState
            fetching={false}
            error={standardsResult.error}
            hasData={Boolean(standardsResult.data)}
            retry={() => reexecuteStandards({ requestPolicy: 'network-only' })}
          >
            <StandardPicker
              standards={published}
              chosen={standard}
              onChoose={(id) => setParams(writeVendorSearch(search, picked, id), { replace: true })}
            />
          </DataState>
          <DataState
            fetching={result.fetching || !choice.ready}
            error={result.error}
            hasData={Boolean(result.data)}
            retry={() => reexecute({ requestPolicy: 'network-only' })}
          >
            {compared.length > 1 && (
              <p className="discovery-compare__summary" role="status">
                {differing
                  ? t('discovery.compare.summary', {
                      count: formatNumber(differing),
                      total: formatNumber(rows.length),
                    })
                  : t('discovery.compare.summarySame')}
              </p>
            )}
            <TableFrame label={t('discovery.compare.caption', { count: compared.length })}>
              <table className="table discovery-compare">
                <caption className="visually-hidden">
                  {t('discovery.compare.caption', { count: compared.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('discovery.compare.aspect')}</th>
                    {compared.map((c) => (
                      <th scope="col" key={c.product.id}>
                        <span className="discovery-compare__product">{c.product.name}</span>
                        <span className="discovery-compare__category">
                          {t(`productCategory.${c.product.category}`)}
                        </span>
                        <button
                          type="button"
                          className="button button--secondary discovery-compare__remove"
                          onClick={() =>
                            setParams(
                              writeVendorSearch(
                                search,
                                picked.filter((id) => id !== c.product.id),
                                standard?.id ?? null,
                              ),
                              { replace: true },
                            )
                          }
                        >
                          <span aria-hidden="true">✕</span>
                          <span className="visually-hidden">
                            {t('discovery.compare.remove', { product: c.product.name })}
                          </span>
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr
                      key={row.row}
                      className={row.differs ? 'discovery-compare__row--differs' : undefined}
                    >
                      <th scope="row">
                        {row.row === 'assessment' && standard ? (
                          t('discovery.compare.row.assessmentAgainst', {
                            standard: standardName(standard),
                          })
                        ) : (
                          <>
                            {t(`discovery.compare.row.${row.row}`)}
                            {row.row === 'assessment' && (
                              <span className="discovery-compare__note">
                                {t('discovery.compare.newestAssessment')}
                              </span>
                            )}
                            {row.row === 'attestations' && (
                              <span className="discovery-compare__note">
                                {standard
                                  ? t('discovery.compare.evidenceAgainst', {
                                      standard: standardName(standard),
                                    })
                                  : t('discovery.compare.evidenceChoose')}
                              </span>
                            )}
                          </>
                        )}
                        {row.differs && (
                          <span className="discovery-compare__differs">
                            <span aria-hidden="true">≠ </span>
                            {t('discovery.compare.differs')}
                          </span>
                        )}
                      </th>
                      {compared.map((c, index) => (
                        <td
                          key={c.product.id}
                          className={row.cells[index].worse ? 'discovery-compare__cell--worse' : ''}
                        >
                          <CellValue
                            row={row.row}
                            compared={c}
                            isBoard={Boolean(board)}
                            againstChosen={Boolean(standard)}
                          />
                          <CellFlag highlight={row.cells[index]} />
                        </td>
                      ))}
                    </tr>
                  ))}
                  {compared.some((c) => c.product.sectorSignals) && (
                    <tr>
                      <th scope="row">
                        {t('signals.compareRow')}
                        <span className="discovery-compare__note">{t('signals.rule')}</span>
                      </th>
                      {compared.map((c) => (
                        <td key={c.product.id}>
                          {c.product.sectorSignals ? (
                            <SectorSignalsFigure
                              compact
                              rule={false}
                              signals={c.product.sectorSignals}
                              ownVendor={Boolean(
                                user?.memberships.some((m) => m.organisation.id === c.vendor.id),
                              )}
                            />
                          ) : (
                            t('value.none')
                          )}
                        </td>
                      ))}
                    </tr>
                  )}
                </tbody>
              </table>
            </TableFrame>
          </DataState>
        </>
      )}
    </>
  );
}

function StandardPicker(props: {
  standards: readonly Standard[];
  chosen: Standard | null;
  onChoose: (id: string | null) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field discovery-compare__standard">
      <label className="field__label" htmlFor={id}>
        {t('discovery.compare.standard')}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('discovery.compare.standardHint')}
      </p>
      <select
        id={id}
        className="field__input"
        aria-describedby={`${id}-hint`}
        value={props.chosen?.id ?? ''}
        onChange={(event) => props.onChoose(event.target.value || null)}
      >
        <option value="">{t('discovery.compare.standardNewest')}</option>
        {props.standards.map((s) => (
          <option key={s.id} value={s.id}>
            {standardName(s)}
          </option>
        ))}
      </select>
    </div>
  );
}

function CellFlag({ highlight }: { highlight: CellHighlight }) {
  const { t, formatList, locale } = useI18n();
  const or = (values: string[]) =>
    new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { type: 'disjunction' }).format(
      values,
    );
  if (!highlight.worse) return null;
  return (
    <p className="discovery-compare__flag">
      <span aria-hidden="true">⚠ </span>
      <strong>{t('discovery.compare.worse')}:</strong>{' '}
      {formatList(highlight.reasons.map((r) => t(`discovery.compare.reason.${r}`)))}
      {highlight.missingEvidence.map((missing) => (
        <span key={missing.code}>
          <br />
          {t('discovery.compare.missingFor', {
            code: missing.code,
            types: or(
              missing.evidenceTypes.map((type) => t(`attestationType.${type as AttestationType}`)),
            ),
          })}
        </span>
      ))}
      {highlight.expiredTypes.length > 0 && (
        <>
          <br />
          {t('discovery.compare.expired', {
            types: formatList(
              highlight.expiredTypes.map((type) => t(`attestationType.${type as AttestationType}`)),
            ),
          })}
        </>
      )}
    </p>
  );
}

function CellValue(props: {
  row: ComparisonRow;
  compared: Compared;
  isBoard: boolean;
  /** The row names the chosen standard, so the cell need not repeat it. */
  againstChosen: boolean;
}) {
  const { t, formatNumber, formatList, formatCountry } = useI18n();
  const c = props.compared;
  switch (props.row) {
    case 'vendor':
      return <Link to={`/vendors/${c.vendor.id}`}>{c.vendor.name}</Link>;
    case 'dataOutsideEea':
      return (
        <>
          {!c.currentLeaflet
            ? t('discovery.compare.unknown')
            : c.dataOutsideEea
              ? t('discovery.compare.yes')
              : t('discovery.compare.no')}
        </>
      );
    case 'subprocessors': {
      const list = c.currentLeaflet?.subprocessors ?? [];
      return (
        <>
          {t('discovery.compare.subprocessorCount', { count: c.subprocessorCount })}
          {list.length > 0 && (
            <ul className="discovery-compare__list">
              {list.map((s) => (
                <li key={`${s.name}-${s.country}`}>
                  {s.name} ({formatCountry(s.country)}
                  {!s.inEea && `, ${t('discovery.vendor.outsideEea')}`})
                </li>
              ))}
            </ul>
          )}
        </>
      );
    }
    case 'attestations': {
      const expiring = c.product.attestations
        .filter((a) => a.validity === 'EXPIRING')
        .map((a) => t(`attestationType.${a.type}`));
      return (
        <>
          {c.validAttestationTypes.length
            ? formatList(c.validAttestationTypes.map((type) => t(`attestationType.${type}`)))
            : t('discovery.compare.noAttestations')}
          {expiring.length > 0 && (
            <span className="discovery-compare__note">
              {t('discovery.compare.expiring', { types: formatList(expiring) })}
            </span>
          )}
        </>
      );
    }
    case 'assessment':
      return (
        <>
          {!c.assessment
            ? t(
                props.againstChosen
                  ? 'discovery.compare.noAssessmentAgainst'
                  : 'discovery.compare.noAssessment',
              )
            : props.againstChosen
              ? t('discovery.compare.assessmentMet', {
                  met: c.assessment.mandatoryMet,
                  total: c.assessment.mandatoryTotal,
                })
              : t('discovery.compare.assessment', {
                  met: c.assessment.mandatoryMet,
                  total: c.assessment.mandatoryTotal,
                  standard: standardName(c.assessment.standard),
                })}
        </>
      );
    case 'price':
      return (
        <>
          {c.lowestPricePerStudentCents !== null && c.lowestPricePerStudentCents !== undefined
            ? t('discovery.compare.pricePerStudent', {
                price: formatNumber(c.lowestPricePerStudentCents / 100, {
                  style: 'currency',
                  currency: 'EUR',
                }),
              })
            : t('discovery.compare.noDeal')}
          {c.deals.length > 0 && (
            <ul className="discovery-compare__list">
              {c.deals.map((d) => (
                <li key={d.id}>{d.title}</li>
              ))}
            </ul>
          )}
        </>
      );
    case 'agreement':
      return (
        <>
          {!props.isBoard
            ? t('discovery.compare.noBoard')
            : c.myAgreementStatus
              ? t(`agreementStatus.${c.myAgreementStatus}`)
              : t('discovery.compare.noAgreement')}
        </>
      );
  }
}
