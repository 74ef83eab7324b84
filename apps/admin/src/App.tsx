// The page frame every screen shares: skip link, header, main landmark, footer.
// Sign-in and the role home pages will replace the welcome content inside <main>.
import { ApiStatus } from './api-status';
import { useI18n } from './i18n';
import { LanguageSwitch } from './language-switch';

export function App() {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <p className="brand">
            <span className="brand__name">Regie</span>
            <span className="brand__tagline">{t('header.tagline')}</span>
          </p>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="container site-main" tabIndex={-1}>
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <ApiStatus />
      </main>
      <footer className="site-footer">
        <div className="container">{t('footer.text')}</div>
      </footer>
    </>
  );
}
