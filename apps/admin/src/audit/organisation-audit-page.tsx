import { RoleGate } from '../auth/role-gate';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useOrganisation } from '../organisation/organisation-layout';
import { AuditTrail } from './audit-trail';

export function OrganisationAuditPage() {
  const { t } = useI18n();
  const { organisation } = useOrganisation();
  return (
    <RoleGate operation="auditEvents" organisationId={organisation.id} title={t('audit.title')}>
      <PageHeading title={t('audit.title')} />
      <p className="lead">{t('audit.organisationIntro')}</p>
      <AuditTrail organisationId={organisation.id} />
    </RoleGate>
  );
}
