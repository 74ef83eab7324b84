// The header's way to the person's notifications, with the number unread. It asks again on
// every page change and every minute, so that a new notice shows without a reload.
import { NotificationsUnreadCountDocument } from '@regie/graphql-client';
import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';

const REFRESH_MS = 60_000;

export function NotificationsLink() {
  const { t, formatNumber } = useI18n();
  const location = useLocation();
  const [result, reexecute] = useQuery({
    query: NotificationsUnreadCountDocument,
    requestPolicy: 'network-only',
  });
  // The first page's count comes with the query itself; each later page asks again.
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) reexecute({ requestPolicy: 'network-only' });
    shown.current = true;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [location.pathname, reexecute]);
  const unread = result.data?.notifications.totalCount ?? 0;
  return (
    <NavLink to="/notifications" className="notifications-link">
      {t('notifications.nav')}
      {unread > 0 && (
        <span className="notifications-link__count">
          <span aria-hidden="true">{formatNumber(unread)}</span>
          <span className="visually-hidden">
            {' '}
            {t('notifications.unread', { count: formatNumber(unread) })}
          </span>
        </span>
      )}
    </NavLink>
  );
}
