import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { dashboardCards } from './dashboard-cards';

export function HomePage() {
  const { t, formatList } = useI18n();
  const { user, current } = useViewer();

  if (!current) {
    return (
      <>
        <PageHeading title={t('home.title')} />
        <p>{t('home.noMemberships')}</p>
      </>
    );
  }

  const context = { user, membership: current };
  const cards = dashboardCards.filter((card) => card.appliesTo(context));
  return (
    <>
      <PageHeading title={t('home.title')} />
      <p className="lead">
        {t('home.actingFor', {
          organisation: current.organisation.name,
          roles: formatList(current.roles.map((role) => t(`role.${role}`))),
        })}
      </p>
      <div className="cards">
        {cards.map(({ id, Component }) => (
          <Component key={`${id}-${current.organisation.id}`} {...context} />
        ))}
      </div>
    </>
  );
}
