// The home-page cards of the registry area: attestations ending in the coming 90 days (a
// timeline picture with its list as the text equivalent), the reviewer's verification queue,
// and the access requests waiting for a vendor's decision.
import { addDays, amsterdamDate } from '@regie/domain';
import {
  RegistryAccessRequestsDocument,
  RegistryAttestationsDocument,
  type RegistryAttestationRowFragment,
} from '@regie/graphql-client';
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { may } from '../auth/permissions';
import { Card, Failed, Loading, type DashboardCard, type DashboardContext } from '../home/card';
import { useI18n } from '../i18n';
import { expiryTimeline } from './expiry-timeline';
import './registry.css';

const WIDTH = 250;
const PAD = 12;
const AXIS_Y = 22;
const LANE_HEIGHT = 14;

function ExpiryPicture(props: {
  attestations: readonly RegistryAttestationRowFragment[];
  today: string;
}) {
  const { t, formatDate } = useI18n();
  const titleId = useId();
  const timeline = expiryTimeline(props.attestations, props.today);
  const lanes = Math.max(1, ...timeline.points.map((p) => p.lane + 1));
  const height = AXIS_Y + 16 + lanes * LANE_HEIGHT;
  const x = (position: number) => PAD + position * (WIDTH - 2 * PAD);
  const month = (date: string) =>
    new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL', {
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${date}T12:00:00Z`));
  return (
    // The picture is decoration for sighted readers; the list after it says the same in text.
    <svg
      className="registry-timeline"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>
        {t('registry.card.expiring.chart', {
          from: formatDate(timeline.from),
          to: formatDate(timeline.to),
        })}
      </title>
      <line className="registry-timeline__axis" x1={x(0)} x2={x(1)} y1={AXIS_Y} y2={AXIS_Y} />
      <text className="registry-timeline__text" x={x(0)} y={AXIS_Y - 8}>
        {t('registry.card.expiring.today')}
      </text>
      {/* A month mark close to today would overwrite "today". */}
      {timeline.ticks
        .filter((tick) => tick.position > 0.2)
        .map((tick) => (
          <g key={tick.date}>
            <line
              className="registry-timeline__tick"
              x1={x(tick.position)}
              x2={x(tick.position)}
              y1={AXIS_Y - 5}
              y2={AXIS_Y + 5}
            />
            <text
              className="registry-timeline__text"
              x={x(tick.position)}
              y={AXIS_Y - 8}
              textAnchor="middle"
            >
              {month(tick.date)}
            </text>
          </g>
        ))}
      {timeline.points.map((point) => (
        <g key={point.item.id}>
          <circle
            className={`registry-timeline__dot${point.daysLeft <= 30 ? ' registry-timeline__dot--soon' : ''}`}
            cx={x(point.position)}
            cy={AXIS_Y}
            r={5}
          />
          <text
            className="registry-timeline__label"
            x={x(point.position)}
            y={AXIS_Y + 18 + point.lane * LANE_HEIGHT}
            textAnchor={point.position > 0.8 ? 'end' : point.position < 0.2 ? 'start' : 'middle'}
          >
            {t(`attestationType.${point.item.type}`)}
          </text>
        </g>
      ))}
    </svg>
  );
}

function ExpiringCard({ membership }: DashboardContext) {
  const { t, formatDate, formatNumber } = useI18n();
  const own = membership.organisation.kind === 'VENDOR';
  const today = amsterdamDate();
  const context = useMemo(() => ({ additionalTypenames: ['Attestation'] }), []);
  const [result] = useQuery({
    query: RegistryAttestationsDocument,
    variables: {
      // A renewed attestation needs nothing more: only those still to renew are shown.
      filter: {
        validity: 'EXPIRING',
        renewed: false,
        vendorId: own ? membership.organisation.id : null,
      },
      first: 50,
    },
    context,
  });
  const list = result.data?.attestations.edges
    .map((e) => e.node)
    .filter((a) => a.validUntil >= today);
  const total = result.data?.attestations.totalCount;
  const horizon = addDays(today, 90);
  return (
    <Card
      id="registry-expiring"
      title={own ? t('registry.card.expiring.ownTitle') : t('registry.card.expiring.title')}
      figure={total === undefined ? undefined : formatNumber(total)}
      attention={Boolean(total)}
    >
      {result.error ? (
        <Failed />
      ) : !list ? (
        <Loading />
      ) : list.length === 0 ? (
        <p className="card__text">{t('registry.card.expiring.none')}</p>
      ) : (
        <>
          <ExpiryPicture attestations={list.filter((a) => a.validUntil <= horizon)} today={today} />
          <p className="card__text">{t('registry.card.expiring.text')}</p>
          <ul className="card__text">
            {list.map((a) => (
              <li key={a.id}>
                <Link to={`/attestations/${a.id}`}>
                  {t('registry.card.expiring.item', {
                    type: t(`attestationType.${a.type}`),
                    vendor: a.vendor.name,
                    date: formatDate(a.validUntil),
                    days: Math.round((Date.parse(a.validUntil) - Date.parse(today)) / 86_400_000),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <Link to="/attestations">{t('registry.card.expiring.link')}</Link>
    </Card>
  );
}

function VerificationCard() {
  const { t, formatNumber } = useI18n();
  const context = useMemo(() => ({ additionalTypenames: ['Attestation'] }), []);
  const [result] = useQuery({
    query: RegistryAttestationsDocument,
    variables: { filter: { verification: 'UNVERIFIED' }, first: 1 },
    context,
  });
  const count = result.data?.attestations.totalCount;
  return (
    <Card
      id="registry-verification"
      title={t('registry.card.verify.title')}
      figure={count === undefined ? undefined : formatNumber(count)}
      attention={Boolean(count)}
    >
      {result.error ? (
        <Failed />
      ) : count === undefined ? (
        <Loading />
      ) : (
        <p className="card__text">{t('registry.card.verify.text')}</p>
      )}
      <Link to="/verification">{t('registry.card.verify.link')}</Link>
    </Card>
  );
}

function AccessRequestsCard() {
  const { t, formatNumber } = useI18n();
  const context = useMemo(() => ({ additionalTypenames: ['AttestationAccessRequest'] }), []);
  const [result] = useQuery({
    query: RegistryAccessRequestsDocument,
    variables: { status: 'PENDING', first: 1 },
    context,
  });
  const count = result.data?.attestationAccessRequests.totalCount;
  return (
    <Card
      id="registry-access-requests"
      title={t('registry.card.requests.title')}
      figure={count === undefined ? undefined : formatNumber(count)}
      attention={Boolean(count)}
    >
      {result.error ? (
        <Failed />
      ) : count === undefined ? (
        <Loading />
      ) : (
        <p className="card__text">
          {count ? t('registry.card.requests.pending') : t('registry.card.requests.none')}
        </p>
      )}
      <Link to="/attestations/access-requests">{t('registry.card.requests.link')}</Link>
    </Card>
  );
}

export const registryCards: readonly DashboardCard[] = [
  {
    id: 'registry-expiring',
    appliesTo: ({ membership }) => membership.organisation.kind !== 'PLATFORM',
    Component: ExpiringCard,
  },
  {
    id: 'registry-verification',
    appliesTo: ({ user, membership }) => may(user, 'verifyAttestation', membership.organisation.id),
    Component: VerificationCard,
  },
  {
    id: 'registry-access-requests',
    appliesTo: ({ user, membership }) =>
      membership.organisation.kind === 'VENDOR' &&
      may(user, 'decideAttestationAccess', membership.organisation.id),
    Component: AccessRequestsCard,
  },
];
