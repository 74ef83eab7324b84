import { Link } from 'react-router';
import { endSession } from '../auth/session';
import { useI18n } from '../i18n';
import { useDisclosure } from './disclosure';
import { useViewer } from './viewer';

/** The person's name, opening their profile and sign-out. */
export function UserMenu() {
  const { t } = useI18n();
  const { user } = useViewer();
  const menu = useDisclosure();
  return (
    <div className="menu" ref={menu.rootRef}>
      <button {...menu.buttonProps} className="menu__button">
        <span className="visually-hidden">{t('userMenu.label')}: </span>
        {user.name}
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul {...menu.panelProps} className="menu__panel menu__panel--end">
        <li>
          <Link to="/profile" className="menu__item" onClick={() => menu.close(false)}>
            {t('userMenu.profile')}
          </Link>
        </li>
        <li>
          <button type="button" className="menu__item" onClick={() => endSession('signedOut')}>
            {t('userMenu.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
