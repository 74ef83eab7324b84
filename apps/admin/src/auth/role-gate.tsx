// A page for a role, opened by someone without it (a link passed on, a typed address): it says
// who can do this and as whom the person is working now, instead of showing buttons that the
// API would refuse. The rule is the permission table's (may), the same one the API enforces.
import { PERMISSIONS, type Grant } from '@regie/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n, type MessageKey } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { may, type Operation } from './permissions';

/** "Inkoper" → "inkoper" in the middle of a sentence; "CERT" stays as it is. */
function inSentence(label: string): string {
  return label === label.toUpperCase() ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** Who may do the operation, in words: "een beoordelaar van een sectororganisatie". */
export function useAllowedRoles(): (operation: Operation) => string {
  const { t, locale } = useI18n();
  const or = new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { type: 'disjunction' });
  return (operation) => {
    const rule = PERMISSIONS[operation];
    if (rule.access !== 'roles') return '';
    const grants = rule.grants.map((grant: Grant) =>
      t('gate.grant', {
        roles: or.format(grant.roles.map((r) => inSentence(t(`role.${r}` as MessageKey)))),
        kind: inSentence(t(`kind.${grant.kind}` as MessageKey)),
      }),
    );
    if (rule.platformAdmin) grants.push(t('gate.platform'));
    return or.format(grants);
  };
}

/**
 * Shows the page only to those whose roles allow the operation for the organisation (by
 * default the one they work for now); to others, the page's title and why not.
 */
export function RoleGate(props: {
  operation: Operation;
  /** The organisation acted for; undefined: the one the person works for now. */
  organisationId?: string | null;
  /** The page's title, also shown to whom the page is not for. */
  title: string;
  children: ReactNode;
}) {
  const { user, current } = useViewer();
  const organisationId =
    props.organisationId === undefined ? (current?.organisation.id ?? null) : props.organisationId;
  if (organisationId !== null && may(user, props.operation, organisationId))
    return <>{props.children}</>;
  return <NotForYourRole operation={props.operation} title={props.title} />;
}

export function NotForYourRole(props: { operation: Operation; title: string }) {
  const { t, formatList } = useI18n();
  const { current } = useViewer();
  const allowed = useAllowedRoles();
  const roles = current?.roles.length
    ? formatList(current.roles.map((r) => inSentence(t(`role.${r}` as MessageKey))))
    : t('gate.noRoles');
  return (
    <>
      <PageHeading title={props.title} />
      <div className="notice notice--info" role="note" aria-labelledby="role-gate-title">
        <p id="role-gate-title" className="notice__title">
          {t('gate.title')}
        </p>
        <p>
          {t('gate.text', {
            allowed: allowed(props.operation),
            organisation: current?.organisation.name ?? '—',
            roles,
          })}
        </p>
        <p>{t('gate.switch')}</p>
      </div>
      <p>
        <Link to="/">{t('gate.home')}</Link>
      </p>
    </>
  );
}
