// What a route shows when it cannot render: most often a page chunk that no longer exists
// because a new version was deployed while the tab was open. Reloading fetches the new one.
import { useRouteError } from 'react-router';
import { useI18n } from '../i18n';
import { PageFrame } from './page-frame';
import { PageHeading } from './page-heading';

export function RouteError() {
  const { t } = useI18n();
  const error = useRouteError();
  // Logged for whoever opens the console; the page says what the person can do.
  console.error(error);
  return (
    <PageFrame header={null}>
      <PageHeading title={t('routeError.title')} />
      <p>{t('routeError.text')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('routeError.reload')}
      </button>
    </PageFrame>
  );
}
