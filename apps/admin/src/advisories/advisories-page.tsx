// The security advisories as the organisation acted for meets them. The CERT (a sector body):
// its own advisories, each with how many affected boards answered. A board: the advisories
// still awaiting its answer, then every advisory sent to it with its answer. Anyone else: the
// advisories they may read, counts under the small-count rule.
import {
  AdvisoriesListDocument,
  type AdvisoriesListQueryVariables,
  type AdvisoriesSummaryFragment,
} from '@regie/graphql-client';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import {
  AnsweredOf,
  advisoryRole,
  mayPublish,
  SeverityText,
  TlpText,
  useAnswerText,
  useCount,
} from './advisory-ui';
import './advisories.css';

const pageSize = 10;

export function AdvisoriesPage() {
  const { t } = useI18n();
  const { user, current } = useViewer();
  if (!current) return <PageHeading title={t('advisories.list.title')} />;
  const organisation = current.organisation;
  const role = advisoryRole({ membership: current });
  const publisher = mayPublish({ user, membership: current });

  return (
    <>
      <PageHeading title={t('advisories.list.title')} />
      <p className="lead">
        {role === 'cert'
          ? t('advisories.list.leadCert', { organisation: organisation.name })
          : role === 'board'
            ? t('advisories.list.leadBoard', { organisation: organisation.name })
            : t('advisories.list.leadOther')}
      </p>
      {publisher && (
        <p className="advisories-actions">
          <Link className="button" to="/advisories/new">
            {t('advisories.list.publish')}
          </Link>
          <Link className="button button--secondary" to="/advisories/import">
            {t('advisories.list.import')}
          </Link>
        </p>
      )}
      {role === 'cert' && (
        <AdvisorySection
          id="published"
          title={t('advisories.list.published')}
          variables={{ publisherId: organisation.id }}
          columns="publisher"
        />
      )}
      {role === 'board' && (
        <>
          <AdvisorySection
            id="awaiting"
            title={t('advisories.list.awaiting')}
            variables={{ boardId: organisation.id, awaitingAnswer: true }}
            columns="board"
            boardId={organisation.id}
            empty={t('advisories.list.noneAwaiting')}
          />
          <AdvisorySection
            id="for-board"
            title={t('advisories.list.forBoard')}
            variables={{ boardId: organisation.id }}
            columns="board"
            boardId={organisation.id}
          />
        </>
      )}
      {role === 'reader' && (
        <AdvisorySection
          id="readable"
          title={t('advisories.list.readable')}
          variables={{}}
          columns="reader"
        />
      )}
      {role !== 'board' && <p className="muted">{t('advisories.smallCountHint')}</p>}
    </>
  );
}

function AdvisorySection(props: {
  id: string;
  title: string;
  variables: Omit<AdvisoriesListQueryVariables, 'first' | 'after'>;
  /** Which columns: the publisher's counts, a board's own answer, or a reader's counts. */
  columns: 'publisher' | 'board' | 'reader';
  boardId?: string;
  empty?: string;
}) {
  const { t, formatNumber } = useI18n();
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: AdvisoriesListDocument,
    variables: { ...props.variables, first: pageSize, after: pager.after },
    // Answers change elsewhere (another tab, another board): every visit reads them anew.
    requestPolicy: 'cache-and-network',
  });
  const connection = result.data?.advisories;
  const headingId = `advisories-${props.id}`;

  return (
    <section className="advisories-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(connection)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {connection && connection.edges.length === 0 && (
          <p>{props.empty ?? t('advisories.list.none')}</p>
        )}
        {connection && connection.edges.length > 0 && (
          <>
            <p className="muted">
              {t('advisories.list.count', { count: formatNumber(connection.totalCount) })}
            </p>
            <div
              className="advisories-table-scroll"
              tabIndex={0}
              role="region"
              aria-labelledby={headingId}
            >
              <table className="table">
                <caption className="visually-hidden">{props.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('advisories.list.advisory')}</th>
                    <th scope="col">{t('advisories.list.severity')}</th>
                    {props.columns === 'board' ? (
                      <>
                        <th scope="col">{t('advisories.list.publisher')}</th>
                        <th scope="col">{t('advisories.list.receivedAt')}</th>
                        <th scope="col">{t('advisories.list.yourAnswer')}</th>
                      </>
                    ) : (
                      <>
                        <th scope="col">{t('advisories.list.tlp')}</th>
                        <th scope="col">{t('advisories.list.publishedAt')}</th>
                        <th scope="col">{t('advisories.list.boards')}</th>
                        <th scope="col">{t('advisories.list.answered')}</th>
                      </>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <AdvisoryRow
                      key={node.id}
                      advisory={node}
                      columns={props.columns}
                      boardId={props.boardId}
                    />
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination pager={pager} pageSize={pageSize} connection={connection} />
          </>
        )}
      </DataState>
    </section>
  );
}

function AdvisoryRow(props: {
  advisory: AdvisoriesSummaryFragment;
  columns: 'publisher' | 'board' | 'reader';
  boardId?: string;
}) {
  const { formatDateTime } = useI18n();
  const answerText = useAnswerText();
  const count = useCount();
  const { advisory } = props;
  const own = advisory.responses.find((r) => r.board.id === props.boardId);
  return (
    <tr>
      <th scope="row">
        <Link to={`/advisories/${advisory.id}`}>{advisory.title}</Link>
      </th>
      <td>
        <SeverityText severity={advisory.severity} />
      </td>
      {props.columns === 'board' ? (
        <>
          <td>{advisory.publisher.name}</td>
          <td>{formatDateTime(own?.notifiedAt ?? advisory.publishedAt)}</td>
          <td>{answerText(own?.response)}</td>
        </>
      ) : (
        <>
          <td>
            <TlpText tlp={advisory.tlp} />
          </td>
          <td>{formatDateTime(advisory.publishedAt)}</td>
          <td>{count(advisory.affectedBoardCount)}</td>
          <td>
            <AnswersMeter
              answered={advisory.respondedCount ?? null}
              total={advisory.affectedBoardCount ?? null}
            />
          </td>
        </>
      )}
    </tr>
  );
}

/** "3 of 12" with a bar; the bar only where both counts are shown. */
function AnswersMeter(props: { answered: number | null; total: number | null }) {
  const { answered, total } = props;
  return (
    <span className="advisories-meter">
      <AnsweredOf answered={answered} total={total} />
      {answered !== null && total !== null && total > 0 && (
        <span className="advisories-meter__bar" aria-hidden="true">
          <span
            className="advisories-meter__fill"
            style={{ width: `${Math.round((100 * answered) / total)}%` }}
          />
        </span>
      )}
    </span>
  );
}
