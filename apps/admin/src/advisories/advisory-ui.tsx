// Small pieces the advisories pages share: severity, TLP and answers in words, counts that the
// small-count rule may hide, and which of the viewer's own views of an advisory applies.
import { OrganisationKind, Role } from '@regie/domain';
import type { AdvisoryResponse, Severity, Tlp } from '@regie/graphql-client';
import { may } from '../auth/permissions';
import { useI18n } from '../i18n';
import type { WorkContext } from '../layout/work-context';

export function SeverityText({ severity }: { severity: Severity }) {
  const { t } = useI18n();
  return (
    <span className={`advisories-severity advisories-severity--${severity}`}>
      {t(`advisories.severity.${severity}`)}
    </span>
  );
}

export function TlpText({ tlp }: { tlp: Tlp }) {
  const { t } = useI18n();
  return (
    <span className={`advisories-tlp advisories-tlp--${tlp}`}>{t(`advisories.tlp.${tlp}`)}</span>
  );
}

/** An answer in words, or "not answered yet". */
export function useAnswerText() {
  const { t } = useI18n();
  return (response: AdvisoryResponse | null | undefined) =>
    response ? t(`advisories.response.${response}`) : t('advisories.list.notAnswered');
}

/** A count, or "small number" where the small-count rule hides it. */
export function useCount() {
  const { t, formatNumber } = useI18n();
  return (value: number | null | undefined) =>
    value === null || value === undefined ? t('advisories.smallCount') : formatNumber(value);
}

/** "3 of 12" answered, or with "small number" where a count is hidden. */
export function AnsweredOf(props: { answered: number | null; total: number | null }) {
  const { t } = useI18n();
  const count = useCount();
  return (
    <>
      {t('advisories.answeredOf', { answered: count(props.answered), total: count(props.total) })}
    </>
  );
}

/** How the viewer meets advisories in the organisation they act for. */
export type AdvisoryRole = 'cert' | 'board' | 'reader';

export function advisoryRole({ membership }: Pick<WorkContext, 'membership'>): AdvisoryRole {
  const kind = membership.organisation.kind;
  if (kind === OrganisationKind.SECTOR_BODY) return 'cert';
  if (kind === OrganisationKind.BOARD) return 'board';
  return 'reader';
}

/** Whether the viewer may publish for the sector body they act for (its CERT). */
export function mayPublish(context: WorkContext): boolean {
  return (
    context.membership.organisation.kind === OrganisationKind.SECTOR_BODY &&
    may(context.user, 'publishAdvisory', context.membership.organisation.id)
  );
}

/** The roles that hear of and answer a board's advisories. */
export const ANSWERING_ROLES: readonly Role[] = [
  Role.SECURITY_CONTACT,
  Role.PRIVACY_OFFICER,
  Role.ADMIN,
];
