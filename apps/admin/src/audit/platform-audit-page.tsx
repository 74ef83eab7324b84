// The whole audit trail, for platform admins, with the check that re-hashes the chain.
import {
  VerifyAuditChainDocument,
  type AuditChainProblem,
  type VerifyAuditChainQuery,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useClient } from 'urql';
import { apiProblem, type ApiProblem } from '../api/api-problem';
import { isPlatformAdmin } from '../auth/permissions';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { NotFoundPage } from '../not-found-page';
import { AuditTrail } from './audit-trail';

/**
 * What a broken chain's reason means. A chain cut off at its end is intact in itself, so
 * there is no broken event to name; the head record shows it.
 */
const BROKEN = {
  EVENT_BROKEN: 'audit.chain.broken',
  SHORTER_THAN_HEAD_RECORD: 'audit.chain.cutOff',
  SHORTER_THAN_CHECKPOINT: 'audit.chain.cutOff',
  HEAD_RECORD_MISSING: 'audit.chain.headMissing',
  HEAD_RECORD_MISMATCH: 'audit.chain.rewritten',
  CHECKPOINT_MISMATCH: 'audit.chain.rewritten',
} as const satisfies Record<AuditChainProblem, string>;

export function PlatformAuditPage() {
  const { t } = useI18n();
  const { user } = useViewer();
  if (!isPlatformAdmin(user)) return <NotFoundPage />;
  return (
    <>
      <PageHeading title={t('audit.platformTitle')} />
      <ChainCheck />
      <h2>{t('audit.events')}</h2>
      <AuditTrail />
    </>
  );
}

function ChainCheck() {
  const { t } = useI18n();
  const client = useClient();
  const [checking, setChecking] = useState(false);
  const [report, setReport] = useState<VerifyAuditChainQuery['verifyAuditChain'] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const check = async () => {
    if (checking) return;
    setChecking(true);
    setProblem(null);
    const result = await client
      .query(VerifyAuditChainDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    setChecking(false);
    setProblem(apiProblem(result.error));
    setReport(result.data?.verifyAuditChain ?? null);
  };

  return (
    <section className="panel" aria-labelledby="chain-title">
      <h2 id="chain-title">{t('audit.chain.title')}</h2>
      <p>{t('audit.chain.intro')}</p>
      <button type="button" className="button" onClick={() => void check()}>
        {checking ? t('audit.chain.checking') : t('audit.chain.check')}
      </button>
      <ProblemMessage problem={problem} />
      <div role="status" className="chain-result">
        {report &&
          (report.valid ? (
            <p className="status status--ok">
              <span className="status__icon" aria-hidden="true">
                ✓
              </span>
              {t('audit.chain.valid', { count: report.eventsChecked })}
            </p>
          ) : (
            <p className="status status--failed">
              <span className="status__icon" aria-hidden="true">
                ✕
              </span>
              {t(BROKEN[report.reason ?? 'EVENT_BROKEN'], {
                count: report.eventsChecked,
                id: report.firstBrokenEventId ?? '?',
              })}
            </p>
          ))}
      </div>
    </section>
  );
}
