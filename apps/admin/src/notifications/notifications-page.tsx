// The person's notifications, newest first, a page at a time. Opening one marks it read and
// goes to what it is about; "unread only" keeps the list to what still needs a look.
import {
  NotificationsListDocument,
  NotificationsMarkReadDocument,
  type NotificationsListQuery,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';

const PAGE_SIZE = 20;
type Notice = NotificationsListQuery['notifications']['edges'][number]['node'];

export function NotificationsPage() {
  const { t } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: NotificationsListDocument,
    variables: { first: PAGE_SIZE, after: pager.after, unreadOnly },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const page = result.data?.notifications;

  return (
    <>
      <PageHeading title={t('notifications.title')} />
      <p className="lead">{t('notifications.lead')}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={unreadOnly}
          onChange={(event) => {
            setUnreadOnly(event.target.checked);
            pager.restart();
          }}
        />
        {t('notifications.onlyUnread')}
      </label>
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(page)}
        retry={reload}
      >
        {page && page.edges.length === 0 && (
          <p>{unreadOnly ? t('notifications.noneUnread') : t('notifications.none')}</p>
        )}
        {page && page.edges.length > 0 && (
          <ul className="notification-list">
            {page.edges.map(({ node }) => (
              <NotificationItem key={node.id} notice={node} />
            ))}
          </ul>
        )}
        {page && <Pagination pager={pager} pageSize={PAGE_SIZE} connection={page} />}
      </DataState>
    </>
  );
}

function NotificationItem({ notice }: { notice: Notice }) {
  const { t, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const [, markRead] = useMutation(NotificationsMarkReadDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const titleId = `notification-${notice.id}`;

  const read = async (): Promise<boolean> => {
    if (notice.readAt) return true;
    const answer = await outcome(markRead({ id: notice.id }));
    setProblem(answer.ok ? null : answer.problem);
    return answer.ok;
  };

  return (
    <li
      className={`notification${notice.readAt ? '' : ' notification--unread'}`}
      aria-labelledby={titleId}
    >
      <p className="notification__meta">
        <span className="badge">
          {notice.readAt ? t('notifications.read') : t('notifications.new')}
        </span>{' '}
        {formatDateTime(notice.createdAt)}
      </p>
      <h2 id={titleId} className="notification__title">
        {notice.title}
      </h2>
      <p>{notice.body}</p>
      <ProblemMessage problem={problem} />
      <div className="notification__actions">
        {notice.link && (
          <button
            type="button"
            className="button"
            onClick={() =>
              // Read or not, the person goes where the notice points.
              void read().then(() => navigate(notice.link!))
            }
          >
            {t('notifications.open')}
            <span className="visually-hidden">: {notice.title}</span>
          </button>
        )}
        {!notice.readAt && (
          <button type="button" className="button button--secondary" onClick={() => void read()}>
            {t('notifications.markRead')}
            <span className="visually-hidden">: {notice.title}</span>
          </button>
        )}
      </div>
    </li>
  );
}
