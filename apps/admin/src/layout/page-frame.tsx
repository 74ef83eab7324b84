// The frame every screen shares: skip link, header, main landmark, footer. The header's right
// side differs: the language switch alone before sign-in, the organisation switcher and the
// user menu after.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n';

export function PageFrame(props: { header: ReactNode; nav?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">Regie</span>
            <span className="brand__tagline">{t('header.tagline')}</span>
          </Link>
          <div className="site-header__tools">{props.header}</div>
        </div>
        {props.nav}
      </header>
      <main id="main" className="container site-main" tabIndex={-1}>
        {props.children}
      </main>
      <footer className="site-footer">
        <div className="container">{t('footer.text')}</div>
      </footer>
    </>
  );
}
