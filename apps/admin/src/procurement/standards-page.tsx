// Minimum standards: the published ones for everyone and the sector body's drafts; for a sector
// body's reviewers the queue of submitted assessments, for a vendor its products' assessments.
import {
  ProcurementAssessmentsDocument,
  ProcurementStandardsDocument,
  ProcurementStartAssessmentDocument,
  ProcurementVendorWorkDocument,
  type ProcurementStandardFragment,
} from '@regie/graphql-client';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { FormActions, SelectField, SubmitButton } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import './procurement.css';
import { TableFrame } from '../ui/table-frame';

export function StandardsPage() {
  const { t } = useI18n();
  const { user, current } = useViewer();
  const [result, reexecute] = useQuery({
    query: ProcurementStandardsDocument,
    requestPolicy: 'cache-and-network',
  });
  const standards = result.data?.minimumStandards;
  const org = current?.organisation;
  const create = org?.kind === 'SECTOR_BODY' && may(user, 'createMinimumStandard', org.id);
  const review = org?.kind === 'SECTOR_BODY' && may(user, 'reviewAnswer', org.id);
  const assess = org?.kind === 'VENDOR' && may(user, 'startAssessment', org.id);

  return (
    <>
      <PageHeading title={t('procurement.standards.title')} />
      <p className="lead">{t('procurement.standards.lead')}</p>
      {create && (
        <p>
          <Link className="button" to="/procurement/standards/new">
            {t('procurement.standards.create')}
          </Link>
        </p>
      )}
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(standards)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {standards && standards.length === 0 && <p>{t('procurement.standards.none')}</p>}
        {standards && standards.length > 0 && (
          <TableFrame label={t('procurement.standards.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('procurement.standards.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('procurement.standard.name')}</th>
                  <th scope="col">{t('procurement.standard.status')}</th>
                  <th scope="col">{t('procurement.standard.requirements')}</th>
                </tr>
              </thead>
              <tbody>
                {standards.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link to={`/procurement/standards/${s.id}`}>
                        {s.name} {s.version}
                      </Link>
                      <br />
                      <span className="muted">
                        {s.sectorBody.name} · {t(`procurement.standard.subject.${s.subject}`)}
                      </span>
                    </th>
                    <td>
                      <span
                        className={`badge procurement-badge procurement-badge--${s.status.toLowerCase()}`}
                      >
                        {t(`procurement.standardStatus.${s.status}`)}
                      </span>
                    </td>
                    <td>
                      {t('procurement.standard.requirementCount', {
                        count: s.requirements.length,
                        mandatory: s.requirements.filter((r) => r.mandatory).length,
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
      </DataState>
      {review && <ReviewQueue />}
      {assess && org && standards && (
        <VendorAssessments
          vendorId={org.id}
          standards={standards.filter((s) => s.status === 'PUBLISHED' && s.subject === 'PRODUCT')}
        />
      )}
    </>
  );
}

const PAGE = 20;

function ReviewQueue() {
  const { t, formatDate, formatNumber } = useI18n();
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: ProcurementAssessmentsDocument,
    variables: { status: 'SUBMITTED', first: PAGE, after: pager.after },
    requestPolicy: 'cache-and-network',
  });
  const queue = result.data?.assessments;
  return (
    <section className="panel" aria-labelledby="review-queue">
      <h2 id="review-queue">{t('procurement.review.title')}</h2>
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(queue)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {queue && queue.edges.length === 0 && <p>{t('procurement.review.none')}</p>}
        {queue && queue.edges.length > 0 && (
          <TableFrame label={t('procurement.review.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('procurement.review.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('procurement.assessment.product')}</th>
                  <th scope="col">{t('procurement.assessment.standard')}</th>
                  <th scope="col">{t('procurement.assessment.submittedAt')}</th>
                  <th scope="col">{t('procurement.assessment.result')}</th>
                </tr>
              </thead>
              <tbody>
                {queue.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link to={`/procurement/assessments/${node.id}`}>
                        {node.product.name} — {node.product.vendor.name}
                      </Link>
                    </th>
                    <td>
                      {node.standard.name} {node.standard.version}
                    </td>
                    <td>{node.submittedAt ? formatDate(node.submittedAt) : '—'}</td>
                    <td>
                      {t('procurement.assessment.mandatoryMet', {
                        met: node.mandatoryMet,
                        total: node.mandatoryTotal,
                      })}
                      <br />
                      {t('procurement.assessment.confirmed', {
                        count: formatNumber(node.confirmedCount),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
        {queue && <Pagination pager={pager} pageSize={PAGE} connection={queue} />}
      </DataState>
    </section>
  );
}

function VendorAssessments(props: {
  vendorId: string;
  standards: readonly ProcurementStandardFragment[];
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [result] = useQuery({
    query: ProcurementVendorWorkDocument,
    variables: { vendorId: props.vendorId },
    requestPolicy: 'cache-and-network',
  });
  const [, start] = useMutation(ProcurementStartAssessmentDocument);
  const products = result.data?.organisation?.products ?? [];
  const form = useForm({
    initialValues: { productId: '', standardId: props.standards[0]?.id ?? '' },
    rules: { productId: [required], standardId: [required] },
  });
  return (
    <section className="panel" aria-labelledby="vendor-assessments">
      <h2 id="vendor-assessments">{t('procurement.assessments.own')}</h2>
      {products.some((p) => p.assessments.length > 0) ? (
        <ul>
          {products.flatMap((p) =>
            p.assessments.map((a) => (
              <li key={a.id}>
                <Link to={`/procurement/assessments/${a.id}`}>
                  {p.name} — {a.standard.name} {a.standard.version}
                </Link>{' '}
                ({t(`procurement.assessmentStatus.${a.status}`)})
              </li>
            )),
          )}
        </ul>
      ) : (
        <p>{t('procurement.assessments.none')}</p>
      )}
      <form
        className="form"
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const answer = await outcome(start({ input: values }));
          if (!answer.ok) return answer.problem;
          navigate(`/procurement/assessments/${answer.data.startAssessment.id}`);
        })}
      >
        <h3>{t('procurement.assessments.start')}</h3>
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <SelectField
          form={form}
          name="productId"
          label={t('procurement.assessment.product')}
          options={[
            { value: '', label: t('procurement.offers.chooseProduct') },
            ...products.map((p) => ({ value: p.id, label: p.name })),
          ]}
          required
        />
        <SelectField
          form={form}
          name="standardId"
          label={t('procurement.assessment.standard')}
          options={props.standards.map((s) => ({ value: s.id, label: `${s.name} ${s.version}` }))}
          required
        />
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
            {t('procurement.assessments.startSubmit')}
          </SubmitButton>
        </FormActions>
      </form>
    </section>
  );
}
