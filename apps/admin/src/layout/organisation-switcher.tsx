// For people in several organisations: which one they act for. A menu of buttons rather than a
// <select>, because choosing navigates, and a select would navigate on every arrow key.
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n';
import { useDisclosure } from './disclosure';
import { useViewer } from './viewer';

export function OrganisationSwitcher() {
  const { t } = useI18n();
  const { user, current, switchOrganisation } = useViewer();
  const navigate = useNavigate();
  const menu = useDisclosure();
  if (user.memberships.length < 2 || !current) return null;

  return (
    <div className="menu" ref={menu.rootRef}>
      <button {...menu.buttonProps} className="menu__button">
        <span className="visually-hidden">{t('switcher.label')}: </span>
        {current.organisation.name}
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul {...menu.panelProps} className="menu__panel">
        {user.memberships.map((m) => (
          <li key={m.organisation.id}>
            <button
              type="button"
              className="menu__item"
              aria-current={m.organisation.id === current.organisation.id ? 'true' : undefined}
              onClick={() => {
                switchOrganisation(m.organisation.id);
                menu.close(false);
                navigate('/');
              }}
            >
              {m.organisation.name}
              <span className="menu__item-note">{t(`kind.${m.organisation.kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
