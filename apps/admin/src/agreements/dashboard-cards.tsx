// The home-page cards of the agreements area: for a board's FG the agreements awaiting review,
// for signatories those awaiting their signature, for either party's editors the drafts and
// requested changes waiting for their party (DOMAIN.md's waitingOn). Each says whose turn it is
// and how long every agreement has waited, with a small bar picture whose text is the list.
import { AgreementsListDocument, type AgreementsRowFragment } from '@regie/graphql-client';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { may } from '../auth/permissions';
import { Card, Failed, Loading, type DashboardCard, type DashboardContext } from '../home/card';
import { useI18n, type MessageKey } from '../i18n';
import { StatusBadge } from './agreement-ui';
import { waitingWords, waitsFor } from './waiting-on';
import { waitingBars } from './waiting-time';

type Status = AgreementsRowFragment['status'];

function partyFilter({ membership }: DashboardContext) {
  const organisation = membership.organisation;
  return organisation.kind === 'BOARD'
    ? { boardId: organisation.id }
    : { vendorId: organisation.id };
}

function WaitingCard(props: {
  context: DashboardContext;
  id: string;
  title: MessageKey;
  none: MessageKey;
  statuses: Status[];
}) {
  const { t, formatNumber, formatList } = useI18n();
  const [result] = useQuery({
    query: AgreementsListDocument,
    variables: {
      filter: { ...partyFilter(props.context), status: props.statuses },
      first: 25,
    },
    requestPolicy: 'cache-and-network',
  });
  const isBoard = props.context.membership.organisation.kind === 'BOARD';
  const ownParty = isBoard ? 'BOARD' : 'VENDOR';
  // Only those whose turn is this person's party's: a draft of the other party waits for it.
  const list = result.data?.agreements.edges
    .map((e) => e.node)
    .filter((a) => waitsFor(a.waitingOn, ownParty));
  // The last change is when the agreement came to this person's desk: the step before theirs.
  const bars = list ? waitingBars(list, (a) => a.updatedAt) : undefined;
  const figureOf = (count: number) => formatNumber(count);
  const partiesOf = (a: AgreementsRowFragment) =>
    formatList(waitingWords(a.waitingOn, ownParty).map((w) => t(w)));

  return (
    <Card
      id={props.id}
      title={t(props.title)}
      figure={bars ? figureOf(bars.length) : undefined}
      attention={Boolean(bars?.length)}
    >
      {result.error && !bars ? (
        <Failed />
      ) : !bars ? (
        <Loading />
      ) : bars.length === 0 ? (
        <p className="card__text">{t(props.none)}</p>
      ) : (
        <ul className="waiting" aria-label={t('agreements.cards.waitingChart')}>
          {bars.slice(0, 5).map(({ item, days, share }) => (
            <li key={item.id}>
              <Link to={`/agreements/${item.id}`}>
                {isBoard ? item.vendor.name : item.board.name}
              </Link>{' '}
              <StatusBadge status={item.status} />{' '}
              <span>{t('agreements.cards.waiting', { parties: partiesOf(item), days })}</span>
              <span className="waiting__track" aria-hidden="true">
                <span className="waiting__bar" style={{ width: `${Math.round(share * 100)}%` }} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <Link to="/agreements">{t('agreements.cards.link')}</Link>
    </Card>
  );
}

function ReviewCard(context: DashboardContext) {
  return (
    <WaitingCard
      context={context}
      id="agreements-review"
      title="agreements.cards.review.title"
      none="agreements.cards.review.none"
      statuses={['IN_REVIEW']}
    />
  );
}

function SignatureCard(context: DashboardContext) {
  return (
    <WaitingCard
      context={context}
      id="agreements-sign"
      title="agreements.cards.sign.title"
      none="agreements.cards.sign.none"
      statuses={['APPROVED']}
    />
  );
}

function VendorCard(context: DashboardContext) {
  return (
    <WaitingCard
      context={context}
      id="agreements-vendor"
      title="agreements.cards.vendor.title"
      none="agreements.cards.vendor.none"
      statuses={['DRAFT', 'CHANGES_REQUESTED']}
    />
  );
}

function BoardDraftsCard(context: DashboardContext) {
  return (
    <WaitingCard
      context={context}
      id="agreements-drafts"
      title="agreements.cards.drafts.title"
      none="agreements.cards.drafts.none"
      statuses={['DRAFT', 'CHANGES_REQUESTED']}
    />
  );
}

const kindIs = (kind: string) => (c: DashboardContext) => c.membership.organisation.kind === kind;
const party = (c: DashboardContext) => kindIs('BOARD')(c) || kindIs('VENDOR')(c);

export const agreementsCards: readonly DashboardCard[] = [
  {
    id: 'agreements-review',
    appliesTo: (c) =>
      kindIs('BOARD')(c) && may(c.user, 'approveAgreement', c.membership.organisation.id),
    Component: ReviewCard,
  },
  {
    id: 'agreements-sign',
    appliesTo: (c) => party(c) && may(c.user, 'signAgreement', c.membership.organisation.id),
    Component: SignatureCard,
  },
  {
    id: 'agreements-vendor',
    appliesTo: (c) =>
      kindIs('VENDOR')(c) && may(c.user, 'submitAgreementForReview', c.membership.organisation.id),
    Component: VendorCard,
  },
  {
    id: 'agreements-drafts',
    appliesTo: (c) =>
      kindIs('BOARD')(c) && may(c.user, 'submitAgreementForReview', c.membership.organisation.id),
    Component: BoardDraftsCard,
  },
];
