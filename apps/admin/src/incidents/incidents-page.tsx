// The incidents the viewer sees: the open ones first (a board's with its 72-hour window), then the
// resolved ones; each list pages on its own. A board's members download its breach log here.
import { IncidentStatus, OrganisationKind } from '@regie/domain';
import { IncidentsListDocument, type IncidentsSummaryFragment } from '@regie/graphql-client';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { may } from '../auth/permissions';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import { AuthorityClock } from './authority-clock';
import { BreachLogDownloads } from './breach-log-downloads';
import './incidents.css';
import { TableFrame } from '../ui/table-frame';

const pageSize = 10;

export function IncidentsPage() {
  const { t } = useI18n();
  const { user, current } = useViewer();
  const vendorId =
    current?.organisation.kind === OrganisationKind.VENDOR ? current.organisation.id : null;
  return (
    <>
      <PageHeading title={t('incidents.list.title')} />
      <p className="lead">{t('incidents.list.lead')}</p>
      {vendorId && may(user, 'reportIncident', vendorId) && (
        <p>
          <Link className="button" to="/incidents/report">
            {t('incidents.list.report')}
          </Link>
        </p>
      )}
      {current?.organisation.kind === OrganisationKind.BOARD &&
        may(user, 'breachLogExport', current.organisation.id) && (
          <BreachLogDownloads board={current.organisation} />
        )}
      <IncidentSection status={IncidentStatus.OPEN} />
      <IncidentSection status={IncidentStatus.RESOLVED} />
    </>
  );
}

function IncidentSection({ status }: { status: IncidentStatus }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const { current } = useViewer();
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: IncidentsListDocument,
    variables: { status, first: pageSize, after: pager.after },
  });
  const connection = result.data?.incidents;
  const open = status === IncidentStatus.OPEN;
  const headingId = `incidents-${status}`;
  const organisationId = current?.organisation.id ?? '';

  return (
    <section className="incidents-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{open ? t('incidents.list.open') : t('incidents.list.resolved')}</h2>
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(connection)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {connection && connection.edges.length === 0 && (
          <p>{open ? t('incidents.list.noneOpen') : t('incidents.list.noneResolved')}</p>
        )}
        {connection && connection.edges.length > 0 && (
          <>
            <p className="muted">
              {t(open ? 'incidents.list.openCount' : 'incidents.list.resolvedCount', {
                count: formatNumber(connection.totalCount),
              })}
            </p>
            <TableFrame label={open ? t('incidents.list.open') : t('incidents.list.resolved')}>
              <table className="table">
                <caption className="visually-hidden">
                  {open ? t('incidents.list.open') : t('incidents.list.resolved')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('incidents.list.incident')}</th>
                    <th scope="col">{t('incidents.list.vendor')}</th>
                    <th scope="col">{t('incidents.list.severity')}</th>
                    <th scope="col">{t('incidents.list.reported')}</th>
                    <th scope="col">
                      {open ? t('incidents.list.window') : t('incidents.list.resolvedAt')}
                    </th>
                    <th scope="col">{t('incidents.list.acknowledged')}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <IncidentRow
                      key={node.id}
                      incident={node}
                      organisationId={organisationId}
                      formatDateTime={formatDateTime}
                      formatNumber={formatNumber}
                    />
                  ))}
                </tbody>
              </table>
            </TableFrame>
            <Pagination pager={pager} pageSize={pageSize} connection={connection} />
          </>
        )}
      </DataState>
    </section>
  );
}

function IncidentRow(props: {
  incident: IncidentsSummaryFragment;
  organisationId: string;
  formatDateTime: (value: string) => string;
  formatNumber: (value: number) => string;
}) {
  const { t } = useI18n();
  const { incident } = props;
  return (
    <tr>
      <th scope="row">
        <Link to={`/incidents/${incident.id}`}>{incident.title}</Link>
      </th>
      <td>{incident.vendor.name}</td>
      <td className={`incidents-severity--${incident.severity}`}>
        {t(`incidents.severity.${incident.severity}`)}
      </td>
      <td>{props.formatDateTime(incident.reportedAt)}</td>
      <td>
        {incident.status === IncidentStatus.OPEN ? (
          <AuthorityClock incident={incident} organisationId={props.organisationId} />
        ) : incident.resolvedAt ? (
          props.formatDateTime(incident.resolvedAt)
        ) : (
          '—'
        )}
      </td>
      <td>
        {props.formatNumber(incident.acknowledgedCount)} /{' '}
        {props.formatNumber(incident.affectedBoardCount)}
      </td>
    </tr>
  );
}
